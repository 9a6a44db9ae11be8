using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.TransactionCosts;

/// <summary>The degree of control the transaction-cost drivers call for, with a finding per proposition applied.</summary>
public sealed record TransactionCostAssessment : IAssessment
{
    /// <summary>Gets the recommended degree of control.</summary>
    public required ControlLevel Control { get; init; }

    /// <inheritdoc />
    public string Framework => "transaction-costs";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(TransactionCostAssessment? other) =>
        other is not null && Control == other.Control && Summary == other.Summary && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Control, Summary, Findings.Length);
}
