namespace StrategyModel.Evidence;

/// <summary>The framework input an analyst assessment sets: which input, for which firm (and market or resource), and the value.</summary>
/// <remarks>
/// <see cref="Value"/> is the wire text; its allowed values depend on <see cref="Input"/> (see docs/case-format.md):
/// <c>absent</c>/<c>weak</c>/<c>moderate</c>/<c>strong</c>, <c>broad</c>/<c>narrow</c>, <c>low</c>/<c>high</c>,
/// <c>few</c>/<c>many</c> or <c>yes</c>/<c>no</c>. The case loader checks the value and the scope. Immutable and thread-safe.
/// </remarks>
public sealed record Rating
{
    /// <summary>Gets the rated input.</summary>
    public required AssessedInput Input { get; init; }

    /// <summary>Gets the id of the firm the rating is about.</summary>
    public required string Firm { get; init; }

    /// <summary>Gets the id of the market, for inputs scoped to a firm and a market; otherwise <see langword="null"/>.</summary>
    public string? Market { get; init; }

    /// <summary>Gets the resource (an internal-driver topic such as <see cref="FactTopic.EcosystemModel"/>) for the VRIO inputs; otherwise <see langword="null"/>.</summary>
    public FactTopic? Resource { get; init; }

    /// <summary>Gets the rated value as its wire text, e.g. <c>strong</c> or <c>yes</c>.</summary>
    public required string Value { get; init; }

    /// <summary>Reads <see cref="Value"/> as a <see cref="Strength"/> (<c>absent</c>, <c>weak</c>, <c>moderate</c>, <c>strong</c>).</summary>
    /// <param name="strength">The strength, or <see cref="Strength.Unspecified"/> when the value is not a strength.</param>
    /// <returns>Whether the value is a strength.</returns>
    public bool TryGetStrength(out Strength strength)
    {
        strength = Value switch
        {
            "absent" => Strength.Absent,
            "weak" => Strength.Weak,
            "moderate" => Strength.Moderate,
            "strong" => Strength.Strong,
            _ => Strength.Unspecified,
        };
        return strength != Strength.Unspecified;
    }

    /// <summary>Reads <see cref="Value"/> as a <see cref="Judgment"/> (<c>yes</c>, <c>no</c>).</summary>
    /// <param name="judgment">The judgment, or <see cref="Judgment.Unspecified"/> when the value is not yes or no.</param>
    /// <returns>Whether the value is yes or no.</returns>
    public bool TryGetJudgment(out Judgment judgment)
    {
        judgment = Value switch
        {
            "yes" => Judgment.Yes,
            "no" => Judgment.No,
            _ => Judgment.Unspecified,
        };
        return judgment != Judgment.Unspecified;
    }
}
