using System.Text.Json;
using StrategyModel.Analysis;
using StrategyModel.Distance;

namespace StrategyModel.Reporting;

/// <summary>The distance and institutions parts of the JSON report, written only when the case holds them.</summary>
public static partial class JsonReport
{
    private static void PsychicDistance(Utf8JsonWriter w, CaseAnalysis analysis)
    {
        if (analysis.PsychicDistance is not { } p)
        {
            return;
        }

        w.WriteStartObject("psychicDistance");
        Head(w, p);
        w.WriteBoolean("enteredInOrderOfIncreasingDistance", p.EnteredInOrderOfIncreasingDistance);
        w.WriteNumber("inversions", p.Inversions);
        w.WriteNumber("pairs", p.Pairs);
        Strings(w, "entryOrder", p.EntryOrder);
        Findings(w, p.Findings);
        w.WriteEndObject();
    }

    private static void DistanceAndInstitutions(Utf8JsonWriter w, MarketAnalysis m)
    {
        if (m.Distances.Length > 0)
        {
            w.WriteStartArray("distances");
            foreach (var d in m.Distances)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("from", d.From);
                Text(w, "to", d.To);
                Text(w, "market", d.Market);
                if (d.KogutSinghIndex is { } ks)
                {
                    w.WriteNumber("kogutSingh", ks);
                    w.WriteString("kogutSinghConvention", d.Scores!.Convention.ToString());
                    w.WriteString("kogutSinghSource", d.Scores.Source);
                }

                w.WriteStartArray("measures");
                foreach (var x in d.Measures)
                {
                    w.WriteStartObject();
                    w.WriteString("dimension", x.Dimension.ToString());
                    w.WriteString("name", x.Name);
                    if (x.Stimulus != PsychicDistanceStimulus.Unspecified)
                    {
                        w.WriteString("stimulus", x.Stimulus.ToString());
                    }

                    if (x.Value is { } v)
                    {
                        w.WriteNumber("value", v);
                    }

                    Text(w, "level", x.Level?.ToString());
                    Text(w, "source", x.Source);
                    Strings(w, "evidence", x.Evidence);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (m.Institutions.Length == 0)
        {
            return;
        }

        w.WriteStartArray("institutions");
        foreach (var n in m.Institutions)
        {
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            Text(w, "country", n.Country);
            Text(w, "market", n.Market);
            w.WriteStartArray("voids");
            foreach (var v in n.Voids)
            {
                w.WriteStartObject();
                w.WriteString("kind", v.Kind.ToString());
                w.WriteString("level", v.Level.ToString());
                w.WriteString("confidence", v.Confidence.ToString());
                if (v.AsOf is { } asOf)
                {
                    w.WriteNumber("asOf", asOf);
                }

                Strings(w, "evidence", v.Evidence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("ownershipCaps");
            foreach (var c in n.OwnershipCaps)
            {
                w.WriteStartObject();
                w.WriteNumber("percent", c.Percent);
                w.WriteNumber("year", c.Year);
                w.WriteString("source", c.Source);
                Text(w, "sector", c.Sector);
                Strings(w, "evidence", c.Evidence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (n.PoliticalRisk is { } r)
            {
                w.WriteStartObject("politicalRisk");
                w.WriteString("level", r.Level.ToString());
                w.WriteString("confidence", r.Confidence.ToString());
                if (r.AsOf is { } asOf)
                {
                    w.WriteNumber("asOf", asOf);
                }

                Strings(w, "evidence", r.Evidence);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (m.OwnershipCap is { } inForce)
        {
            w.WriteNumber("ownershipCapInForcePercent", inForce.Percent);
        }
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
