using System.Text.Json;
using StrategyModel.Analysis;
using StrategyModel.Sensitivity;

namespace StrategyModel.Reporting;

// One part of the report on its own (the command-line tool's compare, robustness and scenario commands): the report's header
// (reportVersion, caseId, firmId, asOfYear) and the same objects the full report holds, written by the same code.
public static partial class JsonReport
{
    /// <summary>Renders only the comparison of two markets: the report's header and its <c>marketA</c>, <c>marketB</c> and
    /// <c>cells</c>, as under <c>comparison</c> in <see cref="Render"/>.</summary>
    /// <param name="analysis">The analysis the comparison was taken from.</param>
    /// <param name="comparison">The comparison (<see cref="CaseAnalyzer.Compare"/>).</param>
    /// <returns>The indented JSON, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument holds a null where the model needs a value, or <paramref name="comparison"/> was
    /// taken from another analysis.</exception>
    public static string RenderComparison(CaseAnalysis analysis, MarketComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ModelGuard.Report(analysis, comparison, null, null);
        ReportArguments.EnsureComparisonBelongs(analysis, comparison);
        return Part(analysis, w => Comparison(w, comparison));
    }

    /// <summary>Renders only the robustness of every verdict: the report's header, the firm-level <c>robustness</c> array and, under
    /// <c>markets</c>, each market's id with its <c>robustness</c> array, as in <see cref="Render"/>.</summary>
    /// <param name="robustness">The robustness report (<see cref="RobustnessAnalyzer.Analyze(Cases.Case, int)"/>).</param>
    /// <returns>The indented JSON, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="robustness"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="robustness"/> holds a null where the model needs a value.</exception>
    public static string RenderRobustness(RobustnessReport robustness)
    {
        ModelGuard.Model(robustness, remember: true);
        return Part(robustness.Analysis, w =>
        {
            Robustness(w, robustness.For(null));
            w.WriteStartArray("markets");
            foreach (var m in robustness.Analysis.Markets)
            {
                w.WriteStartObject();
                w.WriteString("marketId", m.MarketId);
                w.WriteString("marketName", m.MarketName);
                Robustness(w, robustness.For(m.MarketId));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Renders only what each scenario changes: the report's header and its <c>scenarios</c> array, as in
    /// <see cref="Render"/>.</summary>
    /// <param name="analysis">The analysis of the case as rated.</param>
    /// <param name="scenarios">The scenario comparisons (<see cref="RobustnessAnalyzer.Compare(Cases.Case, int, Scenario)"/>), in order.</param>
    /// <returns>The indented JSON, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument holds a null where the model needs a value.</exception>
    public static string RenderScenarios(CaseAnalysis analysis, IReadOnlyList<ScenarioComparison> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ModelGuard.Report(analysis, null, null, scenarios);
        return Part(analysis, w => Scenarios(w, scenarios));
    }

    private static string Part(CaseAnalysis analysis, Action<Utf8JsonWriter> body) => Document(w =>
    {
        w.WriteNumber("reportVersion", ReportVersion);
        w.WriteString("caseId", analysis.CaseId);
        w.WriteString("firmId", analysis.FirmId);
        w.WriteNumber("asOfYear", analysis.AsOfYear);
        body(w);
    });
}
