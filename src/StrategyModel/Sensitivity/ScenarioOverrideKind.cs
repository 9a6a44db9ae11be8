namespace StrategyModel.Sensitivity;

/// <summary>What a scenario override replaces.</summary>
public enum ScenarioOverrideKind
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>A rated ordinal input (such as <c>transaction-costs.asset-specificity</c>): the override's value replaces the case's
    /// rating, or decides an input no rating decides.</summary>
    Input = 1,

    /// <summary>A numeric setting of a framework profile that the case does not rate (such as
    /// <c>transaction-costs.foreign-ownership-cap-percent</c>).</summary>
    Setting = 2,
}
