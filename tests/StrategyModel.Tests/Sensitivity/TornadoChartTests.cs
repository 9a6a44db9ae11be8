using System.Globalization;
using System.Net;
using System.Text;
using StrategyModel.Cases;
using StrategyModel.Sensitivity;

namespace StrategyModel.Tests.Sensitivity;

/// <summary>docs/public/robustness-tornado.svg is drawn from the library's own output: the robustness report of the shipped Alibaba
/// case as of 2018. The test fails when the picture is stale; rerun with STRATEGYMODEL_ACCEPT_DOCS=1 and review the diff.</summary>
public sealed class TornadoChartTests
{
    private static readonly string ChartPath = RepositoryPaths.Of("docs", "public", "robustness-tornado.svg");

    [Fact]
    public void TornadoChart_OfTheShippedCase_IsUpToDate()
    {
        var report = new RobustnessAnalyzer().Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        var svg = TornadoSvg.Render(report, "Deciding inputs of the Alibaba case, 2018: verdicts one step flips");
        if (Environment.GetEnvironmentVariable("STRATEGYMODEL_ACCEPT_DOCS") == "1")
        {
            File.WriteAllText(ChartPath, svg);
        }

        File.ReadAllText(ChartPath).Should().Be(svg, "docs/public/robustness-tornado.svg is stale; rerun with STRATEGYMODEL_ACCEPT_DOCS=1");
    }

    [Fact]
    public void Rows_CountTheVerdictsEachStepFlips()
    {
        var report = new RobustnessAnalyzer().Analyze(KestrelCase.With(KestrelCase.OliAtLocationEdge()), 2015);

        var rows = TornadoSvg.Rows(report);

        // Dunning (1981): L Moderate → Weak flips the route (to Export) and the best mode built on it; no step up flips anything.
        var location = rows.Single(r => r.Input == "oli.location");
        location.Down.Should().Equal("entry-modes.best", "oli.route");
        location.Up.Should().BeEmpty();
    }
}

/// <summary>A small deterministic SVG renderer of a tornado chart: one row per deciding input and market, a bar to the left for the
/// verdicts one step down flips and a bar to the right for those one step up flips, rows ordered by the number of verdicts flipped.</summary>
internal static class TornadoSvg
{
    private const int Width = 1040;
    private const int Label = 410;
    private const int Center = 680;
    private const int Unit = 48;
    private const int RowHeight = 26;
    private const int Top = 70;

    public static List<(string Market, string Input, List<string> Down, List<string> Up)> Rows(RobustnessReport report)
    {
        var rows = new Dictionary<(string Market, string Input), (List<string> Down, List<string> Up)>();
        foreach (var line in report.Verdicts)
        {
            foreach (var flip in line.Flips.Where(f => f.Kind == PerturbationKind.SingleStep))
            {
                var change = flip.Changes[0];
                var key = (line.Market ?? "firm", change.Name);
                if (!rows.TryGetValue(key, out var row))
                {
                    row = ([], []);
                    rows[key] = row;
                }

                (change.Step < 0 ? row.Down : row.Up).Add(line.Verdict);
            }
        }

        return [.. rows
            .Select(r => (r.Key.Market, r.Key.Input, Down: r.Value.Down.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), Up: r.Value.Up.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(r => r.Down.Count + r.Up.Count)
            .ThenBy(r => r.Market, StringComparer.Ordinal)
            .ThenBy(r => r.Input, StringComparer.Ordinal)];
    }

    public static string Render(RobustnessReport report, string title)
    {
        var rows = Rows(report);
        var height = Top + (rows.Count * RowHeight) + 40;
        var sb = new StringBuilder();
        void L(FormattableString s) => sb.Append(s.ToString(CultureInfo.InvariantCulture)).Append('\n');
        L($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"12\">");
        L($"<title>{Escape(title)}</title>");
        L($"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        L($"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{Escape(title)}</text>");
        L($"<rect x=\"{Center - 200}\" y=\"36\" width=\"12\" height=\"12\" fill=\"#c0504d\"/><text x=\"{Center - 184}\" y=\"46\">one step down</text>");
        L($"<rect x=\"{Center + 60}\" y=\"36\" width=\"12\" height=\"12\" fill=\"#4f81bd\"/><text x=\"{Center + 76}\" y=\"46\">one step up</text>");
        L($"<line x1=\"{Center}\" y1=\"{Top - 8}\" x2=\"{Center}\" y2=\"{Top + (rows.Count * RowHeight)}\" stroke=\"#333333\"/>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (market, input, down, up) = rows[i];
            var y = Top + (i * RowHeight);
            L($"<text x=\"{Label - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{Escape(market)}: {Escape(input)}</text>");
            if (down.Count > 0)
            {
                L($"<rect x=\"{Center - (down.Count * Unit)}\" y=\"{y + 4}\" width=\"{down.Count * Unit}\" height=\"{RowHeight - 8}\" fill=\"#c0504d\"><title>{Escape(string.Join(", ", down))}</title></rect>");
                L($"<text x=\"{Center - (down.Count * Unit) - 4}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"10\" fill=\"#555555\">{down.Count}</text>");
            }

            if (up.Count > 0)
            {
                L($"<rect x=\"{Center}\" y=\"{y + 4}\" width=\"{up.Count * Unit}\" height=\"{RowHeight - 8}\" fill=\"#4f81bd\"><title>{Escape(string.Join(", ", up))}</title></rect>");
                L($"<text x=\"{Center + (up.Count * Unit) + 4}\" y=\"{y + 16}\" font-size=\"10\" fill=\"#555555\">{up.Count}: {Escape(string.Join(", ", up))}</text>");
            }
        }

        L($"<text x=\"{Center}\" y=\"{height - 14}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555555\">bar length: number of verdicts the one-step change flips (hover a bar for their names); drawn from RobustnessAnalyzer.Analyze</text>");
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
