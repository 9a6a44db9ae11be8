using StrategyModel.Analysis;
using StrategyModel.Sensitivity;

namespace StrategyModel.Reporting;

// One part of the report on its own (the command-line tool's compare, robustness and scenario commands), written by the same
// section writers as the full report, so the columns and wording cannot drift apart.
public static partial class MarkdownReport
{
    /// <summary>Renders only the comparison of two markets: the comparison section of <see cref="Render"/>, under a title, with its
    /// evidence notes.</summary>
    /// <param name="analysis">The analysis the comparison was taken from.</param>
    /// <param name="comparison">The comparison (<see cref="CaseAnalyzer.Compare"/>).</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument holds a null where the model needs a value, or <paramref name="comparison"/> was
    /// taken from another analysis.</exception>
    public static string RenderComparison(CaseAnalysis analysis, MarketComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ModelGuard.Report(analysis, comparison, null, null);
        ReportArguments.EnsureComparisonBelongs(analysis, comparison);
        var w = new Writer();
        Title(w, analysis, "comparison");
        Comparison(w, analysis, comparison);
        EvidenceNotes(w, analysis);
        return w.ToString();
    }

    /// <summary>Renders only the robustness of every verdict: the firm-level verdicts, then each market's, in the robustness
    /// tables of <see cref="Render"/>.</summary>
    /// <param name="robustness">The robustness report (<see cref="RobustnessAnalyzer.Analyze(Cases.Case, int)"/>).</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="robustness"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="robustness"/> holds a null where the model needs a value.</exception>
    public static string RenderRobustness(RobustnessReport robustness)
    {
        ModelGuard.Model(robustness, remember: true);
        var analysis = robustness.Analysis;
        var w = new Writer();
        Title(w, analysis, "robustness of the verdicts");
        w.Line("Robustness is the share of perturbations (each rated input one step up and down, every pair of steps, each threshold at its other settings) that keep the verdict; the flips listed are the single steps and threshold settings that change it.");
        w.Line();
        Robustness(w, "## Firm-level verdicts", robustness.For(null));
        foreach (var m in analysis.Markets)
        {
            Robustness(w, "## Market: " + EscapeInline(m.MarketName), robustness.For(m.MarketId));
        }

        return w.ToString();
    }

    /// <summary>Renders only what each scenario changes: the scenario section of <see cref="Render"/>, under a title.</summary>
    /// <param name="analysis">The analysis of the case as rated.</param>
    /// <param name="scenarios">The scenario comparisons (<see cref="RobustnessAnalyzer.Compare(Cases.Case, int, Scenario)"/>), in order.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument holds a null where the model needs a value.</exception>
    public static string RenderScenarios(CaseAnalysis analysis, IReadOnlyList<ScenarioComparison> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ModelGuard.Report(analysis, null, null, scenarios);
        var w = new Writer();
        Title(w, analysis, "scenarios");
        Scenarios(w, analysis, scenarios);
        return w.ToString();
    }

    private static void Title(Writer w, CaseAnalysis analysis, string part)
    {
        w.Line("# " + EscapeInline(analysis.CaseTitle) + ": " + part);
        w.Line();
        w.L($"Case {Code(analysis.CaseId)}, firm {EscapeInline(analysis.FirmName)} ({Code(analysis.FirmId)}), as of {analysis.AsOfYear}.");
        w.Line();
    }
}
