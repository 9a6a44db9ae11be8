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
/// It opens with a verdict summary per market in plain words; the detail follows, every verdict with the findings (rule ids, inputs,
/// thresholds) that explain it. Evidence ids are kept out of sentences: each statement or table row cites a numbered note
/// (<c>[E1]</c>), and the notes close the report, followed by the quotes behind the fact statements that tables show. Every user string
/// (case title, names, fact statements and quotes, scenario names) is escaped for where it stands: table cell, heading or paragraph.
/// </remarks>
public static partial class MarkdownReport
{
    /// <summary>Renders the analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="comparison">A comparison of two of its markets to append, or <see langword="null"/>; it must have been taken from
    /// <paramref name="analysis"/> (<see cref="ICaseAnalyzer.Compare"/>).</param>
    /// <param name="robustness">The robustness of the analysis's verdicts (<see cref="RobustnessAnalyzer"/>), or <see langword="null"/>:
    /// when given, the summary says how robust each market's verdicts are and a robustness table follows each table of verdicts.</param>
    /// <param name="scenarios">Scenario comparisons to append as their own section, or <see langword="null"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="comparison"/> was taken from another analysis (another case, firm or year,
    /// or other cells).</exception>
    public static string Render(CaseAnalysis analysis, MarketComparison? comparison = null, RobustnessReport? robustness = null, IReadOnlyList<ScenarioComparison>? scenarios = null)
    {
        ModelGuard.Report(analysis, comparison, robustness, scenarios);
        ReportArguments.EnsureComparisonBelongs(analysis, comparison);
        var w = new Writer();
        w.Line("# " + EscapeInline(analysis.CaseTitle));
        w.Line();
        w.L($"Case {Code(analysis.CaseId)}, firm {EscapeInline(analysis.FirmName)} ({Code(analysis.FirmId)}), as of {analysis.AsOfYear}: facts and entries dated later are left out.");
        w.Line();

        Summary(w, analysis, robustness);

        w.Line("## Findings across frameworks");
        w.Line();
        Findings(w, analysis.Findings);

        PlatformModels(w, analysis);

        w.Line("## Drivers of internationalization");
        w.Line();
        w.Line(EscapeInline(HumanizeText(analysis.Drivers.Summary)));
        w.Line();
        w.Line("The rating column is the analyst's rating against the driver rubric; an unrated driver is not assessed. The evidence volume counts the available facts on the driver's topics: an indicator of how much the sources say, never a strength.");
        w.Line();
        w.Header("category", "driver", "rating", "present", "evidence volume (facts)");
        foreach (var d in analysis.Drivers.Drivers)
        {
            var facts = analysis.DriverEvidence.FirstOrDefault(e => e.Kind == d.Kind)?.Facts ?? [];
            var rated = analysis.Inputs.FirstOrDefault(i => i.Framework == "drivers" && i.Name == RuleIds.Kebab(d.Kind.ToString()));
            var rating = rated is { Source: InputSource.AnalystAssessment } ? Humanize(d.Strength.Value) : "not rated";
            w.L($"| {Humanize(d.Category)} | {EscapeCell(d.Label)} | {rating} | {(rated is { Source: InputSource.AnalystAssessment } ? (d.Present ? "yes" : "no") : "not assessed")} | {facts.Length} |");
        }

        w.Line();
        Table(w, "## Firm-level verdicts", analysis.Verdicts, ["verdict", "value", "deciding inputs"], v => $"| {v.Verdict} | {EscapeCell(Verdict(v))} | {string.Join(", ", v.DecidingInputs)} |");
        if (robustness is not null)
        {
            Robustness(w, "## Robustness of the firm-level verdicts", robustness.For(null));
        }

        if (analysis.BornGlobal is { } born)
        {
            Assessment(w, "## Born global", born, null);
        }

        Table(w, "## VRIO", analysis.Vrio, ["resource", "market", "implication", "summary"], v => $"| {Humanize(v.Resource)} | {(v.Market is { } vm ? EscapeCell(MarketName(analysis, vm)) : "all")} | {Humanize(v.Implication)} | {EscapeCell(HumanizeText(v.Summary))} |");

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
            Scenarios(w, analysis, scenarios);
        }

        Inputs(w, "Firm-level inputs", analysis.Inputs);
        EvidenceNotes(w, analysis);
        return w.ToString();
    }

    private static void PlatformModels(Writer w, CaseAnalysis analysis)
    {
        // Tables show each fact's statement; the quote it paraphrases stays with the fact in the evidence notes.
        var facts = FactsById(analysis);
        Table(
            w,
            "## Cross-border platform models",
            analysis.PlatformModels,
            ["model", "parties", "transaction features", "transaction processes", "platforms", "evidence"],
            row =>
            {
                var cited = row.Evidence.Select(id => facts.GetValueOrDefault(id)).OfType<Evidence.Fact>().Where(f => f.PlatformModel == row.Model).ToList();
                var features = cited.Where(f => f.Topic == Evidence.FactTopic.PlatformFeatures).Select(w.Statement).ToList();
                var flows = cited.Where(f => f.Topic == Evidence.FactTopic.PlatformFlow).Select(w.Statement).ToList();
                return $"| {row.Model} | {EscapeCell(row.Parties)} | {EscapeCell(string.Join("; ", features.Count > 0 ? features : row.Features))} | {EscapeCell(string.Join("; ", flows.Count > 0 ? flows : row.Flows))} | {EscapeCell(string.Join("; ", row.Platforms))} | {w.Note(row.Evidence)} |";
            });
    }

    private static void Market(Writer w, MarketAnalysis m, RobustnessReport? robustness)
    {
        w.Line("## Market: " + EscapeInline(m.MarketName));
        w.Line();
        w.Header("verdict", "value", "deciding inputs (undetermined)");
        foreach (var v in m.Verdicts)
        {
            w.L($"| {v.Verdict} | {EscapeCell(Verdict(v))} | {string.Join(", ", v.DecidingInputs)} |");
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
                w.L($"| {EscapeCell(e.Date.ToString())} | {Humanize(e.Kind)} | {Humanize(e.Mode)} | {(e.StakePercent is { } s ? s.ToString(CultureInfo.InvariantCulture) + "%" : string.Empty)} | {EscapeCell(e.Detail)} | {w.Note(e.Evidence)} |");
            }

            w.Line();
            if (m.Exit is { } exit)
            {
                w.L($"The firm has exited the market: its last operation ended in {EscapeInline(exit.Date.ToString())} ({Humanize(exit.Kind)}).");
            }
            else if (m.CurrentMode is { } mode)
            {
                w.L($"Mode in force: **{Humanize(mode)}**.");
            }
        }

        w.Line();
        Assessment(w, "### OLI (route of serving the market)", m.Oli, m.GetVerdict("oli.route"));
        Assessment(w, "### Transaction costs (degree of control)", m.TransactionCosts, m.GetVerdict("transaction-costs.control"));
        w.Line("### Entry modes, ranked");
        w.Line();
        if (m.EntryModes is { } modes)
        {
            w.Line(EscapeInline(HumanizeText(modes.Summary)));
            w.Line();
            foreach (var c in modes.Candidates.Take(5))
            {
                w.L($"{c.Rank}. {Humanize(c.Mode)}: {EscapeInline(HumanizeText(string.Join(" ", c.Reasons)))}");
            }
        }
        else
        {
            w.Line(EscapeInline(Verdict(m.GetVerdict("entry-modes.best"))));
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
            p => $"| {EscapeCell(p.Name)} | {Humanize(p.Kind)} | {string.Join(", ", p.Functions.Select(Humanize))} | {p.Year} | {w.Note(p.Evidence)} |");
        Table(
            w,
            "### Factors and strategy elements shown by the evidence",
            m.Factors,
            ["row", "topic", "shown", "evidence"],
            f => $"| {Humanize(f.Row)} | {Humanize(f.Topic)} | {(f.Present ? "present" : "absent")} | {w.Note(f.Evidence)} |");
        DistanceAndInstitutions(w, m);

        w.Line("### Frameworks against the firm's choices");
        w.Line();
        Findings(w, m.Findings);
        Inputs(w, "Inputs for " + EscapeInline(m.MarketName), m.Inputs);
    }

    /// <summary>A verdict as text: its value in words, or each branch with the input values that lead to it.</summary>
    internal static string Verdict(VerdictRange v) => v.Value is { } value ? Humanize(value) : "undetermined: " + string.Join(
        "; ",
        v.Branches.Select(b => Humanize(b.Value) + (b.When.Length > 0 ? " when " + string.Join(" and ", b.When.Select(c => c.ToString())) : string.Empty)));

    private static void Comparison(Writer w, CaseAnalysis analysis, MarketComparison comparison)
    {
        var a = EscapeCell(analysis.GetMarket(comparison.MarketA).MarketName);
        var b = EscapeCell(analysis.GetMarket(comparison.MarketB).MarketName);
        w.Line($"## Comparison: {a} and {b}");
        w.Line();
        w.Line("Each row asks whether an item holds in each market. A partner-function row compares whether each market has a partner with that function, not who the partners are: the cells name them, and two markets with different partners of the same function are the same on that row.");
        w.Line();
        w.Header("row", "item", a, b, "verdict");
        foreach (var c in comparison.Cells)
        {
            w.L($"| {Humanize(c.Row)} | {EscapeCell(c.Item)} | {Side(w, c.StateA, c.ValueA, c.EvidenceA)} | {Side(w, c.StateB, c.ValueB, c.EvidenceB)} | {Humanize(c.Verdict)} |");
        }

        w.Line();

        static string Side(Writer w, SideState state, string value, ImmutableArray<string> evidence) => state switch
        {
            SideState.Present => EscapeCell(value.Length > 0 ? Humanize(value) : "yes") + (evidence.Length > 0 ? " " + w.Note(evidence) : string.Empty),
            SideState.AbsentWithEvidence => "no" + (evidence.Length > 0 ? " " + w.Note(evidence) : " (recorded history)"),
            _ => "not assessed",
        };
    }

    private static void Assessment(Writer w, string heading, IAssessment? assessment, VerdictRange? range)
    {
        w.Line(heading);
        w.Line();
        if (assessment is null)
        {
            w.Line(EscapeInline(range is null ? "Not assessed." : "Undetermined: no rating decides " + string.Join(", ", range.DecidingInputs) + ". " + Verdict(range) + "."));
            w.Line();
            return;
        }

        w.Line(EscapeInline(HumanizeText(assessment.Summary)));
        if (range is { UndeterminedInputs.Length: > 0 })
        {
            w.Line();
            w.Line(EscapeInline("The verdict holds for every value of the undetermined inputs: " + string.Join(", ", range.UndeterminedInputs) + "."));
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
        r => $"| {r.Verdict} | {EscapeCell(Humanize(r.Value))} | {r.Robustness:0.000} | {r.Kept}/{r.Perturbations} | {string.Join(", ", r.DecidingInputs)} | {EscapeCell(HumanizeText(string.Join("; ", r.Flips.Where(f => f.Kind == PerturbationKind.SingleStep))))} | {EscapeCell(HumanizeText(string.Join("; ", r.Flips.Where(f => f.Kind == PerturbationKind.Threshold))))} | {r.Flips.Count(f => f.Kind == PerturbationKind.PairOfSteps)}/{r.PairSteps} |");

    // Scenario comparisons (issue 14): each scenario's overrides and the verdicts it changes against the case as rated.
    private static void Scenarios(Writer w, CaseAnalysis analysis, IReadOnlyList<ScenarioComparison> scenarios)
    {
        w.Line("## Scenarios");
        w.Line();
        w.Line("Each scenario applies its overrides to the case without editing it; the table lists the verdicts that change against the case as rated.");
        w.Line();
        foreach (var s in scenarios)
        {
            w.Line("### Scenario: " + EscapeInline(s.Scenario.Name));
            w.Line();
            if (s.Scenario.Description.Length > 0)
            {
                w.Line(EscapeInline(s.Scenario.Description));
                w.Line();
            }

            w.Line("Overrides: " + string.Join("; ", s.Scenario.Overrides.Select(o => EscapeInline(o.ToString()))) + ".");
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
                w.L($"| {(c.Market is { } cm ? EscapeCell(MarketName(analysis, cm)) : "(firm)")} | {c.Verdict} | {EscapeCell(Humanize(c.Base))} | {EscapeCell(Humanize(c.Scenario))} |");
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

            if (f.Source.Length > 0)
            {
                detail.Add("source: " + f.Source);
            }

            var note = f.Evidence.Length > 0 ? " " + w.Note(f.Evidence) : string.Empty;
            w.Line($"- {Code(f.RuleId)} **{Humanize(f.Outcome)}**: {EscapeInline(HumanizeText(f.Sentence))}{(detail.Count > 0 ? " (" + EscapeInline(string.Join("; ", detail)) + ")" : string.Empty)}{note}");
        }

        w.Line();
    }

    private static void Inputs(Writer w, string title, ImmutableArray<AnalysisInput> inputs) => Table(
        w,
        "### " + title,
        inputs,
        ["framework", "input", "value", "source", "rubric", "confidence", "evidence", "counter-evidence", "rule"],
        i => $"| {i.Framework} | {EscapeCell(i.Name)} | {EscapeCell(i.Value)} | {Humanize(i.Source)}{(i.IsCircular ? " (circular)" : string.Empty)} | {EscapeCell(i.Rubric ?? string.Empty)} | {(i.Confidence == Evidence.Confidence.Unspecified ? string.Empty : Humanize(i.Confidence))} | {w.Note(i.Evidence)} | {w.Note(i.CounterEvidence)} | {EscapeCell(i.Rule)} |");

    // The numbered evidence notes, then the facts whose statements the tables show, each with the quotes of its sources.
    private static void EvidenceNotes(Writer w, CaseAnalysis analysis)
    {
        if (w.Notes.Count == 0)
        {
            return;
        }

        w.Line("## Evidence");
        w.Line();
        w.Line("Each note lists the ids of the facts and analyst assessments behind the statement or table row that cites it, such as [E1].");
        w.Line();
        for (var n = 0; n < w.Notes.Count; n++)
        {
            w.Line($"- E{(n + 1).ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", w.Notes[n].Select(EscapeInline))}");
        }

        w.Line();
        if (w.Stated.Count == 0)
        {
            return;
        }

        w.Line("### Quotes behind the statements in tables");
        w.Line();
        w.Line("Tables show each fact's statement; the quotes it rests on follow.");
        w.Line();
        foreach (var f in w.Stated)
        {
            var quotes = f.Citations.OrEmpty().Select(c => "\"" + EscapeInline(c.Quote) + "\" (" + EscapeInline(c.Document) + (c.Locator is { } at ? ", " + EscapeInline(at) : string.Empty) + ")");
            w.Line($"- {EscapeInline(f.Id)}: {EscapeInline(f.Statement)} Quoted: {string.Join("; ", quotes)}.");
        }

        w.Line();
    }

    private static Dictionary<string, Evidence.Fact> FactsById(CaseAnalysis analysis)
    {
        var map = new Dictionary<string, Evidence.Fact>(StringComparer.Ordinal);
        foreach (var f in analysis.Facts)
        {
            if (f?.Id is { } id)
            {
                map.TryAdd(id, f);
            }
        }

        return map;
    }

    private static string MarketName(CaseAnalysis analysis, string marketId) =>
        analysis.Markets.FirstOrDefault(m => m.MarketId == marketId)?.MarketName ?? marketId;

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

    private sealed class Writer
    {
        private readonly StringBuilder sb = new();
        private readonly Dictionary<string, int> noteNumbers = new(StringComparer.Ordinal);

        /// <summary>The evidence notes in order of first citation: note n (from 1) is <c>Notes[n - 1]</c>.</summary>
        public List<ImmutableArray<string>> Notes { get; } = [];

        /// <summary>The facts whose statements a table shows in place of their quotes, in order of first use.</summary>
        public List<Evidence.Fact> Stated { get; } = [];

        public void Line(string text = "") => sb.Append(text).Append('\n');

        /// <summary>A fact's statement for a table; the fact's quotes go to the evidence section.</summary>
        public string Statement(Evidence.Fact fact)
        {
            if (!Stated.Contains(fact))
            {
                Stated.Add(fact);
            }

            return fact.Statement;
        }

        public void Header(params string[] columns)
        {
            Line("| " + string.Join(" | ", columns) + " |");
            Line("|" + string.Concat(Enumerable.Repeat("---|", columns.Length)));
        }

        public void L(FormattableString text) => Line(text.ToString(CultureInfo.InvariantCulture));

        /// <summary>The note citing these evidence ids, as <c>[E3]</c> (the same ids give the same note), or empty when there are none.</summary>
        public string Note(ImmutableArray<string> ids)
        {
            if (ids.IsDefaultOrEmpty)
            {
                return string.Empty;
            }

            var key = string.Join("\n", ids);
            if (!noteNumbers.TryGetValue(key, out var n))
            {
                Notes.Add(ids);
                noteNumbers[key] = n = Notes.Count;
            }

            return "[E" + n.ToString(CultureInfo.InvariantCulture) + "]";
        }

        public override string ToString() => sb.ToString();
    }
}
