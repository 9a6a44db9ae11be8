using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;

namespace StrategyModel.Tests.Reports;

/// <summary>The single-file HTML report: self-contained, encoded, deterministic, with its pictures placed by the verdicts.</summary>
public sealed partial class HtmlReportTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private string Full() => HtmlReport.Render(fixture.Analysis, fixture.Comparison, fixture.Robustness, fixture.Scenarios);

    [Fact]
    public void Render_Alibaba_HasOneTimelinePerMarketTheTwoGridsAndTheMatrixEachTitled()
    {
        var html = Full();

        html.Should().StartWith("<!DOCTYPE html>\n").And.EndWith("</html>\n");
        var svgs = SvgOpen().Matches(html);
        svgs.Should().HaveCount(fixture.Analysis.Markets.Length + 3);
        foreach (Match svg in svgs)
        {
            var id = svg.Groups["id"].Value;
            svg.Value.Should().Contain($"aria-labelledby=\"{id}-title {id}-desc\"");
            html.Should().Contain($"<title id=\"{id}-title\">");
        }

        html.Should().Contain("id=\"timeline-1\"").And.Contain("id=\"porter\"").And.Contain("id=\"network\"").And.Contain("id=\"comparison-matrix\"");
    }

    [Fact]
    public void Render_IsSelfContained_NoScriptNoExternalReference()
    {
        var html = Full();

        html.Should().NotContainAny("<script", "<link", "<img", "@import", "url(", "src=", "href=");
        html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal).Should().NotContain("http", "nothing but the SVG namespace names a URL");
    }

    [Fact]
    public void Render_MarketsPlacedWhereTheirVerdictsPutThem()
    {
        // Porter (1985) and Johanson and Mattsson (1988): a market is drawn in the cell its generic-strategies and network verdicts name.
        var html = Full();

        foreach (var m in fixture.Analysis.Markets)
        {
            var strategy = m.GetVerdict("generic-strategies.strategy");
            var network = m.GetVerdict("network-model.situation");
            if (strategy.Value is { } s)
            {
                html.Should().Contain($"<title>{System.Net.WebUtility.HtmlEncode(m.MarketName)}: {MarkdownReport.Humanize(s)}</title>");
            }

            if (network.Value is { } n)
            {
                html.Should().Contain($"<title>{System.Net.WebUtility.HtmlEncode(m.MarketName)}: {MarkdownReport.Humanize(n)}</title>");
            }
        }
    }

    [Fact]
    public void Render_PlainWordsSummaryAndFindings()
    {
        var html = Full();

        html.Should().Contain("<h2>Verdicts at a glance</h2>").And.Contain("<strong>Route (OLI):</strong>").And.Contain("<strong>Robustness:</strong>");
        html.Should().Contain("international among others").And.NotContain(">InternationalAmongOthers<");
        foreach (var f in fixture.Analysis.Findings)
        {
            html.Should().Contain(System.Net.WebUtility.HtmlEncode(f.Sentence));
        }

        html.Should().Contain("<h2>Scenarios</h2>");
    }

    [Fact]
    public void Render_HostileNames_AreEncodedEverywhere()
    {
        const string hostile = "<script>alert(\"x\")</script> & 'co'";
        var a = fixture.Analysis;
        var analysis = a with
        {
            CaseTitle = hostile,
            FirmName = hostile,
            Markets = [.. a.Markets.Select(m => m with { MarketName = hostile + m.MarketId })],
        };

        var html = HtmlReport.Render(analysis, fixture.Comparison);

        html.Should().NotContain("<script").And.NotContain("alert(\"x\")");
        html.Should().Contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
    }

    [Fact]
    public void Render_EmptyHistory_SaysSoInItsTimeline()
    {
        var a = fixture.Analysis;
        var analysis = a with { Markets = [a.Markets[0] with { History = [], Exit = null }] };

        var html = HtmlReport.Render(analysis);

        html.Should().Contain("No entry of the firm's own recorded as of 2018.");
        SvgOpen().Matches(html).Should().HaveCount(3);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Render_UnderAnotherCulture_GivesIdenticalBytes(string culture)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, Full);
        var local = WithCulture(CultureInfo.GetCultureInfo(culture), Full);

        Encoding.UTF8.GetBytes(local).Should().Equal(Encoding.UTF8.GetBytes(invariant));
        invariant.Should().NotContain("\r");
        Full().Should().Be(invariant, "rendering twice gives the same page");
    }

    [Fact]
    public void Render_Null_Throws() => ((Action)(() => HtmlReport.Render(null!))).Should().Throw<ArgumentNullException>();

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

    [GeneratedRegex("<svg [^>]*id=\"(?<id>[a-z0-9-]+)\"[^>]*>")]
    private static partial Regex SvgOpen();
}
