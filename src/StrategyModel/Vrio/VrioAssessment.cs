using System.Collections.Immutable;
using StrategyModel.Assessments;

namespace StrategyModel.Vrio;

/// <summary>The VRIO verdict for one resource: its competitive implication and a finding per question.</summary>
public sealed record VrioAssessment : IAssessment
{
    /// <summary>Gets the resource's name, as given in the profile.</summary>
    public required string Resource { get; init; }

    /// <summary>Gets the market the profile speaks for, or <see langword="null"/> for the firm as a whole.</summary>
    public required string? Market { get; init; }

    /// <summary>Gets the potential that value, rarity and imitability set, as if the firm were organized to exploit the resource:
    /// <see cref="CompetitiveImplication.CompetitiveDisadvantage"/>, <see cref="CompetitiveImplication.CompetitiveParity"/>,
    /// <see cref="CompetitiveImplication.TemporaryAdvantage"/> or <see cref="CompetitiveImplication.SustainedAdvantage"/>.</summary>
    public required CompetitiveImplication Potential { get; init; }

    /// <summary>Gets whether the firm is organized to exploit the resource, so that <see cref="Potential"/> is realised.</summary>
    public required bool Organized { get; init; }

    /// <summary>Gets the competitive implication: <see cref="Potential"/> when the firm is organized; otherwise
    /// <see cref="CompetitiveImplication.UnusedAdvantage"/> (the potential is not realised), or
    /// <see cref="CompetitiveImplication.CompetitiveDisadvantage"/> when the resource is not valuable.</summary>
    public required CompetitiveImplication Implication { get; init; }

    /// <inheritdoc />
    public string Framework => "vrio";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public bool Equals(VrioAssessment? other) =>
        other is not null && Resource == other.Resource && Implication == other.Implication && Summary == other.Summary
        && Market == other.Market && Potential == other.Potential && Organized == other.Organized
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Resource, Implication, Summary, Findings.Length);
}
