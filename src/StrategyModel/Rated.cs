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

    /// <summary>Gets the evidence ids, never a default array.</summary>
    public ImmutableArray<string> Evidence { get; init; } = Evidence.IsDefault ? ImmutableArray<string>.Empty : Evidence;

    /// <summary>Converts a bare value into a rated value without evidence.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Rated<T>(T value) => new(value);

    /// <inheritdoc />
    public bool Equals(Rated<T> other) =>
        EqualityComparer<T>.Default.Equals(Value, other.Value) && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Value);
        foreach (var id in Evidence)
        {
            hash.Add(id, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
