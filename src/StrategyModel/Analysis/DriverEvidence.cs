using System.Collections.Immutable;
using StrategyModel.Drivers;

namespace StrategyModel.Analysis;

/// <summary>The facts the analyzer counted for one driver of internationalization (the thesis's Table 2).</summary>
/// <param name="Kind">The driver.</param>
/// <param name="Facts">The ids of the facts counted, in case order.</param>
/// <param name="Statements">The facts' statements, in the same order.</param>
public sealed record DriverEvidence(DriverKind Kind, ImmutableArray<string> Facts, ImmutableArray<string> Statements)
{
    /// <inheritdoc />
    public bool Equals(DriverEvidence? other) =>
        other is not null && Kind == other.Kind && Facts.AsSpan().SequenceEqual(other.Facts.AsSpan()) && Statements.AsSpan().SequenceEqual(other.Statements.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Facts.Length);
}
