using System.Collections.Immutable;
using StrategyModel.Evidence;

namespace StrategyModel.Analysis;

/// <summary>One row of the firm's cross-border platform models (the thesis's Table 1): who trades with whom, how, and on which platforms.</summary>
/// <param name="Model">The platform model.</param>
/// <param name="Parties">The transacting parties the model's name defines, such as "Firm and firm".</param>
/// <param name="Features">The transaction features, quoted from the case's cited facts.</param>
/// <param name="Flows">The transaction processes, quoted from the case's cited facts.</param>
/// <param name="Platforms">The firm's business units of this model, by name, in case order.</param>
/// <param name="Evidence">The ids of the facts behind the row.</param>
public sealed record PlatformModelRow(
    PlatformModel Model,
    string Parties,
    ImmutableArray<string> Features,
    ImmutableArray<string> Flows,
    ImmutableArray<string> Platforms,
    ImmutableArray<string> Evidence)
{
    /// <inheritdoc />
    public bool Equals(PlatformModelRow? other) =>
        other is not null && Model == other.Model && Parties == other.Parties
        && Features.AsSpan().SequenceEqual(other.Features.AsSpan()) && Flows.AsSpan().SequenceEqual(other.Flows.AsSpan())
        && Platforms.AsSpan().SequenceEqual(other.Platforms.AsSpan()) && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Model, Platforms.Length);
}
