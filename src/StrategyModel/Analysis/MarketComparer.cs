using System.Collections.Immutable;
using StrategyModel.Analysis.Inputs;
using StrategyModel.Assessments;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Analysis;

/// <summary>Puts two markets of an analysis side by side (the thesis's Table 3), with three states per side: present, absent with
/// evidence, not assessed.</summary>
internal static class MarketComparer
{
    private static readonly FactTopic[] AttractivenessTopics =
    [
        FactTopic.MarketSize, FactTopic.InternetPenetration, FactTopic.InternetUserGrowth, FactTopic.OnlineShoppingGrowth,
        FactTopic.CustomerPreference, FactTopic.PricePreference, FactTopic.CulturalProximity, FactTopic.YoungPopulation, FactTopic.RetailGaps,
    ];

    private static readonly FactTopic[] PolicyTopics =
    [
        FactTopic.HostRegulation, FactTopic.IntergovernmentalCooperation, FactTopic.BeltAndRoad, FactTopic.CrossBorderCooperation, FactTopic.TransportCorridor,
    ];

    private static readonly FactTopic[] EntryTacticTopics =
    [
        FactTopic.TierCities, FactTopic.OfflinePresence, FactTopic.InfrastructureBuilding, FactTopic.TrafficAcquisition, FactTopic.TechnologyTransfer,
    ];

    private static readonly FactTopic[] BusinessStrategyTopics =
    [
        FactTopic.CostLeadership, FactTopic.Differentiation, FactTopic.Localization, FactTopic.Partnership, FactTopic.EcosystemBuilding,
    ];

    private static readonly (ComparisonRow Row, FactTopic[] Topics)[] FactorRows =
    [
        (ComparisonRow.MarketAttractiveness, AttractivenessTopics),
        (ComparisonRow.RegulationAndPolicy, PolicyTopics),
        (ComparisonRow.EntryStrategy, EntryTacticTopics),
        (ComparisonRow.BusinessStrategy, BusinessStrategyTopics),
    ];

    /// <summary>The factors the market's evidence shows present, or shows absent (a known numeric value below its threshold).
    /// A fact with an unknown value, about the home market, or that contradicts the row's construct never shows a factor present.</summary>
    public static ImmutableArray<FactorPresence> Factors(EvidenceView view, string marketId, decimal highPenetration)
    {
        var list = ImmutableArray.CreateBuilder<FactorPresence>();
        foreach (var (row, topics) in FactorRows)
        {
            foreach (var topic in topics)
            {
                var facts = view.Facts(topic, marketId).Where(f => f.UnknownReason is null && f.Scope != FactScope.HomeMarket).ToList();
                if (topic == FactTopic.InternetPenetration)
                {
                    var measured = facts.Where(f => f is { IsNumeric: true, Unit: MeasureUnit.Percent, ScaledValue: not null }).ToList();
                    var high = measured.Where(f => f.ScaledValue >= highPenetration).Select(f => f.Id).ToImmutableArray();
                    var rule = Fmt($"a numeric internet penetration of at least {highPenetration}% (CaseAnalyzerOptions.HighInternetPenetrationPercent)");
                    if (high.Length > 0)
                    {
                        list.Add(new FactorPresence(topic, row, high, rule));
                    }
                    else if (measured.Count > 0)
                    {
                        list.Add(new FactorPresence(topic, row, [.. measured.Select(f => f.Id)], "measured below " + rule) { Present = false });
                    }

                    continue;
                }

                var construct = ConstructOf(row, topic);
                var supporting = facts
                    .Where(f => construct is not { } c || !f.BearsOn.OrEmpty().Any(b => b.Input == c && b.Valence == Valence.Contradicts && (b.Market is null || b.Market == marketId)))
                    .Select(f => f.Id).Distinct(StringComparer.Ordinal).ToImmutableArray();
                if (supporting.Length > 0)
                {
                    list.Add(new FactorPresence(topic, row, supporting, "at least one cited fact on the topic in the market"));
                }
            }
        }

        return list.ToImmutable();
    }

    // The construct a factor row's topic is evidence for: a fact that contradicts that construct does not show the factor.
    private static AssessedInput? ConstructOf(ComparisonRow row, FactTopic topic) => (row, topic) switch
    {
        (ComparisonRow.MarketAttractiveness, _) => AssessedInput.MarketAttractiveness,
        (_, FactTopic.CostLeadership) => AssessedInput.CostAdvantage,
        (_, FactTopic.Differentiation) => AssessedInput.Differentiation,
        (_, FactTopic.Localization) => AssessedInput.Localization,
        (_, FactTopic.Partnership) => AssessedInput.StrategicPartnership,
        _ => null,
    };

    public static MarketComparison Compare(CaseAnalysis analysis, string marketA, string marketB)
    {
        ModelGuard.Analysis(analysis);
        ArgumentNullException.ThrowIfNull(marketA);
        ArgumentNullException.ThrowIfNull(marketB);
        if (marketA == marketB)
        {
            throw new ArgumentException("Compare two different markets.", nameof(marketB));
        }

        Known(analysis, marketA, nameof(marketA));
        Known(analysis, marketB, nameof(marketB));

        var a = analysis.GetMarket(marketA);
        var b = analysis.GetMarket(marketB);
        var cells = new List<ComparisonCell>();

        foreach (var (row, _) in FactorRows)
        {
            var topics = a.Factors.Concat(b.Factors).Where(f => f.Row == row).Select(f => f.Topic).Distinct();
            foreach (var topic in topics)
            {
                var fa = a.Factors.FirstOrDefault(f => f.Topic == topic);
                var fb = b.Factors.FirstOrDefault(f => f.Topic == topic);
                cells.Add(Cell(row, RuleIds.Kebab(topic.ToString()), FactorState(fa), FactorState(fb), string.Empty, string.Empty, fa?.Evidence ?? [], fb?.Evidence ?? []));
            }
        }

        // Entry strategy: a recorded entry history is a complete record, so a mode or partner function it lacks is absent with evidence.
        var functions = a.Partners.Concat(b.Partners).SelectMany(p => p.Functions).Distinct();
        foreach (var function in functions)
        {
            var pa = a.Partners.Where(p => p.Functions.Contains(function)).ToList();
            var pb = b.Partners.Where(p => p.Functions.Contains(function)).ToList();
            cells.Add(Cell(ComparisonRow.EntryStrategy, "partner-function." + RuleIds.Kebab(function.ToString()), HistoryState(a, pa.Count > 0), HistoryState(b, pb.Count > 0), Names(pa), Names(pb), Ids(pa.SelectMany(p => p.Evidence)), Ids(pb.SelectMany(p => p.Evidence))));
        }

        foreach (var mode in a.Entries.Concat(b.Entries).Select(e => e.Mode).Distinct())
        {
            var ea = a.Entries.Where(e => e.Mode == mode).ToList();
            var eb = b.Entries.Where(e => e.Mode == mode).ToList();
            cells.Add(Cell(ComparisonRow.EntryStrategy, "mode." + RuleIds.Kebab(mode.ToString()), HistoryState(a, ea.Count > 0), HistoryState(b, eb.Count > 0), string.Empty, string.Empty, Ids(ea.SelectMany(e => e.Evidence)), Ids(eb.SelectMany(e => e.Evidence))));
        }

        var ca = CooperationAndSubsidiary(a);
        var cb = CooperationAndSubsidiary(b);
        if (ca.Holds || cb.Holds)
        {
            cells.Add(Cell(ComparisonRow.EntryStrategy, "local-cooperation-and-subsidiary", HistoryState(a, ca.Holds), HistoryState(b, cb.Holds), string.Empty, string.Empty, ca.Evidence, cb.Evidence));
        }

        if (a.Partners.Length > 0 || b.Partners.Length > 0)
        {
            cells.Add(Cell(ComparisonRow.EntryStrategy, "partners", HistoryState(a, a.Partners.Length > 0), HistoryState(b, b.Partners.Length > 0), Names(a.Partners), Names(b.Partners), Ids(a.Partners.SelectMany(p => p.Evidence)), Ids(b.Partners.SelectMany(p => p.Evidence)), valued: true));
        }

        // Business strategy: Porter's cell and the advantages it reads; a market whose cell is undetermined was not assessed.
        var ga = a.GenericStrategy;
        var gb = b.GenericStrategy;
        var evA = ga is null ? [] : Ids(ga.Findings.SelectMany(f => f.Evidence));
        var evB = gb is null ? [] : Ids(gb.Findings.SelectMany(f => f.Evidence));
        cells.Add(Cell(ComparisonRow.BusinessStrategy, "generic-strategy", Rated(ga, true), Rated(gb, true), ga?.Strategy.ToString() ?? "undetermined", gb?.Strategy.ToString() ?? "undetermined", evA, evB, valued: true));
        AddIfAny(cells, "cost-advantage", Rated(ga, ga?.CostAdvantageHeld), Rated(gb, gb?.CostAdvantageHeld), evA, evB);
        AddIfAny(cells, "differentiation-advantage", Rated(ga, ga?.DifferentiationHeld), Rated(gb, gb?.DifferentiationHeld), evA, evB);
        AddIfAny(cells, "localization-element", Rated(ga, ga?.LocalizationElement), Rated(gb, gb?.LocalizationElement), evA, evB);
        AddIfAny(cells, "partnership-element", Rated(ga, ga?.PartnershipElement), Rated(gb, gb?.PartnershipElement), evA, evB);

        DistanceAndInstitutionCells(cells, a, b, analysis.AsOfYear);

        return new MarketComparison
        {
            CaseId = analysis.CaseId,
            FirmId = analysis.FirmId,
            AsOfYear = analysis.AsOfYear,
            MarketA = marketA,
            MarketB = marketB,
            Cells = [.. cells.OrderBy(c => c.Row).ThenBy(c => c.Item, StringComparer.Ordinal)],
        };
    }

    // Distance and institutions: a value-compared cell per measure, void, cap and risk; a market whose case holds none was not assessed.
    private static void DistanceAndInstitutionCells(List<ComparisonCell> cells, MarketAnalysis a, MarketAnalysis b, int asOf)
    {
        static Dictionary<string, (string Value, ImmutableArray<string> Evidence)> Measures(MarketAnalysis m)
        {
            var map = new Dictionary<string, (string, ImmutableArray<string>)>(StringComparer.Ordinal);
            foreach (var pair in m.Distances)
            {
                var cage = pair.ToCage();
                foreach (var x in cage.Cultural.Concat(cage.Administrative).Concat(cage.Geographic).Concat(cage.Economic).Concat(pair.Psychic))
                {
                    var value = string.Join(", ", new[] { x.Value is { } v ? Fmt($"{v}") : null, x.Level?.ToString() }.OfType<string>());
                    map.TryAdd(Fmt($"{RuleIds.Kebab(x.Dimension.ToString())}.{x.Name}"), (value, x.Evidence));
                }
            }

            return map;
        }

        static Dictionary<string, (string Value, ImmutableArray<string> Evidence)> Institutions(MarketAnalysis m, int asOf)
        {
            var map = new Dictionary<string, (string, ImmutableArray<string>)>(StringComparer.Ordinal);
            foreach (var n in m.Institutions)
            {
                foreach (var v in n.Voids.Where(v => v.AsOf is null || v.AsOf <= asOf))
                {
                    map.TryAdd("void." + RuleIds.Kebab(v.Kind.ToString()), (v.Level.ToString(), v.Evidence));
                }

                if (n.PoliticalRisk is { } r && (r.AsOf is null || r.AsOf <= asOf))
                {
                    map.TryAdd("political-risk", (r.Level.ToString(), r.Evidence));
                }
            }

            if (m.OwnershipCap is { } cap)
            {
                map.TryAdd("ownership-cap", (Fmt($"{cap.Percent}%"), cap.Evidence));
            }

            return map;
        }

        Add(ComparisonRow.Distance, Measures(a), Measures(b));
        Add(ComparisonRow.Institutions, Institutions(a, asOf), Institutions(b, asOf));

        void Add(ComparisonRow row, Dictionary<string, (string Value, ImmutableArray<string> Evidence)> ma, Dictionary<string, (string Value, ImmutableArray<string> Evidence)> mb)
        {
            foreach (var item in ma.Keys.Concat(mb.Keys).Distinct(StringComparer.Ordinal))
            {
                var inA = ma.TryGetValue(item, out var xa);
                var inB = mb.TryGetValue(item, out var xb);

                // An item the other market's record lacks is not assessed there: a missing measure is no evidence of no distance.
                var stateA = inA ? SideState.Present : SideState.NotAssessed;
                var stateB = inB ? SideState.Present : SideState.NotAssessed;
                cells.Add(Cell(row, item, stateA, stateB, inA ? xa.Value : string.Empty, inB ? xb.Value : string.Empty, inA ? xa.Evidence : [], inB ? xb.Evidence : [], valued: true));
            }
        }
    }

    private static SideState FactorState(FactorPresence? factor) =>
        factor is null ? SideState.NotAssessed : factor.Present ? SideState.Present : SideState.AbsentWithEvidence;

    private static SideState HistoryState(MarketAnalysis m, bool holds) =>
        holds ? SideState.Present : m.Entries.Length > 0 || m.Partners.Length > 0 ? SideState.AbsentWithEvidence : SideState.NotAssessed;

    private static SideState Rated(object? assessment, bool? holds) =>
        assessment is null || holds is null ? SideState.NotAssessed : holds.Value ? SideState.Present : SideState.AbsentWithEvidence;

    private static void AddIfAny(List<ComparisonCell> cells, string item, SideState a, SideState b, ImmutableArray<string> evA, ImmutableArray<string> evB)
    {
        if (a == SideState.Present || b == SideState.Present)
        {
            cells.Add(Cell(ComparisonRow.BusinessStrategy, item, a, b, string.Empty, string.Empty, a == SideState.Present ? evA : [], b == SideState.Present ? evB : []));
        }
    }

    private static ComparisonCell Cell(ComparisonRow row, string item, SideState a, SideState b, string valueA, string valueB, ImmutableArray<string> evA, ImmutableArray<string> evB, bool valued = false)
    {
        var inA = a == SideState.Present;
        var inB = b == SideState.Present;
        var verdict = a == SideState.NotAssessed || b == SideState.NotAssessed ? CellVerdict.NotComparable
            : inA && inB && (!valued || valueA == valueB) ? CellVerdict.Same
            : CellVerdict.Differ;
        return new ComparisonCell(row, item, verdict, inA, inB, valueA, valueB, evA, evB) { StateA = a, StateB = b };
    }

    private static string Names(IEnumerable<PartnerSummary> partners) => string.Join(", ", partners.Select(p => p.Name).Order(StringComparer.Ordinal));

    private static ImmutableArray<string> Ids(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];

    private static (bool Holds, ImmutableArray<string> Evidence) CooperationAndSubsidiary(MarketAnalysis m)
    {
        var subsidiary = m.Entries.Where(e => e.Mode is EntryMode.JointVenture or EntryMode.Acquisition or EntryMode.GreenfieldSubsidiary).ToList();
        var cooperation = m.Partners.Where(p => p.Kind is Cases.RelationshipKind.StrategicPartnership or Cases.RelationshipKind.ServiceContract).ToList();
        var holds = (cooperation.Count > 0 || m.Entries.Any(e => e.Mode == EntryMode.StrategicAlliance)) && subsidiary.Count > 0;
        return (holds, holds ? Ids(subsidiary.SelectMany(e => e.Evidence).Concat(cooperation.SelectMany(p => p.Evidence))) : []);
    }

    private static void Known(CaseAnalysis analysis, string market, string paramName)
    {
        if (!analysis.Markets.Any(m => m.MarketId == market))
        {
            throw new ArgumentException($"The analysis has no market '{market}'. Markets: {string.Join(", ", analysis.Markets.Select(m => m.MarketId))}.", paramName);
        }
    }
}
