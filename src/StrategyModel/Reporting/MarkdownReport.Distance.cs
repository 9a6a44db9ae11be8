using System.Collections.Immutable;
using System.Globalization;
using StrategyModel.Analysis;

namespace StrategyModel.Reporting;

/// <summary>The distance and institutions section of a market in the Markdown report, written only when the case holds them.</summary>
public static partial class MarkdownReport
{
    private static void DistanceAndInstitutions(Writer w, MarketAnalysis m)
    {
        var rows = ImmutableArray.CreateBuilder<(string Kind, string Item, string Value, string Source, ImmutableArray<string> Evidence)>();
        foreach (var d in m.Distances)
        {
            var pair = d.From + " to " + (d.To ?? d.Market);
            if (d.KogutSinghIndex is { } ks && d.Scores is { } s)
            {
                rows.Add(("distance " + pair, "cultural Kogut-Singh index (" + s.Model + ")", ks.ToString("0.####", CultureInfo.InvariantCulture), $"{s.Source}; {s.Convention} variance over {s.VarianceOver}", []));
            }

            foreach (var x in d.Measures)
            {
                var value = string.Join(", ", new[] { x.Value?.ToString(CultureInfo.InvariantCulture), x.Level is { } level ? Humanize(level) : null }.OfType<string>());
                rows.Add(("distance " + pair, Humanize(x.Dimension) + " " + x.Name, value, x.Source ?? string.Empty, x.Evidence));
            }
        }

        foreach (var n in m.Institutions)
        {
            var where = "institutions " + (n.Country ?? n.Market);
            foreach (var v in n.Voids)
            {
                rows.Add((where, Humanize(v.Kind) + " void", Humanize(v.Level), string.Create(CultureInfo.InvariantCulture, $"rated as of {v.AsOf}, {Humanize(v.Confidence)} confidence"), v.Evidence));
            }

            foreach (var c in n.OwnershipCaps)
            {
                rows.Add((where, "foreign-ownership cap" + (c.Sector is { } sector ? " (" + sector + ")" : string.Empty), string.Create(CultureInfo.InvariantCulture, $"{c.Percent}% from {c.Year}"), c.Source, c.Evidence));
            }

            if (n.PoliticalRisk is { } r)
            {
                rows.Add((where, "political risk", Humanize(r.Level), string.Create(CultureInfo.InvariantCulture, $"rated as of {r.AsOf}, {Humanize(r.Confidence)} confidence"), r.Evidence));
            }
        }

        Table(w, "### Distance and institutions", rows.ToImmutable(), ["what", "measure", "value", "source", "evidence"], r => $"| {EscapeCell(r.Kind)} | {EscapeCell(HumanizeText(r.Item))} | {EscapeCell(HumanizeText(r.Value))} | {EscapeCell(r.Source)} | {w.Note(r.Evidence)} |");
    }
}
