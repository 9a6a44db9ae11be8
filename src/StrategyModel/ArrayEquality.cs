using System.Collections.Immutable;

namespace StrategyModel;

/// <summary>Element-by-element equality and hashing of <see cref="ImmutableArray{T}"/> members, for records that would otherwise compare arrays by reference.</summary>
/// <remarks>A default (uninitialized) array equals an empty one.</remarks>
internal static class ArrayEquality
{
    // AsSpan of a default array is an empty span, so default and empty compare and hash alike without a check.

    /// <summary>Returns whether the arrays hold equal elements in the same order.</summary>
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right) => left.AsSpan().SequenceEqual(right.AsSpan());

    /// <summary>Adds the array's length and elements to a hash.</summary>
    public static void Add<T>(ref HashCode hash, ImmutableArray<T> array)
    {
        var items = array.AsSpan();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }
    }

    /// <summary>Returns <paramref name="array"/>, or an empty array when it is default.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
