using System.Collections.Immutable;

namespace StrategyModel.Analysis;

/// <summary>One framework input the analyzer built from a case, with where it came from and the evidence behind it.</summary>
/// <param name="Framework">The framework that reads the input, such as <c>oli</c>.</param>
/// <param name="Name">The input's name, such as <c>location</c>.</param>
/// <param name="Value">The value as culture-invariant text.</param>
/// <param name="Source">Whether an analyst assessment set it, a rule derived it from facts, or no evidence exists.</param>
/// <param name="Rule">How the value was obtained, in one sentence.</param>
/// <param name="Evidence">The ids of the facts and assessments behind the value.</param>
public sealed record AnalysisInput(string Framework, string Name, string Value, InputSource Source, string Rule, ImmutableArray<string> Evidence)
{
    /// <inheritdoc />
    public bool Equals(AnalysisInput? other) =>
        other is not null && Framework == other.Framework && Name == other.Name && Value == other.Value && Source == other.Source
        && Rule == other.Rule && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Framework, Name, Value, Source);
}
