namespace StrategyModel.Sensitivity;

/// <summary>One change a perturbation makes: an input moved from its rated value, or a threshold option set to another value.</summary>
/// <param name="Name">The input's name prefixed with its framework (such as <c>oli.location</c>), or the option's name (such as
/// <c>OliOptions.LocationThreshold</c>).</param>
/// <param name="From">The rated value, or the option's value in force.</param>
/// <param name="To">The value the perturbation sets.</param>
public sealed record InputChange(string Name, string From, string To)
{
    /// <summary>Gets the signed number of scale steps an input moves: -1 one step down (towards Absent, No, Low or Narrow), +1 one
    /// step up; 0 for a threshold option.</summary>
    public int Step { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name + " " + From + " → " + To;
}
