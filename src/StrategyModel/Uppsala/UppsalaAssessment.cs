using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.EntryModes;

namespace StrategyModel.Uppsala;

/// <summary>The Uppsala evaluator's reading of one firm's path in one market: the stage in force over time, stages reached and skipped, whether it followed the chain, moved down or exited, and how fast it climbed.</summary>
public sealed record UppsalaAssessment : IAssessment
{
    /// <summary>Gets the stages that were ever the stage in force, ascending and distinct; always includes <see cref="EstablishmentStage.NoRegularExport"/>, where every firm starts.</summary>
    public required ImmutableArray<EstablishmentStage> StagesReached { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the stages the stage in force jumped over before they had ever been in force: the leapfrogged stages, ascending.</summary>
    /// <remarks>
    /// What happens later does not fill a skipped stage: neither a stage-2 entry added beside a subsidiary (the stage in force stays
    /// the subsidiary's) nor an agent kept after the subsidiary closes (the stage was skipped on the way up). A stage may therefore be
    /// both skipped and, later, in <see cref="StagesReached"/>.
    /// </remarks>
    public required ImmutableArray<EstablishmentStage> StagesSkipped { get; init => field = value.OrEmpty(); }

    /// <summary>Gets whether any stage was skipped (<see cref="StagesSkipped"/> is not empty).</summary>
    public required bool Leapfrogged { get; init; }

    /// <summary>Gets whether the first stage in force was above <see cref="EstablishmentStage.IndependentRepresentatives"/>: a leapfrog at first entry, which stays reported whatever happens later.</summary>
    public required bool LeapfroggedAtFirstEntry { get; init; }

    /// <summary>Gets whether the stage in force ever fell: a <see cref="StageChangeKind.Reduced"/> or <see cref="StageChangeKind.Exited"/> change.</summary>
    /// <remarks>Adding a partnership or a second, smaller entry beside a more committed one never lowers the stage in force.</remarks>
    public required bool MovedDown { get; init; }

    /// <summary>Gets whether the stage in force fell while the firm stayed in the market (a <see cref="StageChangeKind.Reduced"/> change).</summary>
    public required bool Reduced { get; init; }

    /// <summary>Gets whether the stage in force rose after the first entry (a <see cref="StageChangeKind.Increased"/> change).</summary>
    public required bool Increased { get; init; }

    /// <summary>Gets whether no entry on the chain is in force at <see cref="LastYear"/> although one was before: the firm has left the market.</summary>
    public required bool Exited { get; init; }

    /// <summary>Gets the year the last entry in force ended when <see cref="Exited"/>; the market reads as exited from the following year. <see langword="null"/> otherwise.</summary>
    public required int? ExitYear { get; init; }

    /// <summary>Gets how the last entry in force ended when <see cref="Exited"/>; <see cref="EntryEndKind.Unspecified"/> otherwise.</summary>
    public required EntryEndKind ExitKind { get; init; }

    /// <summary>Gets whether the firm followed the establishment chain: no stage skipped and never moved down.</summary>
    public required bool FollowedChain { get; init; }

    /// <summary>Gets the highest stage ever in force; <see cref="EstablishmentStage.NoRegularExport"/> when there is no entry on the chain.</summary>
    public required EstablishmentStage HighestStage { get; init; }

    /// <summary>Gets the year the first entry on the chain came into force, or <see langword="null"/> when there is none.</summary>
    public required int? FirstYear { get; init; }

    /// <summary>Gets the first year <see cref="HighestStage"/> was in force, or <see langword="null"/> when there is no entry on the chain.</summary>
    public required int? YearOfHighestStage { get; init; }

    /// <summary>Gets the years from the first entry to reaching <see cref="HighestStage"/>, divided by the stage steps climbed from the first stage in force; <see langword="null"/> when the firm did not climb.</summary>
    public required decimal? YearsPerStage { get; init; }

    /// <summary>Gets the pace of the climb.</summary>
    public required UppsalaPace Pace { get; init; }

    /// <summary>Gets every change of the stage in force, in year order: the ownership history read on the chain.</summary>
    public required ImmutableArray<StageChange> Changes { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the last year the reading covers: the profile's as-of year, or the year after the last recorded end (so an exit shows), or the last start; <see langword="null"/> when there is no entry on the chain.</summary>
    public required int? LastYear { get; init; }

    /// <summary>Gets the stage in force at <see cref="LastYear"/>; <see cref="EstablishmentStage.NoRegularExport"/> before any entry or after an exit.</summary>
    public required EstablishmentStage StageAtEnd { get; init; }

    /// <summary>Gets the mode in force at <see cref="LastYear"/>, or <see langword="null"/> before any entry or after an exit.</summary>
    public required EntryMode? ModeAtEnd { get; init; }

    /// <summary>Gets the reading per country when the market's entries name countries, in the order of <see cref="UppsalaProfile.Countries"/> (or of first mention); empty otherwise.</summary>
    public required ImmutableArray<UppsalaCountryReading> PerCountry { get; init => field = value.OrEmpty(); }

    /// <inheritdoc />
    public string Framework => "uppsala";

    /// <inheritdoc />
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); }

    /// <summary>Returns the stage in force in a year, read from <see cref="Changes"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The stage of the last change in or before <paramref name="year"/>; <see cref="EstablishmentStage.NoRegularExport"/> before the first entry.</returns>
    public EstablishmentStage StageIn(int year) => ChangeIn(year)?.Stage ?? EstablishmentStage.NoRegularExport;

    /// <summary>Returns the mode in force in a year, read from <see cref="Changes"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The mode of the last change in or before <paramref name="year"/>; <see langword="null"/> before the first entry or after an exit.</returns>
    public EntryMode? ModeIn(int year) => ChangeIn(year)?.Mode;

    /// <inheritdoc />
    public bool Equals(UppsalaAssessment? other) =>
        other is not null && Leapfrogged == other.Leapfrogged && LeapfroggedAtFirstEntry == other.LeapfroggedAtFirstEntry
        && MovedDown == other.MovedDown && Reduced == other.Reduced && Increased == other.Increased && Exited == other.Exited
        && ExitYear == other.ExitYear && ExitKind == other.ExitKind && FollowedChain == other.FollowedChain
        && HighestStage == other.HighestStage && FirstYear == other.FirstYear && YearOfHighestStage == other.YearOfHighestStage
        && YearsPerStage == other.YearsPerStage && Pace == other.Pace && LastYear == other.LastYear
        && StageAtEnd == other.StageAtEnd && ModeAtEnd == other.ModeAtEnd && Summary == other.Summary
        && StagesReached.AsSpan().SequenceEqual(other.StagesReached.AsSpan())
        && StagesSkipped.AsSpan().SequenceEqual(other.StagesSkipped.AsSpan())
        && Changes.AsSpan().SequenceEqual(other.Changes.AsSpan())
        && PerCountry.AsSpan().SequenceEqual(other.PerCountry.AsSpan())
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HighestStage, Pace, StageAtEnd, Summary, Findings.Length);

    private StageChange? ChangeIn(int year)
    {
        StageChange? last = null;
        foreach (var change in Changes)
        {
            if (change.Year > year)
            {
                break;
            }

            last = change;
        }

        return last;
    }
}
