using System.Collections.Immutable;

namespace StrategyModel;

/// <summary>A numeric input that is either known, with the evidence behind it, or explicitly unknown, with the reason.</summary>
/// <typeparam name="T">The numeric type, such as <see cref="int"/> or <see cref="decimal"/>.</typeparam>
/// <remarks>
/// Unknown is a value, not a guess: criteria that need an unknown observation report <c>Unknown</c> rather than failing or passing.
/// <c>default(Observation&lt;T&gt;)</c> is unknown with the reason "not supplied".
/// </remarks>
public readonly record struct Observation<T>
    where T : struct
{
    private readonly ImmutableArray<string> evidence;
    private readonly string? unknownReason;

    internal Observation(T? value, string? unknownReason, ImmutableArray<string> evidence)
    {
        Value = value;
        this.unknownReason = unknownReason;
        this.evidence = evidence;
    }

    /// <summary>Gets the value, or <see langword="null"/> when unknown.</summary>
    public T? Value { get; }

    /// <summary>Gets whether the value is known.</summary>
    public bool IsKnown => Value.HasValue;

    /// <summary>Gets why the value is unknown, or <see langword="null"/> when it is known.</summary>
    public string? UnknownReason => Value.HasValue ? null : unknownReason ?? "not supplied";

    /// <summary>Gets the ids of the facts and analyst assessments behind the value (or behind the statement that it is unknown).</summary>
    public ImmutableArray<string> Evidence => evidence.IsDefault ? ImmutableArray<string>.Empty : evidence;

    /// <inheritdoc />
    public bool Equals(Observation<T> other) =>
        EqualityComparer<T?>.Default.Equals(Value, other.Value) && UnknownReason == other.UnknownReason
        && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, UnknownReason, Evidence.Length);

    /// <inheritdoc />
    public override string ToString() => Value.HasValue ? string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", Value.Value) : "unknown (" + UnknownReason + ")";
}

/// <summary>Creates <see cref="Observation{T}"/> values.</summary>
public static class Observation
{
    /// <summary>Creates a known observation.</summary>
    /// <typeparam name="T">The numeric type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="evidence">The ids of the evidence behind it.</param>
    /// <returns>The observation.</returns>
    public static Observation<T> Known<T>(T value, params ImmutableArray<string> evidence)
        where T : struct => new(value, null, evidence);

    /// <summary>Creates an unknown observation.</summary>
    /// <typeparam name="T">The numeric type.</typeparam>
    /// <param name="reason">Why the value is unknown.</param>
    /// <param name="evidence">The ids of any evidence that establishes it is unknown.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    public static Observation<T> Unknown<T>(string reason, params ImmutableArray<string> evidence)
        where T : struct
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(null, reason, evidence);
    }
}
