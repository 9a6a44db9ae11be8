namespace StrategyModel.Assessments;

/// <summary>An option a rule compared an input against.</summary>
/// <param name="Option">The option's name, such as <c>OliOptions.LocationThreshold</c>.</param>
/// <param name="Value">The option's value as culture-invariant text.</param>
public sealed record FindingThreshold(string Option, string Value);
