using System.Text.Json;
using StrategyModel.Distance;

namespace StrategyModel.Cases;

/// <summary>Writes the <c>distances</c> and <c>institutions</c> sections.</summary>
public static partial class CaseWriter
{
    private static void WriteDistanceSections(Utf8JsonWriter w, Case c)
    {
        Array(w, "distances", c.Distances, WriteDistance);
        Array(w, "institutions", c.Institutions, WriteInstitutions);
    }

    private static void WriteDistance(Utf8JsonWriter w, CountryPairDistance d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("from", d.From);
        Optional(w, "to", d.To);
        Optional(w, "market", d.Market);
        Array(w, "measures", d.Measures, WriteMeasure);
        if (d.Scores is { } s)
        {
            w.WriteStartObject("scores");
            w.WriteString("model", s.Model);
            w.WriteString("source", s.Source);
            w.WriteString("convention", CaseFormat.Conventions.Name(s.Convention));
            w.WriteString("varianceOver", s.VarianceOver);
            Array(w, "dimensions", s.Dimensions, static (w, x) =>
            {
                w.WriteStartObject();
                w.WriteString("dimension", x.Dimension);
                w.WritePropertyName("from");
                Number(w, x.From);
                w.WritePropertyName("to");
                Number(w, x.To);
                w.WritePropertyName("variance");
                Number(w, x.Variance);
                w.WriteEndObject();
            }, always: true);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter w, DistanceMeasure m)
    {
        w.WriteStartObject();
        w.WriteString("dimension", CaseFormat.DistanceDimensions.Name(m.Dimension));
        w.WriteString("name", m.Name);
        Optional(w, "stimulus", m.Stimulus, CaseFormat.Stimuli);
        Optional(w, "value", m.Value);
        Optional(w, "level", m.Level, CaseFormat.Levels);
        Optional(w, "source", m.Source);
        Strings(w, "evidence", m.Evidence);
        w.WriteEndObject();
    }

    private static void WriteInstitutions(Utf8JsonWriter w, CountryInstitutions n)
    {
        w.WriteStartObject();
        w.WriteString("id", n.Id);
        Optional(w, "country", n.Country);
        Optional(w, "market", n.Market);
        Array(w, "voids", n.Voids, static (w, v) =>
        {
            w.WriteStartObject();
            w.WriteString("kind", CaseFormat.VoidKinds.Name(v.Kind));
            w.WriteString("level", CaseFormat.Levels.Name(v.Level));
            w.WriteString("confidence", CaseFormat.Confidences.Name(v.Confidence));
            Optional(w, "asOf", v.AsOf);
            Strings(w, "evidence", v.Evidence, always: true);
            w.WriteEndObject();
        });
        Array(w, "ownershipCaps", n.OwnershipCaps, static (w, c) =>
        {
            w.WriteStartObject();
            w.WritePropertyName("percent");
            Number(w, c.Percent);
            w.WriteNumber("year", c.Year);
            w.WriteString("source", c.Source);
            Optional(w, "sector", c.Sector);
            Strings(w, "evidence", c.Evidence);
            w.WriteEndObject();
        });
        if (n.PoliticalRisk is { } r)
        {
            w.WriteStartObject("politicalRisk");
            w.WriteString("level", CaseFormat.Levels.Name(r.Level));
            w.WriteString("confidence", CaseFormat.Confidences.Name(r.Confidence));
            Optional(w, "asOf", r.AsOf);
            Strings(w, "evidence", r.Evidence, always: true);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
