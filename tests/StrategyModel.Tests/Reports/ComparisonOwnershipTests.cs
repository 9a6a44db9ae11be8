using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;

namespace StrategyModel.Tests.Reports;

/// <summary>Issue 15: a report refuses a comparison that was not taken from the analysis it renders (another year, another case,
/// other cells), with an <see cref="ArgumentException"/> naming the <c>comparison</c> argument; the three reports share the check.</summary>
public sealed class ComparisonOwnershipTests
{
    private static readonly CaseAnalyzer Analyzer = new();

    public static TheoryData<string> Formats => ["markdown", "json", "html", "markdown-part", "json-part"];

    private static string Render(string format, CaseAnalysis analysis, MarketComparison comparison) =>
        format switch
        {
            "markdown" => MarkdownReport.Render(analysis, comparison),
            "json" => JsonReport.Render(analysis, comparison),
            "markdown-part" => MarkdownReport.RenderComparison(analysis, comparison),
            "json-part" => JsonReport.RenderComparison(analysis, comparison),
            _ => HtmlReport.Render(analysis, comparison),
        };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_ComparisonOfTheSameCaseInAnotherYear_Throws(string format)
    {
        var alibaba = CaseLibrary.Shipped.Get("alibaba-group");
        var analysis2018 = Analyzer.Analyze(alibaba, 2018);
        var comparison2017 = Analyzer.Compare(Analyzer.Analyze(alibaba, 2017), "russia", "southeast-asia");

        var act = () => Render(format, analysis2018, comparison2017);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("comparison");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_ComparisonOfAnotherCase_Throws(string format)
    {
        var alibaba = CaseLibrary.Shipped.Get("alibaba-group");
        var comparison = Analyzer.Compare(Analyzer.Analyze(alibaba, 2018), "russia", "southeast-asia");
        var other = Analyzer.Analyze(alibaba with { Id = "alibaba-group-edited" }, 2018);

        var act = () => Render(format, other, comparison);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("comparison");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_ComparisonWithOtherCells_Throws(string format)
    {
        var analysis = Analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        var comparison = Analyzer.Compare(analysis, "russia", "southeast-asia");
        var edited = comparison with { Cells = [.. comparison.Cells.Skip(1)] };

        var act = () => Render(format, analysis, edited);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("comparison");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_ComparisonOfAMarketTheAnalysisLacks_Throws(string format)
    {
        var analysis = Analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        var comparison = Analyzer.Compare(analysis, "russia", "southeast-asia") with { MarketB = "brazil" };

        var act = () => Render(format, analysis, comparison);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("comparison");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_ComparisonOfTheAnalysis_Renders(string format)
    {
        var analysis = Analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        var comparison = Analyzer.Compare(analysis, "russia", "southeast-asia");

        var text = Render(format, analysis, comparison);

        text.Should().Contain(format switch
        {
            "markdown" or "markdown-part" => "## Comparison: Russia and",
            "json-part" => "\"cells\"",
            _ => "\"comparison\"",
        });
        comparison.FirmId.Should().Be(analysis.FirmId);
    }
}
