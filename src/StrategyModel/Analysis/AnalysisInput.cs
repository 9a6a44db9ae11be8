using System.Collections.Immutable;

namespace StrategyModel.Analysis;

/// <summary>One framework input the analyzer built from a case, with where it came from and the evidence behind it.</summary>
/// <param name="Framework">The framework that reads the input, such as <c>oli</c>.</param>
/// <param name="Name">The input's name, such as <c>location</c>.</param>
/// <param name="Value">The value as culture-invariant text.</param>
/// <param name="Source">Whether an analyst assessment set it, a rule derived it from facts, or no evidence exists.</param>
/// <param name="Rule">How the value was obtained, in one sentence.</param>
/// <param name="Evidence">The ids of the facts and assessments behind the value.</param>
/// <remarks>For a rated input (<see cref="InputSource.AnalystAssessment"/>) the record also names the rubric, the confidence, the facts
/// that weigh against the rating and the year the rating speaks for, and flags a rating that rests on the outcome it is used to explain.</remarks>
public sealed record AnalysisInput(string Framework, string Name, string Value, InputSource Source, string Rule, ImmutableArray<string> Evidence)
{
    /// <summary>Gets the rubric the rating was made against (the rubric catalogue, docs/rubrics.md), or <see langword="null"/> for an unrated input.</summary>
    public string? Rubric { get; init; }

    /// <summary>Gets the analyst's confidence in the rating; <see cref="Evidence.Confidence.Unspecified"/> when not stated or not rated.</summary>
    public Evidence.Confidence Confidence { get; init; }

    /// <summary>Gets the ids of the facts that weigh against the rating (available as of the analysis year).</summary>
    public ImmutableArray<string> CounterEvidence { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the year the rating speaks for, when it states one.</summary>
    public int? SpeaksFor { get; init; }

    /// <summary>Gets the ids of the facts behind the rating that are evidence of the firm's own entries or relationships in the market
    /// being explained: when not empty, the rating explains the mode by the mode (circular), and the fit findings that read it are not a test.</summary>
    public ImmutableArray<string> OutcomeEvidence { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets whether the rating rests on the outcome it is used to explain (see <see cref="OutcomeEvidence"/>).</summary>
    public bool IsCircular => !OutcomeEvidence.IsEmpty;

    /// <inheritdoc />
    public bool Equals(AnalysisInput? other) =>
        other is not null && Framework == other.Framework && Name == other.Name && Value == other.Value && Source == other.Source
        && Rule == other.Rule && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan()) && Rubric == other.Rubric
        && Confidence == other.Confidence && SpeaksFor == other.SpeaksFor && ArrayEquality.Equal(CounterEvidence, other.CounterEvidence)
        && ArrayEquality.Equal(OutcomeEvidence, other.OutcomeEvidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Framework, Name, Value, Source);
}
