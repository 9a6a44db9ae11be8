using Spectre.Console;
using StrategyModel.Cli;

// The one place the tool touches the process's console and clock (the library bans both: evaluators are pure, and
// CliApp takes its writers and the current year as arguments so that tests run it in-process).
#pragma warning disable RS0030
// A progress display only when a person is watching: on a terminal, not when output is redirected to a file or a pipe.
var terminal = Console.IsOutputRedirected ? null : AnsiConsole.Console;
return CliApp.Run(args, Console.Out, Console.Error, terminal, DateTime.UtcNow.Year);
#pragma warning restore RS0030
