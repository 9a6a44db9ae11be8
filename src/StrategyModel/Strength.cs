namespace StrategyModel;

/// <summary>An ordinal strength for a qualitative input such as an ownership advantage or a market's location advantage.</summary>
/// <remarks>
/// Qualitative inputs are ordinal, not floats pretending to precision. The values are ordered:
/// <see cref="Absent"/> &lt; <see cref="Weak"/> &lt; <see cref="Moderate"/> &lt; <see cref="Strong"/>.
/// <see cref="Unspecified"/> is the default of the type and is rejected by every evaluator.
/// </remarks>
public enum Strength
{
    /// <summary>No value was given; evaluators reject it.</summary>
    Unspecified = 0,

    /// <summary>The advantage or factor is not present.</summary>
    Absent = 1,

    /// <summary>Present but weak.</summary>
    Weak = 2,

    /// <summary>Present at a moderate level.</summary>
    Moderate = 3,

    /// <summary>Present and strong.</summary>
    Strong = 4,
}
