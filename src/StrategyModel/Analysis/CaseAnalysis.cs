using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.BornGlobal;
using StrategyModel.Drivers;
using StrategyModel.Vrio;

namespace StrategyModel.Analysis;

/// <summary>Every framework run over one firm of a case as of a year: firm-level assessments, one <see cref="MarketAnalysis"/> per market, and cross-framework findings.</summary>
/// <remarks>Produced by <see cref="ICaseAnalyzer"/>; immutable and safe to share. Render it with <see cref="Reporting.MarkdownReport"/> or <see cref="Reporting.JsonReport"/>.</remarks>
public sealed record CaseAnalysis
{
    /// <summary>Gets the case's id.</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the case's title.</summary>
    public required string CaseTitle { get; init; }

    /// <summary>Gets the analysed firm's id.</summary>
    public required string FirmId { get; init; }

    /// <summary>Gets the analysed firm's name.</summary>
    public required string FirmName { get; init; }

    /// <summary>Gets the year the analysis is as of: facts and entries dated later are ignored.</summary>
    public required int AsOfYear { get; init; }

    /// <summary>Gets the firm's cross-border platform models (the thesis's Table 1), in model order; empty when the case has none.</summary>
    public required ImmutableArray<PlatformModelRow> PlatformModels { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the drivers of internationalization (the thesis's Figure 2 and Table 2).</summary>
    public required DriversAssessment Drivers { get; init; }

    /// <summary>Gets, for each driver in driver order, the available facts on its topics: an evidence-volume indicator shown beside the
    /// ratings, never a strength (a driver's strength comes only from an analyst rating).</summary>
    public required ImmutableArray<DriverEvidence> DriverEvidence { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the born-global assessment of the firm, or <see langword="null"/> when the case gives no founding year.</summary>
    public required BornGlobalAssessment? BornGlobal { get; init; }

    /// <summary>Gets a VRIO assessment for each internal-driver resource (ecosystem model, technology, brand, entrepreneur network, service quality) the case rates on all four questions, in that order.</summary>
    /// <remarks>VRIO ratings of the other resources the case format allows (such as <c>governance</c>) are loaded but not evaluated.</remarks>
    public required ImmutableArray<VrioAssessment> Vrio { get; init => field = value.OrEmpty(); }

    /// <summary>Gets one analysis per market the firm entered at any date, or that an analyst assessment rates for the firm, in case order.</summary>
    public required ImmutableArray<MarketAnalysis> Markets { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the firm-level verdicts with the values they take over the undetermined inputs (<c>born-global.venture-type</c>,
    /// and <c>vrio.&lt;resource&gt;</c> for each resource the case rates).</summary>
    public ImmutableArray<VerdictRange> Verdicts { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the case's facts available as of the analysis year (dated no later, or undated), in case order: the statement and
    /// quotes behind each evidence id the analysis cites. Empty for an analysis built without them.</summary>
    public ImmutableArray<Evidence.Fact> Facts { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the firm-level framework inputs with their sources and evidence.</summary>
    public required ImmutableArray<AnalysisInput> Inputs { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the cross-framework findings, including where a framework's verdict disagrees with the case's narrative.</summary>
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the Uppsala psychic-distance order check over the markets the firm entered (Johanson &amp; Vahlne 1977), or
    /// <see langword="null"/> when fewer than two entered markets have a distance on a common scale; the finding
    /// <c>analysis.uppsala.psychic-distance</c> says which scale was used, or why the check could not run.</summary>
    public Uppsala.PsychicDistanceAssessment? PsychicDistance { get; init; }

    /// <summary>Returns the analysis of one market.</summary>
    /// <param name="marketId">The market's id in the case.</param>
    /// <returns>The market's analysis.</returns>
    /// <exception cref="KeyNotFoundException">No market of the analysis has that id.</exception>
    public MarketAnalysis GetMarket(string marketId) =>
        Markets.FirstOrDefault(m => m.MarketId == marketId)
        ?? throw new KeyNotFoundException($"The analysis has no market '{marketId}'. Markets: {string.Join(", ", Markets.Select(m => m.MarketId))}.");
}
