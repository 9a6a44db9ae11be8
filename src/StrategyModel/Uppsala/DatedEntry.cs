using System.Collections.Immutable;
using StrategyModel.EntryModes;

namespace StrategyModel.Uppsala;

/// <summary>One dated step of a firm in one market: the year, the entry mode and the evidence behind it.</summary>
/// <param name="Year">The year the mode was entered (for example the year a subsidiary was set up or acquired).</param>
/// <param name="Mode">The entry mode.</param>
/// <param name="Evidence">Ids of the facts and analyst assessments behind the entry; empty when none were supplied.</param>
/// <remarks>
/// <see cref="Stage"/> is <see cref="EstablishmentChain.StageOf"/> of the mode unless <see cref="StageOverride"/> is set, for
/// example to <see cref="EstablishmentStage.ProductionAbroad"/> for a subsidiary that manufactures. Equality compares the
/// evidence ids element by element.
/// </remarks>
public sealed record DatedEntry(int Year, EntryMode Mode, ImmutableArray<string> Evidence)
{
    /// <summary>Creates an entry without evidence ids.</summary>
    /// <param name="year">The year the mode was entered.</param>
    /// <param name="mode">The entry mode.</param>
    public DatedEntry(int year, EntryMode mode)
        : this(year, mode, ImmutableArray<string>.Empty)
    {
    }

    /// <summary>Gets the evidence ids, never a default array.</summary>
    public ImmutableArray<string> Evidence { get; init; } = Evidence.IsDefault ? ImmutableArray<string>.Empty : Evidence;

    /// <summary>Gets the stage that replaces the mode's default stage, or <see cref="EstablishmentStage.Unspecified"/> to use the default.</summary>
    /// <value>Default is <see cref="EstablishmentStage.Unspecified"/>: the stage follows from <see cref="Mode"/>.</value>
    public EstablishmentStage StageOverride { get; init; } = EstablishmentStage.Unspecified;

    /// <summary>Gets the entry's stage: <see cref="StageOverride"/> when set, otherwise the mode's stage; <see cref="EstablishmentStage.Unspecified"/> when neither is defined.</summary>
    public EstablishmentStage Stage => StageOverride != EstablishmentStage.Unspecified ? StageOverride : EstablishmentChain.TryStageOf(Mode);

    /// <inheritdoc />
    public bool Equals(DatedEntry? other) =>
        other is not null && Year == other.Year && Mode == other.Mode && StageOverride == other.StageOverride
        && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Mode, StageOverride, Evidence.Length);
}
