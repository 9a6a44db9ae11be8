using System.Collections.Immutable;

namespace StrategyModel.Uppsala;

/// <summary>One firm's dated entries into one market, the input of the Uppsala establishment-chain evaluation.</summary>
/// <remarks>
/// The entries need not be sorted: the evaluator orders them by <see cref="DatedEntry.Year"/>, keeping the given order within a
/// year. An empty array means the firm has not entered yet and stands at <see cref="EstablishmentStage.NoRegularExport"/>.
/// Equality compares the entries element by element.
/// </remarks>
public sealed record UppsalaProfile
{
    /// <summary>Gets the firm's dated entries into the market.</summary>
    public required ImmutableArray<DatedEntry> Entries { get; init; }

    /// <inheritdoc />
    public bool Equals(UppsalaProfile? other) =>
        other is not null && Entries.IsDefault == other.Entries.IsDefault
        && (Entries.IsDefault || Entries.AsSpan().SequenceEqual(other.Entries.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode() => Entries.IsDefault ? 0 : Entries.Length;
}
