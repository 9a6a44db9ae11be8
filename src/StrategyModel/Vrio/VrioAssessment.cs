using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.Vrio;

/// <summary>The VRIO verdict for one resource: its competitive implication and a finding per question.</summary>
public sealed record VrioAssessment : IAssessment
{
    /// <summary>Gets the resource's name, as given in the profile.</summary>
    public required string Resource { get; init; }

    /// <summary>Gets the competitive implication the VRIO table gives.</summary>
    public required CompetitiveImplication Implication { get; init; }

    /// <inheritdoc />
    public string Framework => "vrio";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <inheritdoc />
    public bool Equals(VrioAssessment? other) =>
        other is not null && Resource == other.Resource && Implication == other.Implication && Summary == other.Summary
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Resource, Implication, Summary, Findings.Length);
}
