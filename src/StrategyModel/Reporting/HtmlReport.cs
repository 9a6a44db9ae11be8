using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using StrategyModel.Analysis;
using StrategyModel.Assessments;
using StrategyModel.Sensitivity;

namespace StrategyModel.Reporting;

/// <summary>Renders a <see cref="CaseAnalysis"/> as one self-contained HTML page with pictures: each market's entry history on a
/// timeline, Porter's generic strategies and the Johanson-Mattsson network model as 2x2 grids with the markets placed, and a market
/// comparison as a same/differ matrix; then a verdict summary per market in plain words and the findings.</summary>
/// <remarks>
/// <para>The page has inline CSS and inline SVG only: no script, no font, image or style sheet from anywhere, so it opens offline and
/// makes no request. Every text from the case (names, titles, sentences) is HTML-encoded. Every picture is an <c>svg</c> with
/// <c>role="img"</c>, a <c>title</c> and an <c>aria-labelledby</c> naming it.</para>
/// <para>The output is deterministic: the same analysis gives the same bytes under any culture; lines end with <c>\n</c>.</para>
/// <para>Pictures: one timeline per market, the two 2x2 grids, and the matrix when a comparison is given. A market whose verdict is
/// undetermined is drawn with a dashed outline in every cell one of its branches leads to.</para>
/// </remarks>
public static class HtmlReport
{
    private const int Width = 760;

    /// <summary>Renders the analysis as an HTML document.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="comparison">A comparison of two of its markets to draw as a same/differ matrix, or <see langword="null"/>.</param>
    /// <param name="robustness">The robustness of the analysis's verdicts (<see cref="RobustnessAnalyzer"/>), or <see langword="null"/>:
    /// when given, each market's summary says how robust each verdict is.</param>
    /// <param name="scenarios">Scenario comparisons to list with the verdicts they change, or <see langword="null"/>.</param>
    /// <returns>The HTML document, starting with <c>&lt;!DOCTYPE html&gt;</c> and ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument holds a null where the model needs a value (the message names the path), or
    /// <paramref name="comparison"/> was taken from another analysis (another case, firm or year, or other cells).</exception>
    public static string Render(CaseAnalysis analysis, MarketComparison? comparison = null, RobustnessReport? robustness = null, IReadOnlyList<ScenarioComparison>? scenarios = null)
    {
        ModelGuard.Report(analysis, comparison, robustness, scenarios);
        ReportArguments.EnsureComparisonBelongs(analysis, comparison);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>").Append(E(analysis.CaseTitle)).Append(" (as of ").Append(I(analysis.AsOfYear)).Append(")</title>\n");
        h.Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        h.Append("<h1>").Append(E(analysis.CaseTitle)).Append("</h1>\n");
        h.Append("<p class=\"lead\">Firm ").Append(E(analysis.FirmName)).Append(", case <code>").Append(E(analysis.CaseId)).Append("</code>, as of ")
            .Append(I(analysis.AsOfYear)).Append(": facts and entries dated later are left out. ")
            .Append(E(MarkdownReport.Count(analysis.Markets.Length, "market"))).Append(".</p>\n");

        Summary(h, analysis, robustness);
        h.Append("<section id=\"timelines\">\n<h2>Entry history</h2>\n<p>Each market's entries, stake changes and exits by date; the bar shows the years the firm operated there.</p>\n");
        for (var i = 0; i < analysis.Markets.Length; i++)
        {
            Timeline(h, analysis.Markets[i], i + 1, analysis.AsOfYear);
        }

        h.Append("</section>\n");
        Grids(h, analysis);
        if (comparison is not null)
        {
            Matrix(h, analysis, comparison);
        }

        FindingsSection(h, analysis);
        if (scenarios is { Count: > 0 })
        {
            Scenarios(h, scenarios);
        }

        h.Append("</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Summary(StringBuilder h, CaseAnalysis analysis, RobustnessReport? robustness)
    {
        h.Append("<section id=\"summary\">\n<h2>Verdicts at a glance</h2>\n");
        foreach (var m in analysis.Markets)
        {
            h.Append("<h3>").Append(E(m.MarketName)).Append("</h3>\n<ul class=\"verdicts\">\n");
            Item(h, "Route (OLI)", VerdictText(Find(m.Verdicts, "oli.route")));
            Item(h, "Control (transaction costs)", VerdictText(Find(m.Verdicts, "transaction-costs.control")));
            var best = VerdictText(Find(m.Verdicts, "entry-modes.best"));
            var inForce = m.Exit is { } exit
                ? $"the firm exited in {exit.Date} ({MarkdownReport.Humanize(exit.Kind.ToString())})"
                : m.CurrentMode is { } mode ? $"mode in force {MarkdownReport.Humanize(mode.ToString())}" : "no mode in force";
            var agree = Find(m.Verdicts, "entry-modes.best")?.Value is { } bestValue && m.Exit is null && m.CurrentMode is { } current
                ? (bestValue == current.ToString() ? ": they agree" : ": they differ")
                : string.Empty;
            Item(h, "Best entry mode", $"{best}; {inForce}{agree}");
            var u = m.Uppsala;
            Item(h, "Uppsala", $"highest stage {MarkdownReport.Humanize(u.HighestStage.ToString())}; {(u.FollowedChain ? "followed the establishment chain" : u.Leapfrogged ? "leapfrogged a stage" : "did not follow the chain")}; pace {MarkdownReport.Humanize(u.Pace.ToString())}");
            Item(h, "Network position", VerdictText(Find(m.Verdicts, "network-model.situation")));
            var porter = VerdictText(Find(m.Verdicts, "generic-strategies.strategy"));
            Item(h, "Porter", m.GenericStrategy is { } g ? $"{porter}, {MarkdownReport.Humanize(g.Scope.ToString())} scope" : porter);
            if (robustness is not null)
            {
                Robustness(h, robustness.For(m.MarketId));
            }

            h.Append("</ul>\n");
        }

        h.Append("<h3>The firm</h3>\n<ul class=\"verdicts\">\n");
        var vrio = analysis.Verdicts.Where(v => v.Verdict.StartsWith("vrio.", StringComparison.Ordinal)).ToList();
        if (vrio.Count > 0)
        {
            Item(h, "VRIO", string.Join("; ", vrio.Select(v => $"{MarkdownReport.Humanize(v.Verdict["vrio.".Length..].Replace('-', ' '))}: {VerdictText(v)}")));
        }

        if (Find(analysis.Verdicts, "born-global.venture-type") is { } born)
        {
            Item(h, "Born global", VerdictText(born));
        }

        Item(h, "Drivers", analysis.Drivers.Summary);
        if (robustness is not null)
        {
            Robustness(h, robustness.For(null));
        }

        h.Append("</ul>\n</section>\n");
    }

    private static void Robustness(StringBuilder h, ImmutableArray<VerdictRobustness> lines)
    {
        if (lines.IsEmpty)
        {
            return;
        }

        Item(h, "Robustness", string.Join("; ", lines.Select(r =>
            $"{r.Verdict} {MarkdownReport.Humanize(r.Value)} kept in {r.Kept} of {MarkdownReport.Count(r.Perturbations, "perturbation")}" +
            (r.DecidingInputs.IsEmpty ? string.Empty : $" (flipped by {string.Join(", ", r.DecidingInputs)})"))));
    }

    private static void Item(StringBuilder h, string label, string text) =>
        h.Append("<li><strong>").Append(E(label)).Append(":</strong> ").Append(E(text)).Append(".</li>\n");

    // ---------- timelines ----------
    private static void Timeline(StringBuilder h, MarketAnalysis m, int number, int asOf)
    {
        var id = "timeline-" + I(number);
        var events = m.History;
        var rowHeight = 18;
        var top = 34;
        var height = top + 40 + (Math.Max(events.Length, 1) * rowHeight);
        var title = $"Entry history of {m.MarketName} as of {I(asOf)}: {MarkdownReport.Count(events.Length, "event")}";
        Open(h, id, title, height, events.IsEmpty ? "No entry recorded." : string.Join("; ", events.Select(EventText)));
        if (events.IsEmpty)
        {
            h.Append("<text x=\"10\" y=\"").Append(I(top + 20)).Append("\" class=\"muted\">No entry of the firm's own recorded as of ").Append(I(asOf)).Append(".</text>\n");
            h.Append("</svg>\n");
            return;
        }

        var first = events.Min(e => e.Date.Year);
        var last = Math.Max(asOf, events.Max(e => e.Date.Year));
        var span = last - first + 1;
        double left = 20, right = Width - 20;
        double X(Cases.YearMonth d) => left + ((d.Year - first + ((d.Month ?? 1) - 1) / 12d) / span * (right - left));
        var axis = top;
        var step = span <= 12 ? 1 : span <= 30 ? 2 : span <= 60 ? 5 : 10;
        for (var y = first; y <= last + 1; y += step)
        {
            var x = left + ((double)(y - first) / span * (right - left));
            h.Append("<line x1=\"").Append(D(x)).Append("\" y1=\"").Append(I(axis - 4)).Append("\" x2=\"").Append(D(x)).Append("\" y2=\"").Append(I(axis + 4)).Append("\" class=\"tick\"/>");
            h.Append("<text x=\"").Append(D(x)).Append("\" y=\"").Append(I(axis - 10)).Append("\" class=\"tick-label\">").Append(I(y)).Append("</text>\n");
        }

        h.Append("<line x1=\"").Append(D(left)).Append("\" y1=\"").Append(I(axis)).Append("\" x2=\"").Append(D(right)).Append("\" y2=\"").Append(I(axis)).Append("\" class=\"axis\"/>\n");
        var start = X(events[0].Date);
        var end = m.Exit is { } exit ? X(exit.Date) : X(new Cases.YearMonth(asOf, 12));
        h.Append("<rect x=\"").Append(D(start)).Append("\" y=\"").Append(I(axis - 3)).Append("\" width=\"").Append(D(Math.Max(end - start, 2))).Append("\" height=\"6\" class=\"presence\"/>\n");
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var x = X(e.Date);
            var labelY = axis + 28 + (i * rowHeight);
            h.Append("<line x1=\"").Append(D(x)).Append("\" y1=\"").Append(I(axis)).Append("\" x2=\"").Append(D(x)).Append("\" y2=\"").Append(I(labelY - 4)).Append("\" class=\"leader\"/>");
            h.Append("<circle cx=\"").Append(D(x)).Append("\" cy=\"").Append(I(axis)).Append("\" r=\"6\" class=\"ev-").Append(e.Kind.ToString().ToLowerInvariant()).Append("\"><title>").Append(E(EventText(e))).Append("</title></circle>");
            var anchor = x < Width / 2d ? "start" : "end";
            h.Append("<text x=\"").Append(D(anchor == "start" ? x + 4 : x - 4)).Append("\" y=\"").Append(I(labelY)).Append("\" text-anchor=\"").Append(anchor).Append("\">").Append(E(EventText(e))).Append("</text>\n");
        }

        h.Append("</svg>\n");
    }

    private static string EventText(EntryEvent e)
    {
        var what = e.Kind switch
        {
            EntryEventKind.Entered => "entered by " + MarkdownReport.Humanize(e.Mode.ToString()),
            EntryEventKind.StakeIncreased => "stake raised",
            EntryEventKind.StakeReduced => "stake reduced",
            EntryEventKind.Ended => "ended " + MarkdownReport.Humanize(e.Mode.ToString()),
            EntryEventKind.StakeInBuyer => "stake in the buyer",
            _ => MarkdownReport.Humanize(e.Kind.ToString()),
        };
        var stake = e.StakePercent is { } s ? " to " + s.ToString("0.##", CultureInfo.InvariantCulture) + "%" : string.Empty;
        var detail = e.Detail.Length > 0 && e.Kind == EntryEventKind.Entered ? " (" + e.Detail + ")" : string.Empty;
        return $"{e.Date} {what}{stake}{detail}";
    }

    // ---------- the 2x2 grids ----------
    private static void Grids(StringBuilder h, CaseAnalysis analysis)
    {
        h.Append("<section id=\"grids\">\n<h2>Where the frameworks place each market</h2>\n");
        h.Append("<p>Markets are numbered as in the key below each grid. A solid disc is a verdict; a dashed ring is one of the values an undetermined verdict can take.</p>\n");
        h.Append("<div class=\"grids\">\n<figure>\n");
        Grid(
            h,
            "porter",
            "Porter's generic strategies (Porter 1980, 1985): source of advantage against competitive scope",
            ["lower cost", "differentiation"],
            ["broad target", "narrow target"],
            ["cost leadership", "differentiation", "cost focus", "differentiation focus"],
            analysis,
            "generic-strategies.strategy",
            (m, value) => PorterSpot(value, m.GenericStrategy?.Scope));
        h.Append("</figure>\n<figure>\n");
        Grid(
            h,
            "network",
            "Network model (Johanson and Mattsson 1988): internationalization of the market against that of the firm",
            ["market low", "market high"],
            ["firm high", "firm low"],
            ["lonely international", "international among others", "early starter", "late starter"],
            analysis,
            "network-model.situation",
            (_, value) => value switch
            {
                "EarlyStarter" => (0, 1),
                "LateStarter" => (1, 1),
                "LonelyInternational" => (0, 0),
                "InternationalAmongOthers" => (1, 0),
                _ => null,
            });
        h.Append("</figure>\n</div>\n</section>\n");
    }

    // Column 0 is cost, 1 differentiation, 0.5 the line between (hybrid); row 0 broad, 1 narrow, 0.5 the middle (stuck in the middle).
    private static (double Column, double Row)? PorterSpot(string value, GenericStrategies.CompetitiveScope? scope) => value switch
    {
        "CostLeadership" => (0, 0),
        "Differentiation" => (1, 0),
        "CostFocus" => (0, 1),
        "DifferentiationFocus" => (1, 1),
        "Hybrid" => (0.5, scope == GenericStrategies.CompetitiveScope.Narrow ? 1 : 0),
        "StuckInTheMiddle" => (0.5, 0.5),
        _ => null,
    };

    private static void Grid(
        StringBuilder h,
        string id,
        string title,
        string[] columns,
        string[] rows,
        string[] cells,
        CaseAnalysis analysis,
        string verdict,
        Func<MarketAnalysis, string, (double Column, double Row)?> spot)
    {
        const int size = 360;
        double left = 70, top = 30, cell = (size - 90) / 2d;
        var key = new List<string>();
        var marks = new StringBuilder();
        var used = new Dictionary<(double, double), int>();
        for (var i = 0; i < analysis.Markets.Length; i++)
        {
            var m = analysis.Markets[i];
            var range = Find(m.Verdicts, verdict);
            var number = I(i + 1);
            key.Add($"{number}: {m.MarketName}: {(range is null ? "not assessed" : VerdictText(range))}");
            if (range is null)
            {
                continue;
            }

            var values = range.Value is { } v ? [(v, true)] : range.Branches.Select(b => (b.Value, false)).ToList();
            foreach (var (value, determined) in values)
            {
                if (spot(m, value) is not { } at)
                {
                    continue;
                }

                var n = used.TryGetValue(at, out var k) ? k : 0;
                used[at] = n + 1;
                var cx = left + ((at.Column + 0.5) * cell) + ((n % 4) * 24) - 36;
                var cy = top + ((at.Row + 0.5) * cell) + 14 + ((n / 4) * 24);
                marks.Append("<g class=\"").Append(determined ? "mark" : "mark maybe").Append("\"><title>").Append(E($"{m.MarketName}: {(determined ? string.Empty : "possibly ")}{MarkdownReport.Humanize(value)}")).Append("</title>")
                    .Append("<circle cx=\"").Append(D(cx)).Append("\" cy=\"").Append(D(cy)).Append("\" r=\"10\"/>")
                    .Append("<text x=\"").Append(D(cx)).Append("\" y=\"").Append(D(cy + 4)).Append("\">").Append(number).Append("</text></g>\n");
            }
        }

        Open(h, id, title, size, string.Join("; ", key), size + 40);
        for (var r = 0; r < 2; r++)
        {
            for (var c = 0; c < 2; c++)
            {
                var x = left + (c * cell);
                var y = top + (r * cell);
                h.Append("<rect x=\"").Append(D(x)).Append("\" y=\"").Append(D(y)).Append("\" width=\"").Append(D(cell)).Append("\" height=\"").Append(D(cell)).Append("\" class=\"cell\"/>");
                h.Append("<text x=\"").Append(D(x + (cell / 2))).Append("\" y=\"").Append(D(y + 18)).Append("\" class=\"cell-label\">").Append(E(cells[(r * 2) + c])).Append("</text>\n");
            }
        }

        for (var c = 0; c < 2; c++)
        {
            h.Append("<text x=\"").Append(D(left + ((c + 0.5) * cell))).Append("\" y=\"").Append(D(top + (2 * cell) + 20)).Append("\" class=\"axis-label\">").Append(E(columns[c])).Append("</text>\n");
        }

        for (var r = 0; r < 2; r++)
        {
            var y = top + ((r + 0.5) * cell);
            h.Append("<text x=\"").Append(D(left - 8)).Append("\" y=\"").Append(D(y)).Append("\" class=\"axis-label\" text-anchor=\"end\">").Append(E(rows[r])).Append("</text>\n");
        }

        h.Append(marks).Append("</svg>\n<figcaption>").Append(E(title)).Append("</figcaption>\n<ol class=\"key\">\n");
        foreach (var line in key)
        {
            h.Append("<li>").Append(E(line)).Append("</li>\n");
        }

        h.Append("</ol>\n");
    }

    // ---------- the comparison matrix ----------
    private static void Matrix(StringBuilder h, CaseAnalysis analysis, MarketComparison comparison)
    {
        var a = analysis.Markets.FirstOrDefault(m => m.MarketId == comparison.MarketA)?.MarketName ?? comparison.MarketA;
        var b = analysis.Markets.FirstOrDefault(m => m.MarketId == comparison.MarketB)?.MarketName ?? comparison.MarketB;
        var same = comparison.Cells.Count(c => c.Verdict == CellVerdict.Same);
        var differ = comparison.Cells.Count(c => c.Verdict == CellVerdict.Differ);
        var other = comparison.Cells.Length - same - differ;
        h.Append("<section id=\"comparison\">\n<h2>Comparison: ").Append(E(a)).Append(" and ").Append(E(b)).Append("</h2>\n");
        h.Append("<p>").Append(E($"{MarkdownReport.Count(comparison.Cells.Length, "item")}: {I(same)} the same, {I(differ)} different, {I(other)} not comparable (not assessed in one market).")).Append("</p>\n");
        var groups = comparison.Cells.GroupBy(c => c.Row).ToList();
        const int rowHeight = 20;
        const int header = 30;
        var height = header + ((comparison.Cells.Length + groups.Count) * rowHeight) + 10;
        Open(h, "comparison-matrix", $"Same/differ matrix of {a} and {b}", height, $"{I(same)} same, {I(differ)} differ, {I(other)} not comparable");
        double itemX = 10, aX = 330, bX = 440, vX = 550, colW = 100;
        h.Append("<text x=\"").Append(D(aX + (colW / 2))).Append("\" y=\"20\" class=\"col-head\">").Append(E(Clip(a, 16))).Append("</text>");
        h.Append("<text x=\"").Append(D(bX + (colW / 2))).Append("\" y=\"20\" class=\"col-head\">").Append(E(Clip(b, 16))).Append("</text>");
        h.Append("<text x=\"").Append(D(vX + (colW / 2))).Append("\" y=\"20\" class=\"col-head\">verdict</text>\n");
        var y = header;
        foreach (var group in groups)
        {
            h.Append("<text x=\"").Append(D(itemX)).Append("\" y=\"").Append(I(y + 14)).Append("\" class=\"group\">").Append(E(MarkdownReport.Humanize(group.Key.ToString()))).Append("</text>\n");
            y += rowHeight;
            foreach (var c in group)
            {
                h.Append("<text x=\"").Append(D(itemX + 12)).Append("\" y=\"").Append(I(y + 14)).Append("\">").Append(E(Clip(c.Item, 44))).Append("</text>");
                Side(h, aX, y, colW, rowHeight, c.StateA, c.ValueA, a, c.EvidenceA);
                Side(h, bX, y, colW, rowHeight, c.StateB, c.ValueB, b, c.EvidenceB);
                var v = c.Verdict switch { CellVerdict.Same => "same", CellVerdict.Differ => "differ", _ => "not comparable" };
                h.Append("<rect x=\"").Append(D(vX)).Append("\" y=\"").Append(I(y + 1)).Append("\" width=\"").Append(D(colW)).Append("\" height=\"").Append(I(rowHeight - 2)).Append("\" class=\"v-").Append(v.Replace(' ', '-')).Append("\"><title>")
                    .Append(E($"{c.Item}: {v}")).Append("</title></rect>");
                h.Append("<text x=\"").Append(D(vX + (colW / 2))).Append("\" y=\"").Append(I(y + 14)).Append("\" class=\"in-cell\">").Append(v).Append("</text>\n");
                y += rowHeight;
            }
        }

        h.Append("</svg>\n</section>\n");
    }

    private static void Side(StringBuilder h, double x, int y, double w, int rowHeight, SideState state, string value, string market, ImmutableArray<string> evidence)
    {
        var (css, text) = state switch
        {
            SideState.Present => ("s-present", value.Length > 0 ? value : "yes"),
            SideState.AbsentWithEvidence => ("s-absent", "no"),
            _ => ("s-unknown", "not assessed"),
        };
        var tip = $"{market}: {text}{(evidence.IsEmpty ? string.Empty : " (" + string.Join(", ", evidence) + ")")}";
        h.Append("<rect x=\"").Append(D(x)).Append("\" y=\"").Append(I(y + 1)).Append("\" width=\"").Append(D(w)).Append("\" height=\"").Append(I(rowHeight - 2)).Append("\" class=\"").Append(css).Append("\"><title>").Append(E(tip)).Append("</title></rect>");
        h.Append("<text x=\"").Append(D(x + (w / 2))).Append("\" y=\"").Append(I(y + 14)).Append("\" class=\"in-cell\">").Append(E(Clip(text, 14))).Append("</text>");
    }

    // ---------- findings and scenarios ----------
    private static void FindingsSection(StringBuilder h, CaseAnalysis analysis)
    {
        h.Append("<section id=\"findings\">\n<h2>Findings</h2>\n<h3>Across frameworks</h3>\n");
        Findings(h, analysis.Findings);
        foreach (var m in analysis.Markets)
        {
            h.Append("<details>\n<summary>").Append(E($"{m.MarketName}: {MarkdownReport.Count(m.Findings.Length, "finding")} of the frameworks against the firm's choices")).Append("</summary>\n");
            Findings(h, m.Findings);
            h.Append("</details>\n");
        }

        h.Append("</section>\n");
    }

    private static void Findings(StringBuilder h, ImmutableArray<Finding> findings)
    {
        if (findings.IsEmpty)
        {
            h.Append("<p class=\"muted\">No findings.</p>\n");
            return;
        }

        h.Append("<ul class=\"findings\">\n");
        foreach (var f in findings)
        {
            h.Append("<li><span class=\"outcome o-").Append(f.Outcome.ToString().ToLowerInvariant()).Append("\">").Append(E(MarkdownReport.Humanize(f.Outcome.ToString()))).Append("</span> ")
                .Append(E(f.Sentence)).Append(" <small><code>").Append(E(f.RuleId)).Append("</code>");
            if (f.Source.Length > 0)
            {
                h.Append("; ").Append(E(f.Source));
            }

            h.Append("</small></li>\n");
        }

        h.Append("</ul>\n");
    }

    private static void Scenarios(StringBuilder h, IReadOnlyList<ScenarioComparison> scenarios)
    {
        h.Append("<section id=\"scenarios\">\n<h2>Scenarios</h2>\n");
        foreach (var s in scenarios)
        {
            h.Append("<h3>").Append(E(s.Scenario.Name)).Append("</h3>\n");
            if (s.Scenario.Description.Length > 0)
            {
                h.Append("<p>").Append(E(s.Scenario.Description)).Append("</p>\n");
            }

            if (s.Changes.IsEmpty)
            {
                h.Append("<p class=\"muted\">No verdict changes.</p>\n");
                continue;
            }

            h.Append("<table>\n<thead><tr><th>market</th><th>verdict</th><th>as rated</th><th>under the scenario</th></tr></thead>\n<tbody>\n");
            foreach (var c in s.Changes)
            {
                h.Append("<tr><td>").Append(E(c.Market ?? "(firm)")).Append("</td><td>").Append(E(c.Verdict)).Append("</td><td>").Append(E(MarkdownReport.Humanize(c.Base)))
                    .Append("</td><td>").Append(E(MarkdownReport.Humanize(c.Scenario))).Append("</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
        }

        h.Append("</section>\n");
    }

    // ---------- helpers ----------
    private static void Open(StringBuilder h, string id, string title, int height, string description, int width = Width) =>
        h.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"").Append(id).Append("\" viewBox=\"0 0 ").Append(I(width)).Append(' ').Append(I(height))
            .Append("\" width=\"").Append(I(width)).Append("\" height=\"").Append(I(height)).Append("\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\">\n")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(E(title)).Append("</title>\n<desc id=\"").Append(id).Append("-desc\">").Append(E(description)).Append("</desc>\n");

    private static VerdictRange? Find(ImmutableArray<VerdictRange> verdicts, string name) => verdicts.FirstOrDefault(v => v.Verdict == name);

    /// <summary>A verdict in plain words: its value, or the values its branches can take.</summary>
    private static string VerdictText(VerdictRange? v) => v switch
    {
        null => "not assessed",
        { Value: { } value } => MarkdownReport.Humanize(value),
        _ => "undetermined: " + string.Join(" or ", v.Branches.Select(b => MarkdownReport.Humanize(b.Value)).Distinct()) +
            (v.DecidingInputs.IsEmpty ? string.Empty : ", depending on " + string.Join(", ", v.DecidingInputs)),
    };

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "\u2026";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string D(double x) => Math.Round(x, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private const string Css = """
        body { margin: 0; background: #f7f7f5; color: #1a202c; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 820px; margin: 0 auto; padding: 24px 20px 48px; background: #fff; }
        h1 { font-size: 1.6em; margin: 0 0 .3em; }
        h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 1px solid #e2e8f0; padding-bottom: .2em; }
        h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
        .lead, .muted { color: #4a5568; }
        ul.verdicts { padding-left: 1.2em; margin: .2em 0; }
        svg { display: block; max-width: 100%; height: auto; margin: 10px 0; font-size: 12px; }
        svg text { fill: #1a202c; }
        .grids { display: flex; flex-wrap: wrap; gap: 8px 20px; }
        figure { margin: 0; flex: 1 1 360px; }
        figcaption { font-size: .85em; color: #4a5568; }
        ol.key { font-size: .85em; margin: .3em 0 0; padding-left: 1.4em; list-style: none; }
        .axis, .tick { stroke: #4a5568; stroke-width: 1.5; }
        .tick-label, .axis-label, .cell-label, .col-head, .in-cell, .mark text { text-anchor: middle; }
        .tick-label, .cell-label { fill: #4a5568; }
        .axis-label { font-weight: 600; }
        .presence { fill: #bee3f8; }
        .leader { stroke: #a0aec0; stroke-dasharray: 2 2; }
        .ev-entered { fill: #2b6cb0; } .ev-stakeincreased { fill: #2f855a; } .ev-stakereduced { fill: #dd6b20; }
        .ev-ended { fill: #c53030; } .ev-stakeinbuyer { fill: #6b46c1; }
        .cell { fill: #f7fafc; stroke: #a0aec0; }
        .mark circle { fill: #2b6cb0; } .mark text { fill: #fff; font-weight: 700; }
        .maybe circle { fill: #fff; stroke: #2b6cb0; stroke-width: 2; stroke-dasharray: 3 2; } .maybe text { fill: #2b6cb0; }
        .group { font-weight: 700; }
        .col-head { font-weight: 600; }
        .s-present { fill: #bee3f8; } .s-absent { fill: #edf2f7; } .s-unknown { fill: #fff; stroke: #cbd5e0; stroke-dasharray: 3 2; }
        .v-same { fill: #c6f6d5; } .v-differ { fill: #feebc8; } .v-not-comparable { fill: #edf2f7; }
        ul.findings { padding-left: 1.2em; }
        ul.findings li { margin: .3em 0; }
        .outcome { display: inline-block; min-width: 4.5em; padding: 0 .4em; border-radius: 3px; background: #edf2f7; font-size: .8em; font-weight: 600; text-align: center; }
        .o-met { background: #c6f6d5; } .o-notmet { background: #fed7d7; }
        small { color: #4a5568; }
        details { margin: .6em 0; } summary { cursor: pointer; font-weight: 600; }
        table { border-collapse: collapse; font-size: .9em; } th, td { border: 1px solid #e2e8f0; padding: 2px 8px; text-align: left; }

        """;
}
