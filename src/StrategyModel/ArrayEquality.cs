using System.Collections.Immutable;

namespace StrategyModel;

/// <summary>Element-by-element equality and hashing of <see cref="ImmutableArray{T}"/> members, for records that would otherwise compare arrays by reference.</summary>
/// <remarks>A default (uninitialized) array equals an empty one.</remarks>
internal static class ArrayEquality
{
    /// <summary>Returns whether the arrays hold equal elements in the same order.</summary>
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        (left.IsDefault ? [] : left).AsSpan().SequenceEqual((right.IsDefault ? [] : right).AsSpan());

    /// <summary>Adds the array's length and elements to a hash.</summary>
    public static void Add<T>(ref HashCode hash, ImmutableArray<T> array)
    {
        if (array.IsDefault)
        {
            hash.Add(0);
            return;
        }

        hash.Add(array.Length);
        foreach (var item in array)
        {
            hash.Add(item);
        }
    }

    /// <summary>Returns <paramref name="array"/>, or an empty array when it is default.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
