using System.Collections.Immutable;

namespace StrategyModel.Sensitivity;

/// <summary>A perturbation that changes a verdict, and the verdict it changes to.</summary>
/// <param name="Kind">How the perturbation moves the inputs or options.</param>
/// <param name="Changes">What it changes: one input, two inputs, or one threshold option.</param>
/// <param name="To">The verdict under the perturbation; <c>Undetermined (A or B)</c> when the undetermined inputs then leave it open.</param>
public sealed record Flip(PerturbationKind Kind, ImmutableArray<InputChange> Changes, string To)
{
    /// <inheritdoc />
    public bool Equals(Flip? other) => other is not null && Kind == other.Kind && To == other.To && ArrayEquality.Equal(Changes, other.Changes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, To, Changes.Length);

    /// <inheritdoc />
    public override string ToString() => string.Join(" and ", Changes) + " ⇒ " + To;
}
