using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;
using Spectre.Console;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;
using StrategyModel.Sensitivity;

namespace StrategyModel.Cli;

/// <summary>The <c>strategymodel</c> command line: <c>validate</c>, <c>analyze</c> (one case or <c>--all</c> of a folder), <c>compare</c>,
/// <c>scenario</c> and <c>robustness</c>.</summary>
/// <remarks>
/// Exit codes: 0 success; 1 a case file (or, for <c>scenario</c>, the scenario file) is not valid (each problem is printed with its JSON path); 2 a usage error (one line on
/// standard error). Reports go to standard output or to <c>--output</c>; messages and problems of <c>analyze</c> and <c>compare</c> go
/// to standard error, so standard output holds only the report.
/// </remarks>
internal static class CliApp
{
    private const string ExitCodeHelp = "Exit codes: 0 success, 1 a case file is invalid, 2 usage error.";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments, without the command name.</param>
    /// <param name="output">Standard output: reports, validation results, help.</param>
    /// <param name="error">Standard error: usage errors and problems of cases that could not be analysed.</param>
    /// <param name="terminal">The terminal for the batch progress display, or <see langword="null"/> when output is redirected
    /// (then batch mode prints one plain line per case).</param>
    /// <param name="currentYear">The year <c>--as-of</c> defaults to.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IAnsiConsole? terminal, int currentYear)
    {
        var root = Build(output, error, terminal, currentYear);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            // One line: System.CommandLine's messages may list the allowed values on lines of their own.
            var message = string.Join(' ', parse.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            error.WriteLine($"strategymodel: {message} (see 'strategymodel --help')");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"strategymodel: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static Command Build(TextWriter output, TextWriter error, IAnsiConsole? terminal, int currentYear)
    {
        // Named as installed (ToolCommandName), not after the host process, so help reads the same in-process and from the tool.
        var root = new Command("strategymodel", $"Validate, analyze and compare StrategyModel case files, try scenarios on them and measure how robust their verdicts are. {ExitCodeHelp}")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(ValidateCommand(output));
        root.Subcommands.Add(AnalyzeCommand(output, error, terminal, currentYear));
        root.Subcommands.Add(CompareCommand(output, error, currentYear));
        root.Subcommands.Add(ScenarioCommand(output, error, currentYear));
        root.Subcommands.Add(RobustnessCommand(output, error, currentYear));
        return root;
    }

    private static Command ValidateCommand(TextWriter output)
    {
        var files = new Argument<string[]>("files") { Description = "The case files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", $"Check case files and print every problem with its JSON path. {ExitCodeHelp}") { files };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var missing = paths.FirstOrDefault(p => !File.Exists(p));
            if (missing is not null)
            {
                throw new UsageException($"no such file: {missing}");
            }

            var invalid = 0;
            foreach (var path in paths)
            {
                try
                {
                    var loaded = CaseLoader.Load(path);
                    output.WriteLine($"valid    {path} ({loaded.Id}: {Count(loaded.Facts.Length, "fact")}, {Count(loaded.Markets.Length, "market")})");
                }
                catch (CaseValidationException e)
                {
                    invalid++;
                    output.WriteLine($"invalid  {path} ({Count(e.Problems.Length, "problem")})");
                    foreach (var problem in e.Problems)
                    {
                        output.WriteLine($"  {problem.Path}: {problem.Message} ({problem.Code})");
                    }
                }
            }

            output.WriteLine($"{Count(paths.Length, "file")}: {paths.Length - invalid} valid, {invalid} invalid");
            return invalid == 0 ? ExitCodes.Success : ExitCodes.Invalid;
        });
        return command;
    }

    private static Command AnalyzeCommand(TextWriter output, TextWriter error, IAnsiConsole? terminal, int currentYear)
    {
        var caseArgument = new Argument<string?>("case")
        {
            Description = "A case file, or the id of a shipped case (alibaba-group, ecommerce-peers). Leave out with --all.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var all = new Option<string?>("--all") { Description = "Analyze every *.json case file in this folder (not its subfolders); needs --output DIR.", HelpName = "folder" };
        var asOf = AsOfOption();
        var format = FormatOption("html");
        var outputOption = new Option<string?>("--output", "-o") { Description = "Write the report to this file (with --all: the reports to this folder) instead of standard output.", HelpName = "path" };
        var command = new Command("analyze", $"Run every framework over a case and print its report. {ExitCodeHelp}") { caseArgument, all, asOf, format, outputOption };
        command.SetAction(parse =>
        {
            var caseName = parse.GetValue(caseArgument);
            var folder = parse.GetValue(all);
            var year = Year(parse.GetValue(asOf), currentYear);
            var formatName = parse.GetValue(format)!;
            var target = parse.GetValue(outputOption);
            if (folder is not null)
            {
                if (caseName is not null)
                {
                    throw new UsageException("give either a case or --all <folder>, not both");
                }

                if (target is null)
                {
                    throw new UsageException("--all needs --output <folder> for the reports");
                }

                return Batch(folder, target, year, formatName, output, error, terminal);
            }

            if (caseName is null)
            {
                throw new UsageException("analyze needs a case file or a shipped case id, or --all <folder>");
            }

            Case studyCase;
            try
            {
                studyCase = CaseSource.Load(caseName);
            }
            catch (CaseValidationException e)
            {
                WriteProblems(error, caseName, e);
                return ExitCodes.Invalid;
            }

            var analysis = new CaseAnalyzer().Analyze(studyCase, year);
            Emit(Report(analysis, formatName), target, output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CompareCommand(TextWriter output, TextWriter error, int currentYear)
    {
        var caseArgument = new Argument<string>("case") { Description = "A case file, or the id of a shipped case (alibaba-group, ecommerce-peers)." };
        var marketA = new Argument<string>("marketA") { Description = "The first market's id in the case, such as russia." };
        var marketB = new Argument<string>("marketB") { Description = "The second market's id in the case, such as southeast-asia." };
        var asOf = AsOfOption();
        var format = FormatOption("html");
        format.Description = "The format: markdown, json, or html (the whole report as one self-contained page, with the two markets' same/differ matrix).";
        var outputOption = new Option<string?>("--output", "-o") { Description = "Write the comparison to this file instead of standard output.", HelpName = "file" };
        var command = new Command("compare", $"Put two markets of a case side by side, item by item (Same, Differ, Not comparable). {ExitCodeHelp}")
        {
            caseArgument, marketA, marketB, asOf, format, outputOption,
        };
        command.SetAction(parse =>
        {
            var caseName = parse.GetValue(caseArgument)!;
            var a = parse.GetValue(marketA)!;
            var b = parse.GetValue(marketB)!;
            Case studyCase;
            try
            {
                studyCase = CaseSource.Load(caseName);
            }
            catch (CaseValidationException e)
            {
                WriteProblems(error, caseName, e);
                return ExitCodes.Invalid;
            }

            var analyzer = new CaseAnalyzer();
            var analysis = analyzer.Analyze(studyCase, Year(parse.GetValue(asOf), currentYear));
            var known = analysis.Markets.Select(m => m.MarketId).ToList();
            foreach (var market in new[] { a, b }.Where(m => !known.Contains(m, StringComparer.Ordinal)))
            {
                throw new UsageException($"the case has no market '{market}' (markets: {string.Join(", ", known)})");
            }

            if (a == b)
            {
                throw new UsageException("compare two different markets");
            }

            var comparison = analyzer.Compare(analysis, a, b);
            var text = parse.GetValue(format) switch
            {
                "json" => JsonReport.RenderComparison(analysis, comparison),
                "html" => HtmlReport.Render(analysis, comparison), // the full page: the same/differ matrix beside the markets' pictures
                _ => MarkdownReport.RenderComparison(analysis, comparison),
            };
            Emit(text, parse.GetValue(outputOption), output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ScenarioCommand(TextWriter output, TextWriter error, int currentYear)
    {
        var caseArgument = new Argument<string>("case") { Description = "A case file, or the id of a shipped case (alibaba-group, ecommerce-peers)." };
        var scenarioFile = new Argument<string>("scenarios") { Description = "A scenario file in the format of docs/robustness.md (\"scenarios\": named sets of overrides)." };
        var asOf = AsOfOption();
        var format = FormatOption();
        var outputOption = new Option<string?>("--output", "-o") { Description = "Write the result to this file instead of standard output.", HelpName = "file" };
        var command = new Command("scenario", $"Analyse a case as rated and under each scenario of a file, and print every verdict each scenario changes. {ExitCodeHelp} A scenario file that breaks its format, or names an input the analysis does not read, also exits 1.")
        {
            caseArgument, scenarioFile, asOf, format, outputOption,
        };
        command.SetAction(parse =>
        {
            var caseName = parse.GetValue(caseArgument)!;
            var file = parse.GetValue(scenarioFile)!;
            var year = Year(parse.GetValue(asOf), currentYear);
            if (!TryLoad(caseName, error, out var studyCase))
            {
                return ExitCodes.Invalid;
            }

            if (!File.Exists(file))
            {
                throw new UsageException($"no such scenario file: {file}");
            }

            System.Collections.Immutable.ImmutableArray<Scenario> scenarios;
            try
            {
                scenarios = ScenarioReader.Load(file);
            }
            catch (ScenarioFormatException e)
            {
                error.WriteLine($"invalid  {file}");
                error.WriteLine($"  {e.Path}: {e.Problem}");
                return ExitCodes.Invalid;
            }

            var robustness = new RobustnessAnalyzer();
            var compared = new List<ScenarioComparison>(scenarios.Length);
            foreach (var scenario in scenarios)
            {
                try
                {
                    compared.Add(robustness.Compare(studyCase, year, scenario));
                }
                catch (ArgumentException e)
                {
                    error.WriteLine($"invalid  {file}: scenario '{scenario.Name}': {OneLine(e.Message)}");
                    return ExitCodes.Invalid;
                }
            }

            var analysis = compared.Count > 0 ? compared[0].Baseline : new CaseAnalyzer().Analyze(studyCase, year);
            var json = parse.GetValue(format) == "json";
            Emit(json ? JsonReport.RenderScenarios(analysis, compared) : MarkdownReport.RenderScenarios(analysis, compared), parse.GetValue(outputOption), output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command RobustnessCommand(TextWriter output, TextWriter error, int currentYear)
    {
        var caseArgument = new Argument<string>("case") { Description = "A case file, or the id of a shipped case (alibaba-group, ecommerce-peers)." };
        var asOf = AsOfOption();
        var format = FormatOption();
        var outputOption = new Option<string?>("--output", "-o") { Description = "Write the result to this file instead of standard output.", HelpName = "file" };
        var command = new Command("robustness", $"Perturb every rated input and threshold of a case and print how robust each verdict is, and what flips it. {ExitCodeHelp}")
        {
            caseArgument, asOf, format, outputOption,
        };
        command.SetAction(parse =>
        {
            var caseName = parse.GetValue(caseArgument)!;
            var year = Year(parse.GetValue(asOf), currentYear);
            if (!TryLoad(caseName, error, out var studyCase))
            {
                return ExitCodes.Invalid;
            }

            var report = new RobustnessAnalyzer().Analyze(studyCase, year);
            var json = parse.GetValue(format) == "json";
            Emit(json ? JsonReport.RenderRobustness(report) : MarkdownReport.RenderRobustness(report), parse.GetValue(outputOption), output);
            return ExitCodes.Success;
        });
        return command;
    }

    // For the scenario and robustness commands: a case that does not load prints its problems; a name that is neither a file nor
    // a shipped case is a usage error (CaseSource).
    private static bool TryLoad(string caseName, TextWriter error, out Case studyCase)
    {
        try
        {
            studyCase = CaseSource.Load(caseName);
            return true;
        }
        catch (CaseValidationException e)
        {
            WriteProblems(error, caseName, e);
            studyCase = null!;
            return false;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int Batch(string folder, string target, int year, string format, TextWriter output, TextWriter error, IAnsiConsole? terminal)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"no such folder: {folder}");
        }

        var files = Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new UsageException($"no *.json case files in {folder}");
        }

        Directory.CreateDirectory(target);
        var extension = format switch { "json" => ".json", "html" => ".html", _ => ".md" };
        var analyzer = new CaseAnalyzer();
        var invalid = 0;
        var lines = new List<string>();

        string AnalyzeOne(string file)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            try
            {
                var analysis = analyzer.Analyze(CaseLoader.Load(file), year);
                var reportPath = Path.Combine(target, name + extension);
                File.WriteAllText(reportPath, Report(analysis, format), Utf8NoBom);
                return $"ok       {Path.GetFileName(file)} -> {reportPath}";
            }
            catch (CaseValidationException e)
            {
                invalid++;
                WriteProblems(error, file, e);
                return $"invalid  {Path.GetFileName(file)} ({Count(e.Problems.Length, "problem")})";
            }
        }

        if (terminal is null)
        {
            for (var i = 0; i < files.Length; i++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{i + 1}/{files.Length}] {AnalyzeOne(files[i])}"));
            }
        }
        else
        {
            terminal.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"Analyzing {Count(files.Length, "case")}", maxValue: files.Length);
                    foreach (var file in files)
                    {
                        task.Description = Markup.Escape(Path.GetFileName(file));
                        lines.Add(AnalyzeOne(file));
                        task.Increment(1);
                    }
                });
            foreach (var line in lines)
            {
                terminal.WriteLine(line);
            }
        }

        var summary = $"{Count(files.Length, "case")}: {files.Length - invalid} analyzed, {invalid} invalid";
        if (terminal is null)
        {
            output.WriteLine(summary);
        }
        else
        {
            terminal.WriteLine(summary);
        }

        return invalid == 0 ? ExitCodes.Success : ExitCodes.Invalid;
    }

    private static Option<int?> AsOfOption() => new("--as-of")
    {
        Description = "The year the analysis is as of: facts and entries dated later are ignored (1600 to 3000; default: the current year).",
        HelpName = "year",
    };

    private static Option<string> FormatOption(params string[] more)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = more.Contains("html")
                ? "The report format: markdown, json, or html (one self-contained page with pictures; a case of exactly two markets gets their same/differ matrix)."
                : "The report format.",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong(["markdown", "json", .. more]);
        return format;
    }

    // The analyze command's report in a format; the HTML page draws the comparison matrix of a case's two markets when it has two.
    private static string Report(CaseAnalysis analysis, string format) => format switch
    {
        "json" => JsonReport.Render(analysis),
        "html" => HtmlReport.Render(analysis, analysis.Markets.Length == 2 ? new CaseAnalyzer().Compare(analysis, analysis.Markets[0].MarketId, analysis.Markets[1].MarketId) : null),
        _ => MarkdownReport.Render(analysis),
    };

    private static int Year(int? asOf, int currentYear)
    {
        var year = asOf ?? currentYear;
        return year is >= 1600 and <= 3000 ? year : throw new UsageException($"--as-of {year.ToString(CultureInfo.InvariantCulture)} is outside 1600 to 3000");
    }

    private static void Emit(string text, string? path, TextWriter output)
    {
        if (path is null)
        {
            output.Write(text);
        }
        else
        {
            File.WriteAllText(path, text, Utf8NoBom);
        }
    }

    private static void WriteProblems(TextWriter error, string source, CaseValidationException e)
    {
        error.WriteLine($"invalid  {source} ({Count(e.Problems.Length, "problem")})");
        foreach (var problem in e.Problems)
        {
            error.WriteLine($"  {problem.Path}: {problem.Message} ({problem.Code})");
        }
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
