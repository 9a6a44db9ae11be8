using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.Networks;

/// <summary>The network model's verdict: the firm's situation, what the model expects of a firm in it, and the findings behind it.</summary>
public sealed record NetworkAssessment : IAssessment
{
    /// <summary>Gets the cell of Johanson &amp; Mattsson's matrix the firm is in.</summary>
    public required NetworkSituation Situation { get; init; }

    /// <summary>Gets what the model expects of a firm in that situation.</summary>
    public required string Expectation { get; init; }

    /// <inheritdoc />
    public string Framework => "network-model";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(NetworkAssessment? other) =>
        other is not null && Situation == other.Situation && Expectation == other.Expectation && Summary == other.Summary
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Situation, Summary, Findings.Length);
}
