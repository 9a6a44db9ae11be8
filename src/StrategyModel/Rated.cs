using System.Collections.Immutable;

namespace StrategyModel;

/// <summary>A qualitative input value together with the ids of the evidence (facts or analyst assessments) behind it.</summary>
/// <typeparam name="T">The enum the value is drawn from, usually <see cref="Strength"/>.</typeparam>
/// <param name="Value">The rated value.</param>
/// <param name="Evidence">Ids of the facts and analyst assessments that support the value; empty when the caller supplied none.</param>
/// <remarks>
/// <c>default(Rated&lt;T&gt;)</c> has the enum's zero value (<c>Unspecified</c>), which evaluators reject, and no evidence.
/// Equality compares <see cref="Value"/> and the evidence ids element by element.
/// </remarks>
public readonly record struct Rated<T>(T Value, ImmutableArray<string> Evidence)
    where T : struct, Enum
{
    /// <summary>Creates a rated value with no evidence ids.</summary>
    /// <param name="value">The rated value.</param>
    public Rated(T value)
        : this(value, ImmutableArray<string>.Empty)
    {
    }

    /// <summary>Gets the evidence ids, never a default array (also not for <c>default(Rated&lt;T&gt;)</c> or <c>with { Evidence = default }</c>).</summary>
    public ImmutableArray<string> Evidence { get => field.OrEmpty(); init; } = Evidence;

    /// <summary>Converts a bare value into a rated value without evidence.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Rated<T>(T value) => new(value);

    /// <inheritdoc />
    public bool Equals(Rated<T> other) =>
        EqualityComparer<T>.Default.Equals(Value, other.Value) && ArrayEquality.Equal(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Value);
        ArrayEquality.Add(ref hash, Evidence);
        return hash.ToHashCode();
    }
}
