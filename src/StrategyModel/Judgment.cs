namespace StrategyModel;

/// <summary>A yes-or-no judgment, such as whether a resource is rare (VRIO).</summary>
/// <remarks><see cref="Unspecified"/> is the default of the type and is rejected by every evaluator.</remarks>
public enum Judgment
{
    /// <summary>No value was given; evaluators reject it.</summary>
    Unspecified = 0,

    /// <summary>The criterion does not hold.</summary>
    No = 1,

    /// <summary>The criterion holds.</summary>
    Yes = 2,
}
