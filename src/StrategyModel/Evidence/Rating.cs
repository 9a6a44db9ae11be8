using System.Collections.Immutable;
using StrategyModel.BornGlobal;
using StrategyModel.Drivers;

namespace StrategyModel.Evidence;

/// <summary>The framework input an analyst assessment sets: which input, for which firm (and market or resource), and the value.</summary>
/// <remarks>
/// <see cref="Value"/> is the wire text; its allowed values depend on <see cref="Input"/> (see docs/case-format.md):
/// <c>absent</c>/<c>weak</c>/<c>moderate</c>/<c>strong</c>, <c>broad</c>/<c>narrow</c>, <c>low</c>/<c>high</c>,
/// <c>few</c>/<c>many</c>, <c>yes</c>/<c>no</c> or <c>improving</c>/<c>stable</c>/<c>declining</c>/<c>mixed</c>. The case loader checks
/// the value and the scope. A version 2 rating names its <see cref="Rubric"/>, its <see cref="Confidence"/> and the year it speaks
/// for (<see cref="AsOf"/>); a rating upgraded from version 1 has rubric = the input's wire name, no confidence and no year.
/// Immutable and thread-safe; equality compares the arrays element by element.
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

    /// <summary>Gets the id of the rubric the rating applies: the rated input's wire name (e.g. <c>location</c>), or
    /// <see langword="null"/> in a rating built in code without one.</summary>
    public string? Rubric { get; init; }

    /// <summary>Gets how confident the analyst is; <see cref="Evidence.Confidence.Unspecified"/> for a rating upgraded from version 1.</summary>
    public Confidence Confidence { get; init; }

    /// <summary>Gets the year the rating speaks for, or <see langword="null"/> for a rating upgraded from version 1.</summary>
    public int? AsOf { get; init; }

    /// <summary>Gets the ids of the facts that weigh against the rating; empty when none are named.</summary>
    public ImmutableArray<string> CounterEvidence { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the driver rated, for <see cref="AssessedInput.Driver"/>; otherwise <see langword="null"/>.</summary>
    public DriverKind? Driver { get; init; }

    /// <summary>Gets the success feature rated, for <see cref="AssessedInput.SuccessFeature"/>; otherwise <see langword="null"/>.</summary>
    public SuccessFeature? Feature { get; init; }

    /// <summary>Gets the metric whose direction is rated, for <see cref="AssessedInput.InternationalPerformance"/>; otherwise <see langword="null"/>.</summary>
    public string? Metric { get; init; }

    /// <summary>Gets the ids of the rival firms the rating is made against (an ownership or market rating); empty when none are named.</summary>
    public ImmutableArray<string> Rivals { get; init => field = value.OrEmpty(); } = [];

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

    /// <inheritdoc />
    public bool Equals(Rating? other) =>
        other is not null && Input == other.Input && Firm == other.Firm && Market == other.Market && Resource == other.Resource
        && Value == other.Value && Rubric == other.Rubric && Confidence == other.Confidence && AsOf == other.AsOf
        && ArrayEquality.Equal(CounterEvidence, other.CounterEvidence) && Driver == other.Driver && Feature == other.Feature
        && Metric == other.Metric && ArrayEquality.Equal(Rivals, other.Rivals);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Input);
        hash.Add(Firm);
        hash.Add(Market);
        hash.Add(Resource);
        hash.Add(Value);
        hash.Add(Driver);
        hash.Add(Feature);
        ArrayEquality.Add(ref hash, CounterEvidence);
        return hash.ToHashCode();
    }
}
