using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Cli;
using StrategyModel.Reporting;

namespace StrategyModel.Tests.Cli;

/// <summary><c>strategymodel analyze --format html</c> and <c>compare --format html</c>: the library's HTML report, with the matrix
/// of a two-market case or of the markets compared.</summary>
public sealed class CliHtmlTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("strategymodel-cli-html-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void AnalyzeHtml_ShippedTwoMarketCase_WritesTheLibrarysHtmlReportWithTheMatrix()
    {
        var file = Path.Combine(temp, "alibaba.html");
        var analyzer = new CaseAnalyzer();
        var analysis = analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        var expected = HtmlReport.Render(analysis, analyzer.Compare(analysis, analysis.Markets[0].MarketId, analysis.Markets[1].MarketId));

        var (code, output, error) = CliRunner.Run("analyze", "alibaba-group", "--as-of", "2018", "--format", "html", "--output", file);

        code.Should().Be(ExitCodes.Success);
        output.Should().BeEmpty();
        error.Should().BeEmpty();
        File.ReadAllText(file).Should().Be(expected).And.Contain("id=\"comparison-matrix\"");
    }

    [Fact]
    public void AnalyzeHtml_ToStandardOutput_PrintsThePage()
    {
        var (code, output, _) = CliRunner.Run("analyze", "ecommerce-peers", "--as-of", "2015", "-f", "html");

        code.Should().Be(ExitCodes.Success);
        output.Should().StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void CompareHtml_WritesTheLibrarysHtmlReportWithThatComparisonsMatrix()
    {
        // The markets in the order asked for (B before A): the matrix is the comparison the user named, not the case's first two.
        var analyzer = new CaseAnalyzer();
        var analysis = analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        var expected = HtmlReport.Render(analysis, analyzer.Compare(analysis, "southeast-asia", "russia"));

        var (code, output, error) = CliRunner.Run("compare", "alibaba-group", "southeast-asia", "russia", "--as-of", "2018", "--format", "html");

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Should().Be(expected).And.Contain("id=\"comparison-matrix\"");
    }

    [Fact]
    public void Compare_FormatPdf_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("compare", "alibaba-group", "russia", "southeast-asia", "--format", "pdf");

        code.Should().Be(ExitCodes.Usage);
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }
}
