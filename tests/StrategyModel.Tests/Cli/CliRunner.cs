using Spectre.Console;
using StrategyModel.Cli;

namespace StrategyModel.Tests.Cli;

/// <summary>Runs the command-line tool in process, as of a fixed current year, capturing what it prints on each stream.</summary>
internal static class CliRunner
{
    /// <summary>The year the tool takes as the current one, so <c>--as-of</c> defaults do not move with the calendar.</summary>
    public const int ThisYear = 2026;

    /// <summary>Runs the tool with its output redirected (no terminal).</summary>
    public static (int Code, string Out, string Err) Run(params string[] args) => RunOn(null, args);

    /// <summary>Runs the tool as on <paramref name="terminal"/>, or redirected when it is null.</summary>
    public static (int Code, string Out, string Err) RunOn(IAnsiConsole? terminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, output, error, terminal, ThisYear);
        return (code, output.ToString(), error.ToString());
    }
}
