using System.Collections.Immutable;
using StrategyModel.Evidence;

namespace StrategyModel.Analysis;

/// <summary>A market factor or strategy element the case's evidence shows in one market, or shows absent there (<see cref="Present"/>).</summary>
/// <param name="Topic">The fact topic, such as <see cref="FactTopic.PricePreference"/>.</param>
/// <param name="Row">The comparison row the topic belongs to.</param>
/// <param name="Evidence">The ids of the facts that show it.</param>
/// <param name="Rule">Why the factor counts as present.</param>
public sealed record FactorPresence(FactTopic Topic, ComparisonRow Row, ImmutableArray<string> Evidence, string Rule)
{
    /// <summary>Gets whether the evidence shows the factor present (<see langword="true"/>, the default) or shows it absent, such as a
    /// measured value below the threshold (<see langword="false"/>).</summary>
    public bool Present { get; init; } = true;

    /// <inheritdoc />
    public bool Equals(FactorPresence? other) =>
        other is not null && Present == other.Present && Topic == other.Topic && Row == other.Row && Rule == other.Rule && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Topic, Row, Evidence.Length);
}
