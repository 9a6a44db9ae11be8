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

    /// <summary>Gets the firm's entries into the market up to and including the analysis year, in date order.</summary>
    public required ImmutableArray<MarketEntry> Entries { get; init; }

    /// <summary>Gets the most committed mode in effect (highest control rank; the later entry on a tie), or <see langword="null"/> before the first entry.</summary>
    public required EntryMode? CurrentMode { get; init; }

    /// <summary>Gets the OLI assessment: the route of serving the market.</summary>
    public required OliAssessment Oli { get; init; }

    /// <summary>Gets the transaction-cost assessment: the degree of control called for.</summary>
    public required TransactionCostAssessment TransactionCosts { get; init; }

    /// <summary>Gets the entry modes ranked for the OLI route and the degree of control.</summary>
    public required EntryModeRecommendation EntryModes { get; init; }

    /// <summary>Gets the Uppsala assessment of the dated entry sequence.</summary>
    public required UppsalaAssessment Uppsala { get; init; }

    /// <summary>Gets the network-model assessment, or <see langword="null"/> when the case rates neither degree of internationalization.</summary>
    public required NetworkAssessment? Network { get; init; }

    /// <summary>Gets Porter's generic strategy in the market, with the thesis's strategy elements.</summary>
    public required GenericStrategyAssessment GenericStrategy { get; init; }

    /// <summary>Gets the market factors and strategy elements the evidence shows, in topic order.</summary>
    public required ImmutableArray<FactorPresence> Factors { get; init; }

    /// <summary>Gets the firm's partners and investees in the market as of the analysis year.</summary>
    public required ImmutableArray<PartnerSummary> Partners { get; init; }

    /// <summary>Gets every framework input the analyzer built for this market, with its source and evidence.</summary>
    public required ImmutableArray<AnalysisInput> Inputs { get; init; }

    /// <summary>Gets the analyzer's own findings for this market: where the frameworks' recommendations and the firm's observed choices agree or not.</summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <summary>Returns whether the evidence shows a factor or element in this market.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Has(Evidence.FactTopic topic) => Factors.Any(f => f.Topic == topic);
}
