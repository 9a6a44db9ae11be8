using System.Text;
using System.Text.Json;
using Spectre.Console;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Cli;
using StrategyModel.Reporting;

namespace StrategyModel.Tests.Cli;

/// <summary>Runs the <c>strategymodel</c> command in process: its exit codes (0 valid, 1 invalid, 2 usage), what it prints where, and
/// that its reports are the library's reports.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("strategymodel-cli-").FullName;

    private static string ShippedFile(string id) => RepositoryPaths.Of("src", "StrategyModel", "Cases", "Data", id + ".json");

    private static string MalformedFile(string name) => RepositoryPaths.Of("tests", "StrategyModel.Tests", "TestData", "Malformed", name);

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Validate_ShippedCases_ExitsZeroAndSaysEachIsValid()
    {
        var (code, output, error) = CliRunner.Run("validate", ShippedFile("alibaba-group"), ShippedFile("ecommerce-peers"));

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Should().Contain("valid    ").And.Contain("alibaba-group.json").And.Contain("ecommerce-peers.json");
        output.Should().EndWith("2 files: 2 valid, 0 invalid\n");
    }

    [Theory]
    [InlineData("business-unit-without-firm.json")]
    [InlineData("dangling-citation-document.json")]
    [InlineData("bom-then-garbage.json")]
    public void Validate_MalformedFile_ExitsOneAndPrintsEveryProblemWithItsJsonPath(string name)
    {
        var path = MalformedFile(name);
        var expected = FluentActions.Invoking(() => CaseLoader.Load(path)).Should().Throw<CaseValidationException>().Which.Problems;

        var (code, output, _) = CliRunner.Run("validate", ShippedFile("ecommerce-peers"), path);

        code.Should().Be(ExitCodes.Invalid);
        output.Should().Contain($"invalid  {path}");
        foreach (var problem in expected)
        {
            output.Should().Contain($"  {problem.Path}: {problem.Message} ({problem.Code})\n");
        }

        output.Should().EndWith("2 files: 1 valid, 1 invalid\n");
    }

    [Fact]
    public void Validate_MissingFile_IsAUsageErrorOnOneLine()
    {
        var (code, output, error) = CliRunner.Run("validate", Path.Combine(temp, "nope.json"));

        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        error.Should().StartWith("strategymodel: no such file: ").And.EndWith("\n");
        error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("validate")]
    [InlineData("analyze alibaba-group --format pdf")]
    [InlineData("analyze alibaba-group --as-of soon")]
    [InlineData("analyze alibaba-group --as-of 1200")]
    [InlineData("analyze no-such-case")]
    [InlineData("analyze --bogus")]
    [InlineData("analyze")]
    [InlineData("analyze --all .")]
    [InlineData("compare alibaba-group russia")]
    [InlineData("compare alibaba-group russia atlantis --as-of 2018")]
    [InlineData("compare alibaba-group russia russia --as-of 2018")]
    [InlineData("scenario")]
    [InlineData("scenario alibaba-group")]
    [InlineData("scenario no-such-case x.json --as-of 2018")]
    [InlineData("scenario alibaba-group no-such-file.json --as-of 2018")]
    [InlineData("scenario alibaba-group x.json --format html")]
    [InlineData("robustness")]
    [InlineData("robustness alibaba-group --as-of 1200")]
    [InlineData("robustness alibaba-group --nope")]
    [InlineData("robustness alibaba-group ecommerce-peers")]
    public void UsageError_PrintsOneLineAndExitsTwo(string commandLine)
    {
        var (code, output, error) = CliRunner.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        error.Should().StartWith("strategymodel: ");
        error.TrimEnd('\n').Should().NotContain("\n", "a usage error is one line, never a stack trace");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("analyze", "--help")]
    [InlineData("compare", "-h")]
    public void Help_EverywhereExitsZeroWithUsageAndExitCodes(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Should().Contain("Usage:").And.Contain("strategymodel").And.Contain("Exit codes: 0 success, 1 a case file is invalid, 2 usage error.");
    }

    [Fact]
    public void Analyze_ShippedId_PrintsExactlyTheLibrarysMarkdownReport()
    {
        var expected = MarkdownReport.Render(new CaseAnalyzer().Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018));

        var (code, output, error) = CliRunner.Run("analyze", "alibaba-group", "--as-of", "2018");

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Should().Be(expected);
    }

    [Fact]
    public void Analyze_CaseFileAsJson_PrintsExactlyTheLibrarysJsonReport()
    {
        var path = Path.Combine(temp, "peers.json");
        File.Copy(ShippedFile("ecommerce-peers"), path);
        var expected = JsonReport.Render(new CaseAnalyzer().Analyze(CaseLoader.Load(path), 2016));

        var (code, output, _) = CliRunner.Run("analyze", path, "--as-of", "2016", "--format", "json");

        code.Should().Be(ExitCodes.Success);
        output.Should().Be(expected);
        using var parsed = JsonDocument.Parse(output);
        parsed.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
    }

    [Fact]
    public void Analyze_WithoutAsOf_UsesTheCurrentYearItIsGiven()
    {
        var expected = MarkdownReport.Render(new CaseAnalyzer().Analyze(CaseLibrary.Shipped.Get("ecommerce-peers"), CliRunner.ThisYear));

        CliRunner.Run("analyze", "ecommerce-peers").Out.Should().Be(expected);
    }

    [Fact]
    public void Analyze_Output_WritesTheFileAndNothingToStandardOutput()
    {
        var file = Path.Combine(temp, "report.md");

        var (code, output, _) = CliRunner.Run("analyze", "ecommerce-peers", "--as-of", "2015", "-o", file);

        code.Should().Be(ExitCodes.Success);
        output.Should().BeEmpty();
        File.ReadAllBytes(file).Should().Equal(new UTF8Encoding(false).GetBytes(MarkdownReport.Render(new CaseAnalyzer().Analyze(CaseLibrary.Shipped.Get("ecommerce-peers"), 2015))));
    }

    [Fact]
    public void Analyze_InvalidFile_ExitsOneWithTheProblemsOnStandardError()
    {
        var (code, output, error) = CliRunner.Run("analyze", MalformedFile("business-unit-without-firm.json"), "--as-of", "2018");

        code.Should().Be(ExitCodes.Invalid);
        output.Should().BeEmpty();
        error.Should().Contain("invalid  ").And.Contain("  $");
    }

    [Fact]
    public void Compare_Markdown_HasOneTableLinePerComparisonCell()
    {
        var analyzer = new CaseAnalyzer();
        var comparison = analyzer.Compare(analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018), "russia", "southeast-asia");

        var (code, output, _) = CliRunner.Run("compare", "alibaba-group", "russia", "southeast-asia", "--as-of", "2018");

        code.Should().Be(ExitCodes.Success);
        output.Should().StartWith("# ").And.Be(MarkdownReport.RenderComparison(analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018), comparison));
        var rows = output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| row ", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(comparison.Cells.Length);
        rows.Count(r => r.EndsWith("| differ |", StringComparison.Ordinal)).Should().Be(comparison.Cells.Count(c => c.Verdict == CellVerdict.Differ));
    }

    [Fact]
    public void Compare_Json_ReadsBackToTheComparison()
    {
        var analyzer = new CaseAnalyzer();
        var comparison = analyzer.Compare(analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018), "russia", "southeast-asia");

        var (code, output, _) = CliRunner.Run("compare", "alibaba-group", "russia", "southeast-asia", "--as-of", "2018", "--format", "json");

        code.Should().Be(ExitCodes.Success);
        using var parsed = JsonDocument.Parse(output);
        var cells = parsed.RootElement.GetProperty("cells").EnumerateArray().ToList();
        cells.Select(c => (c.GetProperty("item").GetString(), c.GetProperty("verdict").GetString()))
            .Should().Equal(comparison.Cells.Select(c => ((string?)c.Item, (string?)c.Verdict.ToString())));
        parsed.RootElement.GetProperty("marketA").GetString().Should().Be("russia");
    }

    private string BatchFolder()
    {
        var folder = Path.Combine(temp, "cases");
        Directory.CreateDirectory(folder);
        File.Copy(ShippedFile("ecommerce-peers"), Path.Combine(folder, "a-peers.json"));
        File.Copy(MalformedFile("dangling-citation-document.json"), Path.Combine(folder, "b-broken.json"));
        File.Copy(ShippedFile("ecommerce-peers"), Path.Combine(folder, "c-peers.json"));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a case");
        return folder;
    }

    [Fact]
    public void AnalyzeAll_Redirected_PrintsOnePlainLinePerCaseWritesReportsAndExitsOneForTheInvalidOne()
    {
        var folder = BatchFolder();
        var reports = Path.Combine(temp, "reports");

        var (code, output, error) = CliRunner.Run("analyze", "--all", folder, "--output", reports, "--as-of", "2017", "--format", "json");

        code.Should().Be(ExitCodes.Invalid);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(4);
        lines[0].Should().StartWith("[1/3] ok       a-peers.json -> ");
        lines[1].Should().StartWith("[2/3] invalid  b-broken.json (");
        lines[2].Should().StartWith("[3/3] ok       c-peers.json -> ");
        lines[3].Should().Be("3 cases: 2 analyzed, 1 invalid");
        error.Should().Contain("b-broken.json").And.Contain("  $");
        Directory.GetFiles(reports).Select(Path.GetFileName).Should().BeEquivalentTo("a-peers.json", "c-peers.json");
        File.ReadAllText(Path.Combine(reports, "a-peers.json"))
            .Should().Be(JsonReport.Render(new CaseAnalyzer().Analyze(CaseLoader.Load(Path.Combine(folder, "a-peers.json")), 2017)));
    }

    [Fact]
    public void AnalyzeAll_OnATerminal_ShowsProgressAndTheSameSummary()
    {
        var folder = Path.Combine(temp, "good");
        Directory.CreateDirectory(folder);
        File.Copy(ShippedFile("ecommerce-peers"), Path.Combine(folder, "peers.json"));
        var screen = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });

        var (code, output, _) = CliRunner.RunOn(terminal, "analyze", "--all", folder, "-o", Path.Combine(temp, "out"), "--as-of", "2017");

        code.Should().Be(ExitCodes.Success);
        output.Should().BeEmpty("on a terminal the progress and summary go to the terminal");
        screen.ToString().Should().Contain("ok       peers.json -> ").And.Contain("1 case: 1 analyzed, 0 invalid");
        File.Exists(Path.Combine(temp, "out", "peers.md")).Should().BeTrue();
    }
}
