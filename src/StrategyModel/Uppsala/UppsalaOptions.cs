namespace StrategyModel.Uppsala;

/// <summary>The judgment the Uppsala evaluator needs that the model itself leaves open.</summary>
/// <remarks>The evaluator copies the options when it is constructed, so changing an instance afterwards does not change an existing evaluator.</remarks>
public sealed class UppsalaOptions
{
    /// <summary>Gets or sets the most years per stage step at which climbing the establishment chain counts as fast.</summary>
    /// <value>
    /// Default is 2. The Uppsala model gives no number: Johanson &amp; Wiedersheim-Paul (1975) describe Swedish firms that took
    /// decades from agent to manufacturing subsidiary, while the born-global literature (Oviatt &amp; McDougall 1994; Knight &amp;
    /// Cavusgil 2004) speaks of firms international within about three years of founding. Two years a step (six years from agent to
    /// production) is the library's judgment of where "much faster than the chain predicts" begins. Must not be negative.
    /// </value>
    public int MaxYearsPerStageForFastPace { get; set; } = 2;

    /// <summary>Gets or sets which stage of the establishment chain each entry mode reaches.</summary>
    /// <value>
    /// Default is <see cref="EstablishmentStageMapping.Default"/>: cross-border platform selling is direct export with no representative
    /// (stage 2), a minority stake in another firm is a portfolio stake (stage 1, no establishment of the firm's own) and a strategic
    /// alliance is off the chain. <see cref="EstablishmentStageMapping.ThesisReading"/> restores the earlier reading (every non-equity
    /// mode and the minority stake at stage 2). Must not be null.
    /// </value>
    public EstablishmentStageMapping StageMapping { get; set; } = EstablishmentStageMapping.Default;
}
