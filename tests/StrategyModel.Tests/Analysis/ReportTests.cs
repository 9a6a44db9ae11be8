using System.Globalization;
using System.Text;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;

namespace StrategyModel.Tests.Analysis;

/// <summary>Golden-file and culture tests of the rendered reports. Rewrite the golden file with STRATEGYMODEL_ACCEPT_GOLDEN=1 and review its diff.</summary>
[Collection(StrategyModel.Tests.Samples.ConsoleBoundTests.Name)]
public sealed class ReportTests
{
    private static (string Markdown, string Json) Render()
    {
        var analyzer = new CaseAnalyzer();
        var analysis = analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        var comparison = analyzer.Compare(analysis, "russia", "southeast-asia");
        return (MarkdownReport.Render(analysis, comparison), JsonReport.Render(analysis, comparison));
    }

    [Fact]
    public void Markdown_Alibaba2018_MatchesGoldenFile() => Golden("alibaba-2018.md", Render().Markdown);

    [Fact]
    public void Json_Alibaba2018_IsValidJsonAndMatchesGoldenFile()
    {
        var json = Render().Json;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        doc.RootElement.GetProperty("markets").GetArrayLength().Should().Be(2);
        Golden("alibaba-2018.json", json);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Render_UnderAnyCulture_IsByteIdentical(string culture)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, Render);
        var local = WithCulture(CultureInfo.GetCultureInfo(culture), Render);

        local.Markdown.Should().Be(invariant.Markdown);
        local.Json.Should().Be(invariant.Json);
    }

    [Fact]
    public void Render_RepeatedRuns_AreByteIdentical()
    {
        var first = Render();
        var second = Render();

        Encoding.UTF8.GetBytes(second.Markdown).Should().Equal(Encoding.UTF8.GetBytes(first.Markdown));
        second.Json.Should().Be(first.Json);
        first.Markdown.Should().NotContain("\r");
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = c;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    private static void Golden(string name, string actual)
    {
        var source = RepositoryPaths.Of("tests", "StrategyModel.Tests", "TestData", "Golden", name);
        if (Environment.GetEnvironmentVariable("STRATEGYMODEL_ACCEPT_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual, new UTF8Encoding(false));
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Golden", name));
        actual.Should().Be(expected, "the rendered report changed; if intended, rerun with STRATEGYMODEL_ACCEPT_GOLDEN=1 and review the diff of TestData/Golden/{0}", name);
    }
}
