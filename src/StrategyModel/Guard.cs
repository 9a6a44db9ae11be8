using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace StrategyModel;

/// <summary>Argument checks shared by the evaluators.</summary>
internal static class Guard
{
    /// <summary>Throws when <paramref name="value"/> is the enum's zero (<c>Unspecified</c>) or not a defined member.</summary>
    /// <remarks>
    /// Allocation-free and branch-cheap on the verdict paths: for an enum whose members are exactly <c>0..n</c> (every enum of this
    /// library) the check is a range comparison; any other enum falls back to <see cref="Enum.IsDefined{TEnum}(TEnum)"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!DefinedRange<T>.ContainsNonZero(value))
        {
            ThrowUndefined(value, paramName);
        }
    }

    /// <summary>Throws when a threshold is <see cref="Strength.Unspecified"/> or <see cref="Strength.Absent"/>: a threshold of Absent would make every input meet it.</summary>
    public static void Threshold(Strength value, string paramName)
    {
        if (value is < Strength.Weak or > Strength.Strong)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be Weak, Moderate or Strong.");
        }
    }

    /// <summary>
    /// An <see cref="ArgumentOutOfRangeException"/> that names the offending option or profile property rather than a method
    /// parameter (CA2208 rejects a property name passed to the constructor directly).
    /// </summary>
    public static ArgumentOutOfRangeException OutOfRange(string name, object? value, string message) => new(name, value, message);

    /// <summary>An <see cref="ArgumentException"/> that names the offending option or profile property, as <see cref="OutOfRange"/> does.</summary>
    public static ArgumentException Invalid(string message, string name) => new(message, name);

    [DoesNotReturn]
    private static void ThrowUndefined<T>(T value, string paramName)
        where T : struct, Enum =>
        throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a defined {typeof(T).Name} other than Unspecified.");

    /// <summary>The members of <typeparamref name="T"/> as a contiguous range, computed once per enum type (immutable afterwards).</summary>
    private static class DefinedRange<T>
        where T : struct, Enum
    {
        /// <summary>The highest member when the members are exactly <c>0..Max</c> of a 32-bit enum; otherwise -1.</summary>
        private static readonly int Max = ComputeMax();

        // Max is a constant to the optimizing JIT (a static readonly of an initialized class), so this inlines to one comparison.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool ContainsNonZero(T value) =>
            Max >= 0 ? (uint)(Unsafe.As<T, int>(ref value) - 1) < (uint)Max : ContainsNonZeroSlow(value);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool ContainsNonZeroSlow(T value) => Enum.IsDefined(value) && !EqualityComparer<T>.Default.Equals(value, default);

        private static int ComputeMax()
        {
            if (Unsafe.SizeOf<T>() != sizeof(int))
            {
                return -1;
            }

            var values = Enum.GetValues<T>();
            var raw = new int[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                raw[i] = Unsafe.As<T, int>(ref values[i]);
            }

            Array.Sort(raw);
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] != i)
                {
                    return -1;
                }
            }

            return raw.Length - 1;
        }
    }
}
