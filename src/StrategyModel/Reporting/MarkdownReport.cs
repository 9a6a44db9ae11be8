using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using StrategyModel.Analysis;
using StrategyModel.Assessments;
using StrategyModel.Sensitivity;

namespace StrategyModel.Reporting;

/// <summary>Renders a <see cref="CaseAnalysis"/> (and optionally a <see cref="MarketComparison"/>) as Markdown.</summary>
/// <remarks>
/// The output is deterministic: the same analysis gives the same text, byte for byte, under any culture; lines end with <c>\n</c>.
/// Every verdict is followed by the findings that explain it and every input by its source and evidence ids.
/// </remarks>
public static partial class MarkdownReport
{
    /// <summary>Renders the analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="comparison">A comparison of two of its markets to append, or <see langword="null"/>.</param>
    /// <param name="robustness">The robustness of the analysis's verdicts (<see cref="RobustnessAnalyzer"/>), or <see langword="null"/>:
    /// when given, a robustness table follows each table of verdicts.</param>
    /// <param name="scenarios">Scenario comparisons to append as their own section, or <see langword="null"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(CaseAnalysis analysis, MarketComparison? comparison = null, RobustnessReport? robustness = null, IReadOnlyList<ScenarioComparison>? scenarios = null)
    {
        ModelGuard.Report(analysis, comparison, robustness, scenarios);
        var w = new Writer();
        w.L($"# {analysis.CaseTitle}");
        w.Line();
        w.L($"Case `{analysis.CaseId}`, firm {analysis.FirmName} (`{analysis.FirmId}`), as of {analysis.AsOfYear}: facts and entries dated later are left out.");
        w.Line();

        w.Line("## Findings across frameworks");
        w.Line();
        Findings(w, analysis.Findings);

        Table(
            w,
            "## Cross-border platform models",
            analysis.PlatformModels,
            ["model", "parties", "transaction features", "transaction processes", "platforms"],
            row => $"| {row.Model} | {row.Parties} | {Cell(string.Join("; ", row.Features))} | {Cell(string.Join("; ", row.Flows))} | {Cell(string.Join("; ", row.Platforms))} |");

        w.Line("## Drivers of internationalization");
        w.Line();
        w.Line(analysis.Drivers.Summary);
        w.Line();
        w.Line("The rating column is the analyst's rating against the driver rubric; an unrated driver is not assessed. The evidence volume counts the available facts on the driver's topics: an indicator of how much the sources say, never a strength.");
        w.Line();
        w.Header("category", "driver", "rating", "present", "evidence volume (facts)");
        foreach (var d in analysis.Drivers.Drivers)
        {
            var facts = analysis.DriverEvidence.First(e => e.Kind == d.Kind).Facts;
            var rated = analysis.Inputs.FirstOrDefault(i => i.Framework == "drivers" && i.Name == RuleIds.Kebab(d.Kind.ToString()));
            var rating = rated is { Source: InputSource.AnalystAssessment } ? d.Strength.Value.ToString() : "not rated";
            w.L($"| {d.Category} | {Cell(d.Label)} | {rating} | {(rated is { Source: InputSource.AnalystAssessment } ? (d.Present ? "yes" : "no") : "not assessed")} | {facts.Length} |");
        }

        w.Line();
        Table(w, "## Firm-level verdicts", analysis.Verdicts, ["verdict", "value", "deciding inputs"], v => $"| {v.Verdict} | {Cell(Verdict(v))} | {string.Join(", ", v.DecidingInputs)} |");
        if (robustness is not null)
        {
            Robustness(w, "## Robustness of the firm-level verdicts", robustness.For(null));
        }

        if (analysis.BornGlobal is { } born)
        {
            Assessment(w, "## Born global", born, null);
        }

        Table(w, "## VRIO", analysis.Vrio, ["resource", "implication", "summary"], v => $"| {v.Resource} | {v.Implication} | {Cell(v.Summary)} |");

        foreach (var m in analysis.Markets)
        {
            Market(w, m, robustness);
        }

        if (comparison is not null)
        {
            Comparison(w, analysis, comparison);
        }

        if (scenarios is not null)
        {
            Scenarios(w, scenarios);
        }

        Inputs(w, "Firm-level inputs", analysis.Inputs);
        return w.ToString();
    }

    private static void Market(Writer w, MarketAnalysis m, RobustnessReport? robustness)
    {
        w.L($"## Market: {m.MarketName}");
        w.Line();
        w.Header("verdict", "value", "deciding inputs (undetermined)");
        foreach (var v in m.Verdicts)
        {
            w.L($"| {v.Verdict} | {Cell(Verdict(v))} | {string.Join(", ", v.DecidingInputs)} |");
        }

        w.Line();
        if (robustness is not null)
        {
            Robustness(w, "### Robustness", robustness.For(m.MarketId));
        }
        w.Line("### Ownership history");
        w.Line();
        if (m.History.Length == 0)
        {
            w.Line("No entry of the firm's own recorded as of this year.");
        }
        else
        {
            w.Header("date", "event", "mode", "stake", "detail", "evidence");
            foreach (var e in m.History)
            {
                w.L($"| {e.Date} | {e.Kind} | {e.Mode} | {(e.StakePercent is { } s ? s.ToString(CultureInfo.InvariantCulture) + "%" : string.Empty)} | {Cell(e.Detail)} | {Ids(e.Evidence)} |");
            }

            w.Line();
            if (m.Exit is { } exit)
            {
                w.L($"The firm has exited the market: its last operation ended in {exit.Date} ({exit.Kind}).");
            }
            else
            {
                w.L($"Mode in force: **{m.CurrentMode}**.");
            }
        }

        w.Line();
        Assessment(w, "### OLI (route of serving the market)", m.Oli, m.GetVerdict("oli.route"));
        Assessment(w, "### Transaction costs (degree of control)", m.TransactionCosts, m.GetVerdict("transaction-costs.control"));
        w.Line("### Entry modes, ranked");
        w.Line();
        if (m.EntryModes is { } modes)
        {
            w.Line(modes.Summary);
            w.Line();
            foreach (var c in modes.Candidates.Take(5))
            {
                w.L($"{c.Rank}. {c.Mode}: {string.Join(" ", c.Reasons)}");
            }
        }
        else
        {
            w.Line(Cell(Verdict(m.GetVerdict("entry-modes.best"))));
        }

        w.Line();
        Assessment(w, "### Uppsala (establishment chain)", m.Uppsala, null);
        Assessment(w, "### Network model", m.Network, m.GetVerdict("network-model.situation"));
        Assessment(w, "### Porter's generic strategies", m.GenericStrategy, m.GetVerdict("generic-strategies.strategy"));
        Table(
            w,
            "### Partners, supporting arrangements and investees",
            m.Partners,
            ["partner", "relationship", "functions", "since", "evidence"],
            p => $"| {Cell(p.Name)} | {p.Kind} | {string.Join(", ", p.Functions)} | {p.Year} | {Ids(p.Evidence)} |");
        Table(
            w,
            "### Factors and strategy elements shown by the evidence",
            m.Factors,
            ["row", "topic", "shown", "evidence"],
            f => $"| {f.Row} | {RuleIds.Kebab(f.Topic.ToString())} | {(f.Present ? "present" : "absent")} | {Ids(f.Evidence)} |");
        DistanceAndInstitutions(w, m);

        w.Line("### Frameworks against the firm's choices");
        w.Line();
        Findings(w, m.Findings);
        Inputs(w, $"Inputs for {m.MarketName}", m.Inputs);
    }

    /// <summary>A verdict as text: its value, or each branch with the input values that lead to it.</summary>
    internal static string Verdict(VerdictRange v) => v.Value ?? "undetermined: " + string.Join(
        "; ",
        v.Branches.Select(b => b.Value + (b.When.Length > 0 ? " when " + string.Join(" and ", b.When.Select(c => c.ToString())) : string.Empty)));

    private static void Comparison(Writer w, CaseAnalysis analysis, MarketComparison comparison)
    {
        var a = analysis.GetMarket(comparison.MarketA).MarketName;
        var b = analysis.GetMarket(comparison.MarketB).MarketName;
        w.L($"## Comparison: {a} and {b}");
        w.Line();
        w.Header("row", "item", a, b, "verdict");
        foreach (var c in comparison.Cells)
        {
            w.L($"| {c.Row} | {c.Item} | {Side(c.StateA, c.ValueA, c.EvidenceA)} | {Side(c.StateB, c.ValueB, c.EvidenceB)} | {c.Verdict} |");
        }

        w.Line();

        static string Side(SideState state, string value, ImmutableArray<string> evidence) => state switch
        {
            SideState.Present => Cell((value.Length > 0 ? value + " " : "yes ") + "(" + string.Join(", ", evidence) + ")"),
            SideState.AbsentWithEvidence => "no (" + (evidence.Length > 0 ? string.Join(", ", evidence) : "recorded history") + ")",
            _ => "not assessed",
        };
    }

    private static void Assessment(Writer w, string heading, IAssessment? assessment, VerdictRange? range)
    {
        w.Line(heading);
        w.Line();
        if (assessment is null)
        {
            w.Line(Cell(range is null ? "Not assessed." : "Undetermined: no rating decides " + string.Join(", ", range.DecidingInputs) + ". " + Verdict(range) + "."));
            w.Line();
            return;
        }

        w.Line(assessment.Summary);
        if (range is { UndeterminedInputs.Length: > 0 })
        {
            w.Line();
            w.Line(Cell("The verdict holds for every value of the undetermined inputs: " + string.Join(", ", range.UndeterminedInputs) + "."));
        }

        w.Line();
        Findings(w, assessment.Findings);
    }

    // Robustness (issue 14): one row per verdict; the flips listed are the single steps and the threshold settings (pairs are counted).
    private static void Robustness(Writer w, string heading, ImmutableArray<VerdictRobustness> lines) => Table(
        w,
        heading,
        lines,
        ["verdict", "value", "robustness", "kept", "deciding inputs", "one-step flips", "threshold flips", "pair flips"],
        r => $"| {r.Verdict} | {Cell(r.Value)} | {r.Robustness:0.000} | {r.Kept}/{r.Perturbations} | {string.Join(", ", r.DecidingInputs)} | {Cell(string.Join("; ", r.Flips.Where(f => f.Kind == PerturbationKind.SingleStep)))} | {Cell(string.Join("; ", r.Flips.Where(f => f.Kind == PerturbationKind.Threshold)))} | {r.Flips.Count(f => f.Kind == PerturbationKind.PairOfSteps)}/{r.PairSteps} |");

    // Scenario comparisons (issue 14): each scenario's overrides and the verdicts it changes against the case as rated.
    private static void Scenarios(Writer w, IReadOnlyList<ScenarioComparison> scenarios)
    {
        w.Line("## Scenarios");
        w.Line();
        w.Line("Each scenario applies its overrides to the case without editing it; the table lists the verdicts that change against the case as rated.");
        w.Line();
        foreach (var s in scenarios)
        {
            w.L($"### Scenario: {s.Scenario.Name}");
            w.Line();
            if (s.Scenario.Description.Length > 0)
            {
                w.Line(Cell(s.Scenario.Description));
                w.Line();
            }

            w.Line("Overrides: " + string.Join("; ", s.Scenario.Overrides.Select(o => Cell(o.ToString()))) + ".");
            w.Line();
            if (s.Changes.IsEmpty)
            {
                w.Line("No verdict changes.");
                w.Line();
                continue;
            }

            w.Header("market", "verdict", "as rated", "under the scenario");
            foreach (var c in s.Changes)
            {
                w.L($"| {c.Market ?? "(firm)"} | {c.Verdict} | {Cell(c.Base)} | {Cell(c.Scenario)} |");
            }

            w.Line();
        }
    }

    private static void Findings(Writer w, ImmutableArray<Finding> findings)
    {
        foreach (var f in findings)
        {
            var detail = new List<string>();
            if (f.Inputs.Length > 0)
            {
                detail.Add("inputs: " + string.Join(", ", f.Inputs.Select(i => i.Name + "=" + i.Value)));
            }

            if (f.Thresholds.Length > 0)
            {
                detail.Add("thresholds: " + string.Join(", ", f.Thresholds.Select(t => t.Option + "=" + t.Value)));
            }

            var evidence = f.Evidence;
            if (evidence.Length > 0)
            {
                detail.Add("evidence: " + string.Join(", ", evidence));
            }

            if (f.Source.Length > 0)
            {
                detail.Add("source: " + f.Source);
            }

            w.L($"- `{f.RuleId}` **{f.Outcome}**: {f.Sentence}{(detail.Count > 0 ? " (" + string.Join("; ", detail) + ")" : string.Empty)}");
        }

        w.Line();
    }

    private static void Inputs(Writer w, string title, ImmutableArray<AnalysisInput> inputs) => Table(
        w,
        "### " + title,
        inputs,
        ["framework", "input", "value", "source", "rubric", "confidence", "evidence", "counter-evidence", "rule"],
        i => $"| {i.Framework} | {i.Name} | {Cell(i.Value)} | {i.Source}{(i.IsCircular ? " (circular)" : string.Empty)} | {i.Rubric} | {(i.Confidence == Evidence.Confidence.Unspecified ? string.Empty : i.Confidence.ToString())} | {Ids(i.Evidence)} | {Ids(i.CounterEvidence)} | {Cell(i.Rule)} |");

    // A section left out when it has no rows: its heading, a table of one line per row, a blank line.
    private static void Table<T>(Writer w, string heading, ImmutableArray<T> rows, string[] columns, Func<T, FormattableString> row)
    {
        if (rows.Length == 0)
        {
            return;
        }

        w.Line(heading);
        w.Line();
        w.Header(columns);
        foreach (var r in rows)
        {
            w.L(row(r));
        }

        w.Line();
    }

    private static string Ids(ImmutableArray<string> ids) => string.Join(", ", ids);

    private static string Cell(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    private sealed class Writer
    {
        private readonly StringBuilder sb = new();

        public void Line(string text = "") => sb.Append(text).Append('\n');

        public void Header(params string[] columns)
        {
            Line("| " + string.Join(" | ", columns) + " |");
            Line("|" + string.Concat(Enumerable.Repeat("---|", columns.Length)));
        }

        public void L(FormattableString text) => Line(text.ToString(CultureInfo.InvariantCulture));

        public override string ToString() => sb.ToString();
    }
}
