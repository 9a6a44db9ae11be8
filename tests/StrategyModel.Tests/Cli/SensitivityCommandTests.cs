using System.Globalization;
using System.Text.Json;
using StrategyModel.Cases;
using StrategyModel.Cli;
using StrategyModel.Reporting;
using StrategyModel.Sensitivity;

namespace StrategyModel.Tests.Cli;

/// <summary>The <c>scenario</c> and <c>robustness</c> commands (issue 16), run in process: what they print is what
/// <see cref="RobustnessAnalyzer"/> computes, and their exit codes are those of <see cref="ExitCodes"/>.</summary>
public sealed class SensitivityCommandTests : IDisposable
{
    private static readonly Lazy<RobustnessReport> Robustness2018 = new(() => new RobustnessAnalyzer().Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018));
    private readonly string temp = Directory.CreateTempSubdirectory("strategymodel-cli-sensitivity-").FullName;

    private static string ScenarioFile => RepositoryPaths.Of("tests", "StrategyModel.Tests", "TestData", "Scenarios", "alibaba-group.scenarios.json");

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static List<ScenarioComparison> Expected(int year)
    {
        var analyzer = new RobustnessAnalyzer();
        var studyCase = CaseLibrary.Shipped.Get("alibaba-group");
        return [.. ScenarioReader.Load(ScenarioFile).Select(s => analyzer.Compare(studyCase, year, s))];
    }

    [Fact]
    public void Scenario_Markdown_ListsEachScenarioWithEveryVerdictItChanges()
    {
        var expected = Expected(2018);

        var (code, output, error) = CliRunner.Run("scenario", "alibaba-group", ScenarioFile, "--as-of", "2018");

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Should().StartWith("# Alibaba Group").And.Be(MarkdownReport.RenderScenarios(expected[0].Baseline, expected), "the command prints the library's scenario part");
        foreach (var s in expected)
        {
            output.Should().Contain($"### Scenario: {s.Scenario.Name}\n");
        }

        output.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| market |", StringComparison.Ordinal))
            .Should().Be(expected.Sum(s => s.Changes.Length), "one table row per verdict a scenario changes");
        expected.Sum(s => s.Changes.Length).Should().BeGreaterThan(0, "the file's scenarios are chosen to change something, so the table is exercised");
    }

    [Fact]
    public void Scenario_Json_ReadsBackToTheLibrarysChanges()
    {
        var expected = Expected(2017);

        var (code, output, _) = CliRunner.Run("scenario", "alibaba-group", ScenarioFile, "--as-of", "2017", "--format", "json");

        code.Should().Be(ExitCodes.Success);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("asOfYear").GetInt32().Should().Be(2017);
        var scenarios = doc.RootElement.GetProperty("scenarios").EnumerateArray().ToList();
        scenarios.Select(s => s.GetProperty("name").GetString()).Should().Equal(expected.Select(s => s.Scenario.Name));
        for (var i = 0; i < expected.Count; i++)
        {
            scenarios[i].GetProperty("changes").EnumerateArray()
                .Select(c => (c.GetProperty("market").GetString(), c.GetProperty("verdict").GetString()!, c.GetProperty("base").GetString()!, c.GetProperty("scenario").GetString()!))
                .Should().Equal(expected[i].Changes.Select(c => (c.Market, c.Verdict, c.Base, c.Scenario)));
        }
    }

    [Fact]
    public void Scenario_FileBreakingItsFormat_ExitsOneNamingTheJsonPath()
    {
        var file = Path.Combine(temp, "bad.json");
        File.WriteAllText(file, """{ "scenarios": [ { "name": "nothing", "overrides": [] } ] }""");

        var (code, output, error) = CliRunner.Run("scenario", "alibaba-group", file, "--as-of", "2018");

        code.Should().Be(ExitCodes.Invalid);
        output.Should().BeEmpty();
        error.Should().Contain($"invalid  {file}").And.Contain("$.scenarios[0].overrides");
    }

    [Fact]
    public void Scenario_OverrideTheAnalysisDoesNotRead_ExitsOneOnOneLine()
    {
        var file = Path.Combine(temp, "unread.json");
        File.WriteAllText(file, """{ "scenarios": [ { "name": "nowhere", "overrides": [ { "setting": "transaction-costs.foreign-ownership-cap-percent", "market": "atlantis", "value": 10 } ] } ] }""");

        var (code, output, error) = CliRunner.Run("scenario", "alibaba-group", file, "--as-of", "2018");

        code.Should().Be(ExitCodes.Invalid);
        output.Should().BeEmpty();
        error.Should().StartWith($"invalid  {file}: scenario 'nowhere': ");
        error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Robustness_Markdown_HasARowForEveryVerdict()
    {
        var report = Robustness2018.Value;

        var (code, output, error) = CliRunner.Run("robustness", "alibaba-group", "--as-of", "2018");

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Should().StartWith("# Alibaba Group").And.Be(MarkdownReport.RenderRobustness(report), "the command prints the library's robustness part");
        foreach (var r in report.Verdicts)
        {
            output.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"| {r.Verdict} | "));
        }

        output.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| verdict |", StringComparison.Ordinal))
            .Should().Be(report.Verdicts.Length, "one row per verdict");
    }

    [Fact]
    public void Robustness_Json_ReadsBackToTheLibrarysReport()
    {
        var report = Robustness2018.Value;
        var file = Path.Combine(temp, "robustness.json");

        var (code, output, _) = CliRunner.Run("robustness", "alibaba-group", "--as-of", "2018", "--format", "json", "-o", file);

        code.Should().Be(ExitCodes.Success);
        output.Should().BeEmpty();
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        static IEnumerable<(string? Market, string Verdict, string Value, int Kept, int Perturbations)> Lines(JsonElement robustness, string? market) =>
            robustness.EnumerateArray().Select(v => (market, v.GetProperty("verdict").GetString()!, v.GetProperty("value").GetString()!, v.GetProperty("kept").GetInt32(), v.GetProperty("perturbations").GetInt32()));
        var read = Lines(doc.RootElement.GetProperty("robustness"), null)
            .Concat(doc.RootElement.GetProperty("markets").EnumerateArray().SelectMany(m => Lines(m.GetProperty("robustness"), m.GetProperty("marketId").GetString())));
        read.Should().BeEquivalentTo(report.Verdicts.Select(v => (v.Market, v.Verdict, v.Value, v.Kept, v.Perturbations)));
        doc.RootElement.GetProperty("reportVersion").GetInt32().Should().Be(JsonReport.ReportVersion);
    }

    [Fact]
    public void Robustness_InvalidCaseFile_ExitsOneWithTheProblemsOnStandardError()
    {
        var path = RepositoryPaths.Of("tests", "StrategyModel.Tests", "TestData", "Malformed", "business-unit-without-firm.json");

        var (code, output, error) = CliRunner.Run("robustness", path, "--as-of", "2018");

        code.Should().Be(ExitCodes.Invalid);
        output.Should().BeEmpty();
        error.Should().Contain($"invalid  {path}").And.Contain("  $");
    }

    [Theory]
    [InlineData("scenario", "--help")]
    [InlineData("robustness", "-h")]
    public void Help_ExitsZeroWithUsageAndExitCodes(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Should().Contain("Usage:").And.Contain("strategymodel " + args[0]).And.Contain("Exit codes: 0 success, 1 a case file is invalid, 2 usage error.");
    }

    [Fact]
    public void RootHelp_ListsBothCommands()
    {
        var (code, output, _) = CliRunner.Run("--help");

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain("scenario").And.Contain("robustness");
    }
}
