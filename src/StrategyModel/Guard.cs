namespace StrategyModel;

/// <summary>Argument checks shared by the evaluators.</summary>
internal static class Guard
{
    /// <summary>Throws when <paramref name="value"/> is the enum's zero (<c>Unspecified</c>) or not a defined member.</summary>
    public static void Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value) || EqualityComparer<T>.Default.Equals(value, default))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a defined {typeof(T).Name} other than Unspecified.");
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
}
