using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StrategyModel.Analysis;
using StrategyModel.Assessments;
using StrategyModel.Sensitivity;

namespace StrategyModel.Reporting;

/// <summary>Renders a <see cref="CaseAnalysis"/> (and optionally a <see cref="MarketComparison"/>) as JSON for dashboards and pipelines.</summary>
/// <remarks>
/// <para>The output is deterministic: indented with two spaces, <c>\n</c> line endings, properties in a fixed order, enums as their
/// names, numbers culture-invariant. The same analysis gives the same bytes under any culture.</para>
/// <para>Shape: <c>{ reportVersion, caseId, caseTitle, firmId, firmName, asOfYear, findings[], platformModels[], drivers{}, bornGlobal{}, vrio[],
/// markets[], comparison{}, inputs[] }</c>, where <c>bornGlobal</c> is <c>null</c> when the analysis has none and <c>comparison</c> is present
/// only when a comparison is given; every assessment carries <c>framework</c>, <c>summary</c>, its verdict fields and
/// <c>findings[]</c> with <c>ruleId</c>, <c>outcome</c>, <c>sentence</c>, <c>inputs</c>, <c>thresholds</c>, <c>evidence</c>, <c>source</c>.</para>
/// <para>With a robustness report, a <c>robustness[]</c> array follows the firm-level <c>verdicts</c> and each market's (one object per
/// verdict: value, robustness, counts, deciding inputs and thresholds, the single-step and threshold flips, the number of pair flips);
/// with scenario comparisons, a top-level <c>scenarios[]</c> array comes last (name, description, overrides, changes).</para>
/// <para>The format is versioned by <see cref="ReportVersion"/>, described by a JSON Schema (<c>schema/report.schema.json</c> in the
/// package) and documented in <c>docs/report-format.md</c>; <see cref="JsonReportReader"/> reads a report back into a
/// <see cref="ReportDocument"/>.</para>
/// </remarks>
public static partial class JsonReport
{
    /// <summary>The version of the report format this library writes and reads: the <c>reportVersion</c> property that opens every
    /// report. It changes when a property is renamed or removed or changes its type; new properties keep it.</summary>
    public const int ReportVersion = 1;

    /// <summary>Renders the analysis as JSON text.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="comparison">A comparison to include, or <see langword="null"/>.</param>
    /// <param name="robustness">The robustness of the analysis's verdicts (<see cref="RobustnessAnalyzer"/>), or <see langword="null"/>:
    /// when given, a <c>robustness</c> array follows the firm-level <c>verdicts</c> and each market's.</param>
    /// <param name="scenarios">Scenario comparisons to include as a top-level <c>scenarios</c> array, or <see langword="null"/>.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument holds a null where the model needs a value (the message names the path), or
    /// <paramref name="comparison"/> was taken from another analysis (another case, firm or year, or other cells).</exception>
    public static string Render(CaseAnalysis analysis, MarketComparison? comparison = null, RobustnessReport? robustness = null, IReadOnlyList<ScenarioComparison>? scenarios = null)
    {
        ModelGuard.Report(analysis, comparison, robustness, scenarios);
        ReportArguments.EnsureComparisonBelongs(analysis, comparison);
        return Document(w =>
        {
            w.WriteNumber("reportVersion", ReportVersion);
            w.WriteString("caseId", analysis.CaseId);
            w.WriteString("caseTitle", analysis.CaseTitle);
            w.WriteString("firmId", analysis.FirmId);
            w.WriteString("firmName", analysis.FirmName);
            w.WriteNumber("asOfYear", analysis.AsOfYear);
            Findings(w, analysis.Findings);
            PsychicDistance(w, analysis);
            Verdicts(w, analysis.Verdicts);
            if (robustness is not null)
            {
                Robustness(w, robustness.For(null));
            }

            w.WriteStartArray("platformModels");
            foreach (var row in analysis.PlatformModels)
            {
                w.WriteStartObject();
                w.WriteString("model", row.Model.ToString());
                w.WriteString("parties", row.Parties);
                Strings(w, "features", row.Features);
                Strings(w, "flows", row.Flows);
                Strings(w, "platforms", row.Platforms);
                Strings(w, "evidence", row.Evidence);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartObject("drivers");
            Head(w, analysis.Drivers);
            w.WriteBoolean("pushAndPull", analysis.Drivers.PushAndPull);
            w.WriteStartArray("drivers");
            foreach (var d in analysis.Drivers.Drivers)
            {
                w.WriteStartObject();
                w.WriteString("kind", d.Kind.ToString());
                w.WriteString("category", d.Category.ToString());
                w.WriteString("label", d.Label);
                w.WriteString("strength", d.Strength.Value.ToString());
                w.WriteBoolean("present", d.Present);
                Strings(w, "evidence", d.Strength.Evidence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Findings(w, analysis.Drivers.Findings);
            w.WriteEndObject();

            if (analysis.BornGlobal is { } born)
            {
                w.WriteStartObject("bornGlobal");
                Head(w, born);
                w.WriteString("ventureType", born.VentureType?.ToString());
                w.WriteBoolean("isBornGlobalByAnyCriterion", born.IsBornGlobalByAnyCriterion);
                w.WriteNumber("featuresPresent", born.FeaturesPresent);
                w.WriteStartArray("criteria");
                foreach (var c in born.Criteria)
                {
                    w.WriteStartObject();
                    w.WriteString("name", c.Criterion.Name);
                    w.WriteString("outcome", c.Outcome.ToString());
                    w.WriteString("reason", c.Reason);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                Findings(w, born.Findings);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("bornGlobal");
            }

            w.WriteStartArray("vrio");
            foreach (var v in analysis.Vrio)
            {
                w.WriteStartObject();
                Head(w, v);
                w.WriteString("resource", v.Resource);
                w.WriteString("implication", v.Implication.ToString());
                Findings(w, v.Findings);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("markets");
            foreach (var m in analysis.Markets)
            {
                Market(w, m, robustness);
            }

            w.WriteEndArray();

            if (comparison is not null)
            {
                w.WriteStartObject("comparison");
                Comparison(w, comparison);
                w.WriteEndObject();
            }

            Inputs(w, analysis.Inputs);
            if (scenarios is not null)
            {
                Scenarios(w, scenarios);
            }

        });
    }

    // One report document (the full report or a part): an indented object, "\n" line ends, non-ASCII text unescaped, a final newline.
    private static string Document(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    // The comparison's markets and cells, inside an object the caller opened (the full report's "comparison", or a part's root).
    private static void Comparison(Utf8JsonWriter w, MarketComparison comparison)
    {
        w.WriteString("marketA", comparison.MarketA);
        w.WriteString("marketB", comparison.MarketB);
        w.WriteStartArray("cells");
        foreach (var c in comparison.Cells)
        {
            w.WriteStartObject();
            w.WriteString("row", c.Row.ToString());
            w.WriteString("item", c.Item);
            w.WriteString("verdict", c.Verdict.ToString());
            w.WriteBoolean("inA", c.InA);
            w.WriteBoolean("inB", c.InB);
            w.WriteString("stateA", c.StateA.ToString());
            w.WriteString("stateB", c.StateB.ToString());
            w.WriteString("valueA", c.ValueA);
            w.WriteString("valueB", c.ValueB);
            Strings(w, "evidenceA", c.EvidenceA);
            Strings(w, "evidenceB", c.EvidenceB);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // Robustness (issue 14): one object per verdict, in the robustness report's order.
    private static void Robustness(Utf8JsonWriter w, ImmutableArray<VerdictRobustness> lines)
    {
        w.WriteStartArray("robustness");
        foreach (var r in lines)
        {
            w.WriteStartObject();
            w.WriteString("verdict", r.Verdict);
            w.WriteString("value", r.Value);
            w.WriteNumber("robustness", Math.Round(r.Robustness, 4));
            w.WriteNumber("perturbations", r.Perturbations);
            w.WriteNumber("kept", r.Kept);
            w.WriteNumber("singleSteps", r.SingleSteps);
            w.WriteNumber("singleStepsKept", r.SingleStepsKept);
            w.WriteNumber("pairSteps", r.PairSteps);
            w.WriteNumber("pairStepsKept", r.PairStepsKept);
            w.WriteNumber("thresholdSettings", r.ThresholdSettings);
            w.WriteNumber("thresholdSettingsKept", r.ThresholdSettingsKept);
            Strings(w, "decidingInputs", r.DecidingInputs);
            Strings(w, "decidingThresholds", r.DecidingThresholds);
            w.WriteStartArray("flips");
            foreach (var f in r.Flips.Where(f => f.Kind != PerturbationKind.PairOfSteps))
            {
                w.WriteStartObject();
                w.WriteString("kind", f.Kind.ToString());
                w.WriteStartArray("changes");
                foreach (var c in f.Changes)
                {
                    w.WriteStartObject();
                    w.WriteString("name", c.Name);
                    w.WriteString("from", c.From);
                    w.WriteString("to", c.To);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("to", f.To);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("pairFlips", r.Flips.Count(f => f.Kind == PerturbationKind.PairOfSteps));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // Scenario comparisons (issue 14): each scenario with its overrides and the verdicts it changes.
    private static void Scenarios(Utf8JsonWriter w, IReadOnlyList<ScenarioComparison> scenarios)
    {
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
                w.WriteString(o.Kind == ScenarioOverrideKind.Setting ? "setting" : "input", o.Target);
                w.WriteString("market", o.Market);
                w.WriteString("value", o.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("changes");
            foreach (var c in s.Changes)
            {
                w.WriteStartObject();
                w.WriteString("market", c.Market);
                w.WriteString("verdict", c.Verdict);
                w.WriteString("base", c.Base);
                w.WriteString("scenario", c.Scenario);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Market(Utf8JsonWriter w, MarketAnalysis m, RobustnessReport? robustness)
    {
        w.WriteStartObject();
        w.WriteString("marketId", m.MarketId);
        w.WriteString("marketName", m.MarketName);
        w.WriteString("currentMode", m.CurrentMode?.ToString());
        w.WriteStartArray("entries");
        foreach (var e in m.Entries)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteNumber("year", e.Year);
            if (e.Month is { } month)
            {
                w.WriteNumber("month", month);
            }

            w.WriteString("mode", e.Mode.ToString());
            w.WriteString("counterparty", e.Counterparty);
            w.WriteString("description", e.Description);
            Strings(w, "evidence", e.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("history");
        foreach (var e in m.History)
        {
            w.WriteStartObject();
            w.WriteString("date", e.Date.ToString());
            w.WriteString("entryId", e.EntryId);
            w.WriteString("kind", e.Kind.ToString());
            w.WriteString("mode", e.Mode.ToString());
            if (e.StakePercent is { } stake)
            {
                w.WriteNumber("stakePercent", stake);
            }

            w.WriteString("detail", e.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (m.Exit is { } exit)
        {
            w.WriteStartObject("exit");
            w.WriteString("kind", exit.Kind.ToString());
            w.WriteString("date", exit.Date.ToString());
            w.WriteString("buyer", exit.Buyer);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("exit");
        }

        Verdicts(w, m.Verdicts);
        if (robustness is not null)
        {
            Robustness(w, robustness.For(m.MarketId));
        }

        Optional(w, "oli", m.Oli, o =>
        {
            w.WriteString("route", o.Route.ToString());
            w.WriteString("decidingCondition", o.DecidingCondition.ToString());
        });
        Optional(w, "transactionCosts", m.TransactionCosts, t => w.WriteString("control", t.Control.ToString()));
        Optional(w, "entryModes", m.EntryModes, r =>
        {
            w.WriteStartArray("candidates");
            foreach (var c in r.Candidates)
            {
                w.WriteStartObject();
                w.WriteNumber("rank", c.Rank);
                w.WriteString("mode", c.Mode.ToString());
                w.WriteBoolean("routeMatches", c.RouteMatches);
                w.WriteNumber("controlDistance", c.ControlDistance);
                Strings(w, "reasons", c.Reasons);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
        Optional(w, "uppsala", m.Uppsala, u =>
        {
            w.WriteString("highestStage", u.HighestStage.ToString());
            w.WriteBoolean("leapfrogged", u.Leapfrogged);
            w.WriteBoolean("followedChain", u.FollowedChain);
            w.WriteString("pace", u.Pace.ToString());
        });
        Optional(w, "network", m.Network, n =>
        {
            w.WriteString("situation", n.Situation.ToString());
            w.WriteString("expectation", n.Expectation);
        });
        Optional(w, "genericStrategy", m.GenericStrategy, g =>
        {
            w.WriteString("strategy", g.Strategy.ToString());
            w.WriteString("scope", g.Scope.ToString());
            Strings(w, "readings", [.. g.Readings.Select(r => r.ToString())]);
        });

        w.WriteStartArray("partners");
        foreach (var p in m.Partners)
        {
            w.WriteStartObject();
            w.WriteString("firmId", p.FirmId);
            w.WriteString("name", p.Name);
            w.WriteString("kind", p.Kind.ToString());
            Strings(w, "functions", [.. p.Functions.Select(f => f.ToString())]);
            if (p.Year is { } year)
            {
                w.WriteNumber("year", year);
            }

            Strings(w, "evidence", p.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("factors");
        foreach (var f in m.Factors)
        {
            w.WriteStartObject();
            w.WriteString("topic", RuleIds.Kebab(f.Topic.ToString()));
            w.WriteString("row", f.Row.ToString());
            w.WriteString("rule", f.Rule);
            w.WriteBoolean("present", f.Present);
            Strings(w, "evidence", f.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        DistanceAndInstitutions(w, m);
        Findings(w, m.Findings);
        Inputs(w, m.Inputs);
        w.WriteEndObject();
    }

    // An assessment that may be undetermined: null, or its head, its verdict fields and its findings.
    private static void Optional<T>(Utf8JsonWriter w, string name, T? assessment, Action<T> fields)
        where T : class, IAssessment
    {
        if (assessment is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        Head(w, assessment);
        fields(assessment);
        Findings(w, assessment.Findings);
        w.WriteEndObject();
    }

    private static void Verdicts(Utf8JsonWriter w, ImmutableArray<VerdictRange> verdicts)
    {
        w.WriteStartArray("verdicts");
        foreach (var v in verdicts)
        {
            w.WriteStartObject();
            w.WriteString("verdict", v.Verdict);
            w.WriteString("value", v.Value);
            w.WriteStartArray("branches");
            foreach (var b in v.Branches)
            {
                w.WriteStartObject();
                w.WriteString("value", b.Value);
                w.WriteNumber("combinations", b.Combinations);
                w.WriteStartArray("when");
                foreach (var c in b.When)
                {
                    w.WriteStartObject();
                    w.WriteString("input", c.Input);
                    Strings(w, "values", c.Values);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "undeterminedInputs", v.UndeterminedInputs);
            Strings(w, "decidingInputs", v.DecidingInputs);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Head(Utf8JsonWriter w, IAssessment assessment)
    {
        w.WriteString("framework", assessment.Framework);
        w.WriteString("summary", assessment.Summary);
    }

    private static void Findings(Utf8JsonWriter w, ImmutableArray<Finding> findings)
    {
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("outcome", f.Outcome.ToString());
            w.WriteString("sentence", f.Sentence);
            w.WriteStartArray("inputs");
            foreach (var i in f.Inputs)
            {
                w.WriteStartObject();
                w.WriteString("name", i.Name);
                w.WriteString("value", i.Value);
                Strings(w, "evidence", i.Evidence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("thresholds");
            foreach (var t in f.Thresholds)
            {
                w.WriteStartObject();
                w.WriteString("option", t.Option);
                w.WriteString("value", t.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "evidence", f.Evidence);
            w.WriteString("source", f.Source);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Inputs(Utf8JsonWriter w, ImmutableArray<AnalysisInput> inputs)
    {
        w.WriteStartArray("inputs");
        foreach (var i in inputs)
        {
            w.WriteStartObject();
            w.WriteString("framework", i.Framework);
            w.WriteString("name", i.Name);
            w.WriteString("value", i.Value);
            w.WriteString("source", i.Source.ToString());
            w.WriteString("rule", i.Rule);
            w.WriteString("rubric", i.Rubric);
            w.WriteString("confidence", i.Confidence.ToString());
            if (i.SpeaksFor is { } year)
            {
                w.WriteNumber("speaksFor", year);
            }

            Strings(w, "evidence", i.Evidence);
            Strings(w, "counterEvidence", i.CounterEvidence);
            Strings(w, "outcomeEvidence", i.OutcomeEvidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
