using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.Cases;
using StrategyModel.Distance;
using StrategyModel.Uppsala;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Analysis.Inputs;

/// <summary>Reads the case's distances and institutions for the analyzer: the pairs and institutions that speak for a market, the
/// ownership cap in force, the psychic-distance order check across markets, and the findings that report them.</summary>
internal static class DistanceInputs
{
    // The scales the Uppsala order check can place markets on, in order of preference: a psychic-distance measure before a cultural
    // one (Johanson & Vahlne 1977 name psychic distance; a Kogut-Singh index is the usual proxy), a published value before a rating.
    private static readonly (DistanceDimension Dimension, string Name, bool Numeric)[] Scales =
    [
        (DistanceDimension.Psychic, CageDefaults.OverallName, true),
        (DistanceDimension.Psychic, CageDefaults.OverallName, false),
        (DistanceDimension.Cultural, CageDefaults.KogutSinghName, true),
        (DistanceDimension.Cultural, CageDefaults.OverallName, true),
        (DistanceDimension.Cultural, CageDefaults.OverallName, false),
    ];

    /// <summary>The pairs from the firm's home country (any home when the firm has none) that speak for the market: those naming the
    /// market, and for a country market those naming its country.</summary>
    public static ImmutableArray<CountryPairDistance> PairsFor(EvidenceView view, Market market) =>
        [.. view.Case.Distances.OrEmpty().Where(d =>
            (view.Firm.HomeCountry is null || d.From == view.Firm.HomeCountry)
            && (d.Market == market.Id || (d.Market is null && market.Kind == MarketKind.Country && d.To is { } to && market.Countries.OrEmpty().Contains(to))))];

    /// <summary>The institutions entries that speak for the market: those naming it, and those naming one of its countries only.</summary>
    public static ImmutableArray<CountryInstitutions> InstitutionsFor(EvidenceView view, Market market) =>
        [.. view.Case.Institutions.OrEmpty().Where(n => n.Market == market.Id || (n.Market is null && n.Country is { } c && market.Countries.OrEmpty().Contains(c)))];

    /// <summary>The strictest cap in force in the analysis year that binds the whole market (an entry naming the market, or the
    /// country of a country market); a cap of one country of a region does not cap the region.</summary>
    public static OwnershipCap? CapFor(EvidenceView view, Market market, ImmutableArray<CountryInstitutions> institutions) =>
        institutions
            .Where(n => n.Market == market.Id || market.Countries.OrEmpty().Length == 1)
            .Select(n => n.CapInForce(view.AsOf))
            .OfType<OwnershipCap>()
            .OrderBy(c => c.Percent)
            .ThenBy(c => c.Year)
            .FirstOrDefault();

    /// <summary>The note on a market's distances: every measure with its value or level, source and evidence.</summary>
    public static Finding? DistanceFinding(MarketAnalysis m)
    {
        if (m.Distances.IsEmpty)
        {
            return null;
        }

        var inputs = ImmutableArray.CreateBuilder<FindingInput>();
        var parts = new List<string>();
        foreach (var pair in m.Distances)
        {
            foreach (var measure in AllMeasures(pair))
            {
                var name = Fmt($"{RuleIds.Kebab(measure.Dimension.ToString())}.{measure.Name}");
                var value = Describe(measure);
                parts.Add(Fmt($"{name} {value}"));
                inputs.Add(new FindingInput(name, value, measure.Evidence));
            }
        }

        return new Finding(
            "analysis.distance",
            FindingOutcome.Note,
            Fmt($"Distance from {string.Join(", ", m.Distances.Select(d => d.From).Distinct(StringComparer.Ordinal))} to {m.MarketName}: {string.Join("; ", parts)}."),
            inputs.ToImmutable(),
            [],
            "Ghemawat (2001); Kogut & Singh (1988); Dow & Karunaratna (2006)");
    }

    /// <summary>The finding on a market's institutions: the voids, caps and political risk with their evidence, whether the firm has a
    /// partner for each payment or logistics void it faces (Khanna &amp; Palepu 1997, 2010: fill the void or work with those who do), and
    /// what the ownership cap does to control.</summary>
    public static Finding? InstitutionsFinding(EvidenceView view, MarketAnalysis m)
    {
        if (m.Institutions.IsEmpty)
        {
            return null;
        }

        var inputs = ImmutableArray.CreateBuilder<FindingInput>();
        var parts = new List<string>();
        var unfilled = new List<string>();
        var filled = new List<string>();
        foreach (var n in m.Institutions)
        {
            var where = n.Country ?? m.MarketName;
            foreach (var v in n.Voids)
            {
                var name = Fmt($"void.{RuleIds.Kebab(v.Kind.ToString())}{(n.Country is { } c ? "." + c : string.Empty)}");
                if (v.AsOf is { } asOf && asOf > view.AsOf)
                {
                    parts.Add(Fmt($"{v.Kind} void set aside (rated as of {asOf}, after {view.AsOf})"));
                    continue;
                }

                parts.Add(Fmt($"{v.Kind} void {v.Level} in {where}"));
                inputs.Add(new FindingInput(name, v.Level.ToString(), v.Evidence));
                if (v.Level >= DistanceLevel.Moderate && FunctionOf(v.Kind) is { } function)
                {
                    var partners = m.Partners.Where(p => p.Functions.Contains(function)).Select(p => p.Name).ToList();
                    (partners.Count > 0 ? filled : unfilled).Add(partners.Count > 0 ? Fmt($"{v.Kind} by {string.Join(", ", partners)}") : v.Kind.ToString());
                }
            }

            foreach (var cap in n.OwnershipCaps)
            {
                parts.Add(Fmt($"foreign ownership capped at {cap.Percent}% from {cap.Year}{(cap.Sector is { } s ? " in " + s : string.Empty)} ({cap.Source}){(cap.Year > view.AsOf ? ", not yet in force" : string.Empty)}"));
                inputs.Add(new FindingInput(Fmt($"ownership-cap.{cap.Year}"), Fmt($"{cap.Percent}%"), cap.Evidence));
            }

            if (n.PoliticalRisk is { } risk)
            {
                if (risk.AsOf is { } asOf && asOf > view.AsOf)
                {
                    parts.Add(Fmt($"political risk set aside (rated as of {asOf}, after {view.AsOf})"));
                }
                else
                {
                    parts.Add(Fmt($"political risk {risk.Level} in {where}"));
                    inputs.Add(new FindingInput("political-risk" + (n.Country is { } c ? "." + c : string.Empty), risk.Level.ToString(), risk.Evidence));
                }
            }
        }

        var sentence = Fmt($"Institutions in {m.MarketName}: {string.Join("; ", parts)}.");
        if (filled.Count > 0)
        {
            sentence += Fmt($" Voids the firm works with a partner on: {string.Join("; ", filled)}.");
        }

        if (unfilled.Count > 0)
        {
            sentence += Fmt($" Voids with no partner for the function as of {view.AsOf}: {string.Join(", ", unfilled)}; the firm must fill them itself or find a partner who does.");
        }

        if (m.OwnershipCap is { } inForce)
        {
            sentence += Fmt($" The {inForce.Percent}% cap in force caps the degree of control the transaction costs call for, and so the entry mode advised.");
        }

        return new Finding(
            "analysis.institutions",
            unfilled.Count > 0 ? FindingOutcome.NotMet : filled.Count > 0 ? FindingOutcome.Met : FindingOutcome.Note,
            sentence,
            inputs.ToImmutable(),
            [],
            "Khanna & Palepu (1997, 2010); Anderson & Gatignon (1986)");
    }

    /// <summary>Runs the Uppsala psychic-distance order check over the markets the firm entered that have a distance on a common
    /// scale; <see langword="null"/> and a note when fewer than two can be placed.</summary>
    public static (PsychicDistanceAssessment? Assessment, Finding Finding) PsychicOrder(IUppsalaEvaluator uppsala, ImmutableArray<MarketAnalysis> markets)
    {
        var entered = markets.Where(m => m.Entries.Length > 0).ToList();
        foreach (var (dimension, name, numeric) in Scales)
        {
            var placed = new List<MarketDistance>();
            foreach (var m in entered)
            {
                var measure = m.Distances.SelectMany(AllMeasures)
                    .FirstOrDefault(x => x.Dimension == dimension && x.Name == name && (numeric ? x.Value is not null : x.Level is not null));
                if (measure is not null)
                {
                    var value = numeric ? measure.Value!.Value : (int)measure.Level!.Value;
                    placed.Add(new MarketDistance(m.MarketName, m.Entries.Min(e => e.Start.Year), value, [.. measure.Evidence.Concat(m.Entries.SelectMany(e => e.Evidence)).Distinct(StringComparer.Ordinal)]));
                }
            }

            if (placed.Count >= 2)
            {
                var assessment = uppsala.EvaluatePsychicDistance(new PsychicDistanceProfile { Markets = [.. placed] });
                var scale = Fmt($"{RuleIds.Kebab(dimension.ToString())}.{name} {(numeric ? "value" : "level (Low 1, Moderate 2, High 3)")}");
                var left = entered.Where(m => placed.All(p => p.Market != m.MarketName)).Select(m => m.MarketName).ToList();
                var order = assessment.Findings[0];
                return (assessment, new Finding(
                    "analysis.uppsala.psychic-distance",
                    order.Outcome,
                    Fmt($"On the scale {scale}: {order.Sentence}{(left.Count > 0 ? Fmt($" Not placed (no distance on this scale): {string.Join(", ", left)}.") : string.Empty)}"),
                    order.Inputs,
                    order.Thresholds,
                    order.Source));
            }
        }

        var with = entered.Where(m => !m.Distances.IsEmpty).Select(m => m.MarketName).ToList();
        return (null, new Finding(
            "analysis.uppsala.psychic-distance",
            FindingOutcome.Unknown,
            Fmt($"The entry order cannot be compared with psychic distance: fewer than two entered markets have a distance on a common scale (psychic or cultural, overall or Kogut-Singh){(with.Count > 0 ? Fmt($"; with distances: {string.Join(", ", with)}") : string.Empty)}."),
            [.. entered.Where(m => !m.Distances.IsEmpty).Select(m => new FindingInput("distance." + m.MarketId, string.Join(", ", m.Distances.SelectMany(d => d.Measures).Select(x => Fmt($"{RuleIds.Kebab(x.Dimension.ToString())}.{x.Name}"))), [.. m.Distances.SelectMany(d => d.Measures).SelectMany(x => x.Evidence).Distinct(StringComparer.Ordinal)]))],
            [],
            "Johanson & Vahlne (1977)"));
    }

    // Every measure of a pair, the Kogut-Singh index computed from its scores included.
    private static IEnumerable<DistanceMeasure> AllMeasures(CountryPairDistance pair)
    {
        var cage = pair.ToCage();
        return cage.Cultural.Concat(cage.Administrative).Concat(cage.Geographic).Concat(cage.Economic).Concat(pair.Psychic);
    }

    private static string Describe(DistanceMeasure m) =>
        string.Join(", ", new[]
        {
            m.Value is { } v ? Fmt($"{v}") : null,
            m.Level is { } l ? l.ToString() : null,
            m.Source,
        }.OfType<string>());

    private static Cases.PartnerFunction? FunctionOf(InstitutionalVoidKind kind) => kind switch
    {
        InstitutionalVoidKind.Payment => Cases.PartnerFunction.Payment,
        InstitutionalVoidKind.Logistics => Cases.PartnerFunction.Logistics,
        InstitutionalVoidKind.Credit => Cases.PartnerFunction.Finance,
        _ => null,
    };
}
