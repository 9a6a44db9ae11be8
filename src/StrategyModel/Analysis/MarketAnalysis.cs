using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.EntryModes;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;

namespace StrategyModel.Analysis;

/// <summary>Every market-level framework run over one firm in one market, as of a year, with the inputs and their evidence.</summary>
public sealed record MarketAnalysis
{
    /// <summary>Gets the market's id in the case.</summary>
    public required string MarketId { get; init; }

    /// <summary>Gets the market's name.</summary>
    public required string MarketName { get; init; }

    /// <summary>Gets the firm's own entries into the market (its own, its subsidiaries', and an affiliate's the case attributes to it)
    /// started by the analysis year, ended or not, in date order. Supporting arrangements are partners, not entries.</summary>
    public required ImmutableArray<MarketEntry> Entries { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the ownership history as of the analysis year: each entry, stake change and end, in date order.</summary>
    public required ImmutableArray<EntryEvent> History { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the mode in force at the end of the analysis year: the entry mode of highest control among the entries in force
    /// (a portfolio stake in another firm only when no entry mode is in force), or <see langword="null"/> before the first entry and
    /// after an exit.</summary>
    public required EntryMode? CurrentMode { get; init; }

    /// <summary>Gets how the firm left the market when every entry has ended by the analysis year, or <see langword="null"/>.</summary>
    public required EntryEnd? Exit { get; init; }

    /// <summary>Gets the OLI assessment, or <see langword="null"/> when the route is undetermined (see <see cref="Verdicts"/>).</summary>
    public required OliAssessment? Oli { get; init; }

    /// <summary>Gets the transaction-cost assessment, or <see langword="null"/> when the degree of control is undetermined.</summary>
    public required TransactionCostAssessment? TransactionCosts { get; init; }

    /// <summary>Gets the entry modes ranked for the route and the degree of control, or <see langword="null"/> when either is undetermined.</summary>
    public required EntryModeRecommendation? EntryModes { get; init; }

    /// <summary>Gets the Uppsala assessment of the dated entry sequence.</summary>
    public required UppsalaAssessment Uppsala { get; init; }

    /// <summary>Gets the network-model assessment, or <see langword="null"/> when the situation is undetermined.</summary>
    public required NetworkAssessment? Network { get; init; }

    /// <summary>Gets Porter's generic strategy in the market, or <see langword="null"/> when the cell is undetermined.</summary>
    public required GenericStrategyAssessment? GenericStrategy { get; init; }

    /// <summary>Gets every market verdict with the values it takes over the undetermined inputs: <c>oli.route</c>,
    /// <c>transaction-costs.control</c>, <c>entry-modes.best</c>, <c>network-model.situation</c> and <c>generic-strategies.strategy</c>.</summary>
    public required ImmutableArray<VerdictRange> Verdicts { get; init => field = value.OrEmpty(); }

    /// <summary>Returns a verdict by id.</summary>
    /// <param name="verdict">The verdict id, such as <c>oli.route</c>.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="KeyNotFoundException">The analysis has no such verdict.</exception>
    public VerdictRange GetVerdict(string verdict) =>
        Verdicts.FirstOrDefault(v => v.Verdict == verdict) ?? throw new KeyNotFoundException($"The market analysis has no verdict '{verdict}'.");

    /// <summary>Gets the market factors and strategy elements the evidence shows, in topic order.</summary>
    public required ImmutableArray<FactorPresence> Factors { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the firm's partners and investees in the market as of the analysis year.</summary>
    public required ImmutableArray<PartnerSummary> Partners { get; init => field = value.OrEmpty(); }

    /// <summary>Gets every framework input the analyzer built for this market, with its source and evidence.</summary>
    public required ImmutableArray<AnalysisInput> Inputs { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the case's distances from the firm's home country that speak for this market (docs/distance/); empty when the
    /// case holds none.</summary>
    public ImmutableArray<Distance.CountryPairDistance> Distances { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the case's institutions entries that speak for this market: voids, ownership caps and political risk.</summary>
    public ImmutableArray<Distance.CountryInstitutions> Institutions { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the strictest cap on foreign ownership in force in the analysis year, which the analyzer passed to the
    /// transaction costs (<see cref="TransactionCostProfile.ForeignOwnershipCapPercent"/>), or <see langword="null"/>.</summary>
    public Distance.OwnershipCap? OwnershipCap { get; init; }

    /// <summary>Gets the analyzer's own findings for this market: where the frameworks' recommendations and the firm's observed choices agree or not.</summary>
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <summary>Returns whether the evidence shows a factor or element in this market.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Has(Evidence.FactTopic topic) => Factors.Any(f => f.Topic == topic && f.Present);
}
