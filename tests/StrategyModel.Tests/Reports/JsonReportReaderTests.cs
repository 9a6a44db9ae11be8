using System.Text;
using System.Text.Json;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;

namespace StrategyModel.Tests.Reports;

/// <summary>The JSON report's version, its schema (src/StrategyModel/Reporting/report.schema.json) and the typed read-back
/// (<see cref="JsonReportReader"/>).</summary>
public sealed class JsonReportReaderTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly Lazy<JsonDocument> Schema = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("src", "StrategyModel", "Reporting", "report.schema.json"))));

    private string FullReport() => JsonReport.Render(fixture.Analysis, fixture.Comparison, fixture.Robustness, fixture.Scenarios);

    [Fact]
    public void Render_OpensWithTheReportVersion()
    {
        using var doc = JsonDocument.Parse(JsonReport.Render(fixture.Analysis));

        var first = doc.RootElement.EnumerateObject().First();
        first.Name.Should().Be("reportVersion");
        first.Value.GetInt32().Should().Be(JsonReport.ReportVersion);
        Schema.Value.RootElement.GetProperty("properties").GetProperty("reportVersion").GetProperty("const").GetInt32()
            .Should().Be(JsonReport.ReportVersion, "the schema describes the version the library writes");
    }

    [Fact]
    public void Read_AlibabaReport_VerdictsEqualTheAnalysisVerdictsMarketByMarket()
    {
        var report = JsonReportReader.Read(FullReport());

        report.ReportVersion.Should().Be(JsonReport.ReportVersion);
        report.CaseId.Should().Be("alibaba-group");
        report.AsOfYear.Should().Be(2018);
        Pairs(report.Verdicts).Should().Equal(Pairs(fixture.Analysis.Verdicts));
        report.Markets.Select(m => m.MarketId).Should().Equal(fixture.Analysis.Markets.Select(m => m.MarketId));
        foreach (var market in fixture.Analysis.Markets)
        {
            var read = report.GetMarket(market.MarketId);
            Pairs(read.Verdicts).Should().Equal(Pairs(market.Verdicts), "the verdicts of {0} read back as analysed", market.MarketId);
            read.Verdicts.Select(v => v.DecidingInputs.ToArray()).Should().BeEquivalentTo(market.Verdicts.Select(v => v.DecidingInputs.ToArray()), o => o.WithStrictOrdering());
            read.Verdicts.Select(v => v.Branches.Select(b => (b.Value, b.Combinations)).ToArray())
                .Should().BeEquivalentTo(market.Verdicts.Select(v => v.Branches.Select(b => (b.Value, b.Combinations)).ToArray()), o => o.WithStrictOrdering());
            read.CurrentMode.Should().Be(market.CurrentMode?.ToString());
            read.History.Select(e => (e.Date, e.Kind, e.StakePercent)).Should().Equal(market.History.Select(e => (e.Date.ToString(), e.Kind.ToString(), e.StakePercent)));
            read.Network?.Situation.Should().Be(market.Network?.Situation.ToString());
            read.GenericStrategy?.Scope.Should().Be(market.GenericStrategy?.Scope.ToString());
            read.Robustness.Select(r => (r.Verdict, r.Value, r.Kept, r.Perturbations))
                .Should().Equal(fixture.Robustness.For(market.MarketId).Select(r => (r.Verdict, r.Value, r.Kept, r.Perturbations)));
            read.Findings.Select(f => f.RuleId).Should().Equal(market.Findings.Select(f => f.RuleId));
        }

        report.Findings.Select(f => (f.RuleId, f.Outcome, f.Sentence)).Should().Equal(fixture.Analysis.Findings.Select(f => (f.RuleId, f.Outcome.ToString(), f.Sentence)));
        report.Comparison!.Cells.Select(c => (c.Item, c.Verdict)).Should().Equal(fixture.Comparison.Cells.Select(c => (c.Item, c.Verdict.ToString())));
        report.Scenarios.Select(s => s.Name).Should().Equal(fixture.Scenarios.Select(s => s.Scenario.Name));
        report.Scenarios[1].Overrides.Single().Setting.Should().Be("transaction-costs.foreign-ownership-cap-percent");
        report.Scenarios[0].Overrides.Single().Input.Should().Be("oli.location");
        report.Inputs.Should().HaveCount(fixture.Analysis.Inputs.Length);
    }

    [Fact]
    public void Read_ReportWithoutRobustnessOrComparison_ReadsEmptyArraysAndNull()
    {
        var report = JsonReportReader.Read(JsonReport.Render(fixture.Analysis));

        report.Comparison.Should().BeNull();
        report.Robustness.Should().BeEmpty();
        report.Scenarios.Should().BeEmpty();
        report.Markets.Should().AllSatisfy(m => m.Robustness.IsDefault.Should().BeFalse());
    }

    [Fact]
    public void Read_Stream_EqualsReadOfText()
    {
        var json = JsonReport.Render(fixture.Analysis, fixture.Comparison);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var fromStream = JsonReportReader.Read(stream);
        var fromText = JsonReportReader.Read(json);

        fromStream.CaseId.Should().Be(fromText.CaseId);
        JsonSerializer.Serialize(fromStream.Markets.Select(m => m.Verdicts.Select(v => v.Value).ToArray()))
            .Should().Be(JsonSerializer.Serialize(fromText.Markets.Select(m => m.Verdicts.Select(v => v.Value).ToArray())));
    }

    [Theory]
    [InlineData("{ \"reportVersion\": 2, \"caseId\": \"x\" }", 2)]
    [InlineData("{ \"reportVersion\": 0 }", 0)]
    [InlineData("{ \"caseId\": \"a case file, not a report\", \"schemaVersion\": 2 }", null)]
    [InlineData("{ \"reportVersion\": \"1\" }", null)]
    public void Read_WrongOrMissingVersion_ThrowsReportVersionException(string json, int? found)
    {
        var act = () => JsonReportReader.Read(json);

        var e = act.Should().Throw<ReportVersionException>().Which;
        e.FoundVersion.Should().Be(found);
        e.SupportedVersion.Should().Be(JsonReport.ReportVersion);
        e.Message.Should().Contain("version");
    }

    [Fact]
    public void Read_CurrentVersionWithoutRequiredProperty_ThrowsReportFormatException()
    {
        var json = JsonReport.Render(fixture.Analysis).Replace("\"caseTitle\":", "\"caseTitleX\":", StringComparison.Ordinal);

        var act = () => JsonReportReader.Read(json);

        act.Should().Throw<ReportFormatException>().Which.Should().NotBeOfType<ReportVersionException>();
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    public void Read_NotAReportObject_ThrowsReportFormatException(string json)
    {
        var act = () => JsonReportReader.Read(json);

        act.Should().Throw<ReportFormatException>();
    }

    [Fact]
    public void Render_FullAlibabaReport_ValidatesAgainstTheSchema()
    {
        using var doc = JsonDocument.Parse(FullReport());

        SchemaValidator.Validate(Schema.Value.RootElement, doc.RootElement).Should().BeEmpty();
    }

    [Fact]
    public void Render_CaseWithDistancesAndInstitutions_ValidatesAgainstTheSchemaAndReadsBack()
    {
        var analysis = new CaseAnalyzer().Analyze(CaseLoader.Load(RepositoryPaths.Of("tests", "StrategyModel.Tests", "TestData", "Cases", "full-v2.json")), 2026);
        var json = JsonReport.Render(analysis);
        using var doc = JsonDocument.Parse(json);

        doc.RootElement.GetProperty("markets").EnumerateArray().Count(m => m.TryGetProperty("distances", out var distances) && distances.GetArrayLength() > 0)
            .Should().BePositive("the case has distances, so the schema's distance part is exercised");
        SchemaValidator.Validate(Schema.Value.RootElement, doc.RootElement).Should().BeEmpty();
        var report = JsonReportReader.Read(json);
        report.Markets.SelectMany(m => m.Distances).Should().NotBeEmpty();
        report.Markets.SelectMany(m => m.Institutions).Should().NotBeEmpty();
    }

    [Fact]
    public void Validate_ReportWithAPropertyTheSchemaLacksOrAWrongType_ReportsBoth()
    {
        var json = JsonReport.Render(fixture.Analysis)
            .Replace("\"caseTitle\":", "\"caseHeading\":", StringComparison.Ordinal)
            .Replace("\"asOfYear\": 2018", "\"asOfYear\": \"2018\"", StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);

        var problems = SchemaValidator.Validate(Schema.Value.RootElement, doc.RootElement);

        problems.Should().Contain("$: lacks required property 'caseTitle'")
            .And.Contain("$: has property 'caseHeading', which the schema does not describe")
            .And.Contain("$.asOfYear: expected integer, found String");
    }

    private static IEnumerable<(string, string?)> Pairs(IEnumerable<ReportVerdictRange> verdicts) => verdicts.Select(v => (v.Verdict, v.Value));

    private static IEnumerable<(string, string?)> Pairs(IEnumerable<VerdictRange> verdicts) => verdicts.Select(v => (v.Verdict, v.Value));
}
