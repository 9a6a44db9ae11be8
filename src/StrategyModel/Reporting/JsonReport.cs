using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StrategyModel.Analysis;
using StrategyModel.Assessments;

namespace StrategyModel.Reporting;

/// <summary>Renders a <see cref="CaseAnalysis"/> (and optionally a <see cref="MarketComparison"/>) as JSON for dashboards and pipelines.</summary>
/// <remarks>
/// <para>The output is deterministic: indented with two spaces, <c>\n</c> line endings, properties in a fixed order, enums as their
/// names, numbers culture-invariant. The same analysis gives the same bytes under any culture.</para>
/// <para>Shape: <c>{ caseId, caseTitle, firmId, firmName, asOfYear, findings[], platformModels[], drivers{}, bornGlobal{}, vrio[],
/// markets[], comparison{}, inputs[] }</c>, where <c>bornGlobal</c> is <c>null</c> when the analysis has none and <c>comparison</c> is present
/// only when a comparison is given; every assessment carries <c>framework</c>, <c>summary</c>, its verdict fields and
/// <c>findings[]</c> with <c>ruleId</c>, <c>outcome</c>, <c>sentence</c>, <c>inputs</c>, <c>thresholds</c>, <c>evidence</c>, <c>source</c>.</para>
/// </remarks>
public static class JsonReport
{
    /// <summary>Renders the analysis as JSON text.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="comparison">A comparison to include, or <see langword="null"/>.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string Render(CaseAnalysis analysis, MarketComparison? comparison = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("caseId", analysis.CaseId);
            w.WriteString("caseTitle", analysis.CaseTitle);
            w.WriteString("firmId", analysis.FirmId);
            w.WriteString("firmName", analysis.FirmName);
            w.WriteNumber("asOfYear", analysis.AsOfYear);
            Findings(w, analysis.Findings);

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
                Market(w, m);
            }

            w.WriteEndArray();

            if (comparison is not null)
            {
                w.WriteStartObject("comparison");
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
                    w.WriteString("valueA", c.ValueA);
                    w.WriteString("valueB", c.ValueB);
                    Strings(w, "evidenceA", c.EvidenceA);
                    Strings(w, "evidenceB", c.EvidenceB);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            Inputs(w, analysis.Inputs);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Market(Utf8JsonWriter w, MarketAnalysis m)
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

        w.WriteStartObject("oli");
        Head(w, m.Oli);
        w.WriteString("route", m.Oli.Route.ToString());
        w.WriteString("decidingCondition", m.Oli.DecidingCondition.ToString());
        Findings(w, m.Oli.Findings);
        w.WriteEndObject();

        w.WriteStartObject("transactionCosts");
        Head(w, m.TransactionCosts);
        w.WriteString("control", m.TransactionCosts.Control.ToString());
        Findings(w, m.TransactionCosts.Findings);
        w.WriteEndObject();

        w.WriteStartObject("entryModes");
        Head(w, m.EntryModes);
        w.WriteStartArray("candidates");
        foreach (var c in m.EntryModes.Candidates)
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
        Findings(w, m.EntryModes.Findings);
        w.WriteEndObject();

        w.WriteStartObject("uppsala");
        Head(w, m.Uppsala);
        w.WriteString("highestStage", m.Uppsala.HighestStage.ToString());
        w.WriteBoolean("leapfrogged", m.Uppsala.Leapfrogged);
        w.WriteBoolean("followedChain", m.Uppsala.FollowedChain);
        w.WriteString("pace", m.Uppsala.Pace.ToString());
        Findings(w, m.Uppsala.Findings);
        w.WriteEndObject();

        if (m.Network is { } network)
        {
            w.WriteStartObject("network");
            Head(w, network);
            w.WriteString("situation", network.Situation.ToString());
            w.WriteString("expectation", network.Expectation);
            Findings(w, network.Findings);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("network");
        }

        w.WriteStartObject("genericStrategy");
        Head(w, m.GenericStrategy);
        w.WriteString("strategy", m.GenericStrategy.Strategy.ToString());
        w.WriteString("scope", m.GenericStrategy.Scope.ToString());
        Strings(w, "readings", [.. m.GenericStrategy.Readings.Select(r => r.ToString())]);
        Findings(w, m.GenericStrategy.Findings);
        w.WriteEndObject();

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
            Strings(w, "evidence", f.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Findings(w, m.Findings);
        Inputs(w, m.Inputs);
        w.WriteEndObject();
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
            Strings(w, "evidence", i.Evidence);
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
