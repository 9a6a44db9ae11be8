using System.Collections.Immutable;

namespace StrategyModel.Drivers;

/// <summary>A firm's international performance as a measured outcome: the metric, which way it moved, where, and the evidence.</summary>
/// <param name="Metric">What was measured, such as "cross-border GMV", "foreign share of revenue" or "Lazada's operating result"; never empty.</param>
/// <param name="Direction">Which way the metric moved.</param>
/// <param name="Evidence">Ids of the facts and analyst assessments behind the reading; empty when none were supplied.</param>
/// <remarks>
/// <para>In Gerschewski, Rose &amp; Lindsay (2015, Journal of World Business 50(3)) international performance is what the drivers
/// explain, so it has a metric and a direction, never a strength "present at Moderate". The metric must measure the firm's business
/// abroad: domestic results (home-market sales, home-market shopping festivals, revenue of units serving the home market) never
/// count as international performance, however large. The caller, not the evaluator, keeps them out (in a case, facts scoped to the
/// home market).</para>
/// <para>Equality compares the evidence ids element by element.</para>
/// </remarks>
public sealed record PerformanceOutcome(string Metric, PerformanceDirection Direction, ImmutableArray<string> Evidence)
{
    /// <summary>Gets the evidence ids, never a default array.</summary>
    public ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); } = Evidence.IsDefault ? ImmutableArray<string>.Empty : Evidence;

    /// <summary>Gets the foreign market the metric measures, or <see langword="null"/> (the default) for the firm's international business as a whole.</summary>
    public string? Market { get; init; }

    /// <inheritdoc />
    public bool Equals(PerformanceOutcome? other) =>
        other is not null && Metric == other.Metric && Direction == other.Direction && Market == other.Market
        && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Metric, Direction, Market, Evidence.Length);
}
