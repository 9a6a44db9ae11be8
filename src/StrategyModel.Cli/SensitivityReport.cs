using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StrategyModel.Analysis;
using StrategyModel.Sensitivity;

namespace StrategyModel.Cli;

/// <summary>Renders only the robustness of a case's verdicts (<c>strategymodel robustness</c>) or only what scenarios change
/// (<c>strategymodel scenario</c>), with the columns and wording of the robustness and scenario sections of the full reports.</summary>
internal static class SensitivityReport
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders every verdict's robustness as Markdown: the firm-level verdicts, then each market's.</summary>
    /// <param name="report">The robustness report.</param>
    /// <returns>The Markdown, lines ending in <c>\n</c>.</returns>
    public static string RobustnessMarkdown(RobustnessReport report)
    {
        var analysis = report.Analysis;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {Text(analysis.CaseTitle)}: robustness of the verdicts, as of {analysis.AsOfYear}\n\n");
        sb.Append("Robustness is the share of perturbations (each rated input one step up and down, every pair of steps, each threshold ");
        sb.Append("at its other settings) that keep the verdict; the flips listed are the single steps and threshold settings that change it.\n");
        RobustnessTable(sb, "## Firm-level verdicts", report.For(null));
        foreach (var market in analysis.Markets)
        {
            RobustnessTable(sb, $"## {Text(market.MarketName)} ({market.MarketId})", report.For(market.MarketId));
        }

        return sb.ToString();
    }

    /// <summary>Renders every verdict's robustness as indented JSON.</summary>
    /// <param name="report">The robustness report.</param>
    /// <returns>The JSON, ending in a newline.</returns>
    public static string RobustnessJson(RobustnessReport report) => Json(w =>
    {
        w.WriteString("caseId", report.Analysis.CaseId);
        w.WriteNumber("asOfYear", report.Analysis.AsOfYear);
        w.WriteStartArray("verdicts");
        foreach (var r in report.Verdicts)
        {
            w.WriteStartObject();
            NullableString(w, "market", r.Market);
            w.WriteString("verdict", r.Verdict);
            w.WriteString("value", r.Value);
            w.WriteNumber("robustness", Math.Round(r.Robustness, 6));
            w.WriteNumber("kept", r.Kept);
            w.WriteNumber("perturbations", r.Perturbations);
            w.WriteNumber("singleSteps", r.SingleSteps);
            w.WriteNumber("singleStepsKept", r.SingleStepsKept);
            w.WriteNumber("pairSteps", r.PairSteps);
            w.WriteNumber("pairStepsKept", r.PairStepsKept);
            w.WriteNumber("thresholdSettings", r.ThresholdSettings);
            w.WriteNumber("thresholdSettingsKept", r.ThresholdSettingsKept);
            Strings(w, "inputs", r.Inputs);
            Strings(w, "decidingInputs", r.DecidingInputs);
            Strings(w, "decidingThresholds", r.DecidingThresholds);
            w.WriteStartArray("flips");
            foreach (var flip in r.Flips)
            {
                w.WriteStartObject();
                w.WriteString("kind", flip.Kind.ToString());
                w.WriteString("to", flip.To);
                w.WriteStartArray("changes");
                foreach (var change in flip.Changes)
                {
                    w.WriteStartObject();
                    w.WriteString("name", change.Name);
                    w.WriteString("from", change.From);
                    w.WriteString("to", change.To);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary>Renders what each scenario changes as Markdown: its overrides, then every verdict whose value differs.</summary>
    /// <param name="analysis">The analysis of the case as rated (for its title and year).</param>
    /// <param name="scenarios">The scenario comparisons, in file order.</param>
    /// <returns>The Markdown, lines ending in <c>\n</c>.</returns>
    public static string ScenariosMarkdown(CaseAnalysis analysis, IReadOnlyList<ScenarioComparison> scenarios)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {Text(analysis.CaseTitle)}: scenarios, as of {analysis.AsOfYear}\n");
        foreach (var s in scenarios)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## Scenario: {Text(s.Scenario.Name)}\n\n");
            if (s.Scenario.Description.Length > 0)
            {
                sb.Append(Text(s.Scenario.Description)).Append("\n\n");
            }

            sb.Append("Overrides: ").Append(string.Join("; ", s.Scenario.Overrides.Select(o => Text(o.ToString())))).Append(".\n\n");
            if (s.Changes.IsEmpty)
            {
                sb.Append("No verdict changes.\n");
                continue;
            }

            sb.Append(s.Changes.Length == 1 ? "1 verdict changes:\n\n" : string.Create(CultureInfo.InvariantCulture, $"{s.Changes.Length} verdicts change:\n\n"));
            sb.Append("| Market | Verdict | As rated | Under the scenario |\n|---|---|---|---|\n");
            foreach (var c in s.Changes)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {c.Market ?? "(firm)"} | {Text(c.Verdict)} | {Text(c.Base)} | {Text(c.Scenario)} |\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>Renders what each scenario changes as indented JSON.</summary>
    /// <param name="analysis">The analysis of the case as rated.</param>
    /// <param name="scenarios">The scenario comparisons, in file order.</param>
    /// <returns>The JSON, ending in a newline.</returns>
    public static string ScenariosJson(CaseAnalysis analysis, IReadOnlyList<ScenarioComparison> scenarios) => Json(w =>
    {
        w.WriteString("caseId", analysis.CaseId);
        w.WriteNumber("asOfYear", analysis.AsOfYear);
        w.WriteStartArray("scenarios");
        foreach (var s in scenarios)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Scenario.Name);
            w.WriteString("description", s.Scenario.Description);
            w.WriteStartArray("overrides");
            foreach (var o in s.Scenario.Overrides)
            {
                w.WriteStartObject();
                w.WriteString("kind", o.Kind.ToString());
                w.WriteString("target", o.Target);
                NullableString(w, "market", o.Market);
                w.WriteString("value", o.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("changes");
            foreach (var c in s.Changes)
            {
                w.WriteStartObject();
                NullableString(w, "market", c.Market);
                w.WriteString("verdict", c.Verdict);
                w.WriteString("base", c.Base);
                w.WriteString("scenario", c.Scenario);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static void RobustnessTable(StringBuilder sb, string heading, IReadOnlyList<VerdictRobustness> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        sb.Append('\n').Append(heading).Append("\n\n");
        sb.Append("| Verdict | Value | Robustness | Kept | Deciding inputs | Single-step flips | Threshold flips | Pair flips |\n");
        sb.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var r in rows)
        {
            var single = string.Join("; ", r.Flips.Where(f => f.Kind == PerturbationKind.SingleStep));
            var threshold = string.Join("; ", r.Flips.Where(f => f.Kind == PerturbationKind.Threshold));
            var pairs = r.Flips.Count(f => f.Kind == PerturbationKind.PairOfSteps);
            sb.Append(CultureInfo.InvariantCulture,
                $"| {Text(r.Verdict)} | {Text(r.Value)} | {r.Robustness:0.000} | {r.Kept}/{r.Perturbations} | {Text(string.Join(", ", r.DecidingInputs))} | {Text(single)} | {Text(threshold)} | {pairs}/{r.PairSteps} |\n");
        }
    }

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    // Text from a case or a scenario file in a table cell or a heading: no pipe, line break, heading mark or raw HTML gets through.
    private static string Text(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
