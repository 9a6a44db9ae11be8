using System.Collections.Immutable;
using StrategyModel.Cases;

namespace StrategyModel.Analysis;

/// <summary>A partner or investee of the firm in one market, as of the analysis year.</summary>
/// <param name="FirmId">The counterparty's firm id.</param>
/// <param name="Name">The counterparty's name.</param>
/// <param name="Kind">The kind of relationship.</param>
/// <param name="Functions">What the counterparty does for the firm.</param>
/// <param name="Year">The year the relationship began, when known.</param>
/// <param name="Evidence">The ids of the facts behind it.</param>
public sealed record PartnerSummary(string FirmId, string Name, RelationshipKind Kind, ImmutableArray<PartnerFunction> Functions, int? Year, ImmutableArray<string> Evidence)
{
    /// <inheritdoc />
    public bool Equals(PartnerSummary? other) =>
        other is not null && FirmId == other.FirmId && Name == other.Name && Kind == other.Kind && Year == other.Year
        && Functions.AsSpan().SequenceEqual(other.Functions.AsSpan()) && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FirmId, Kind, Year);
}
