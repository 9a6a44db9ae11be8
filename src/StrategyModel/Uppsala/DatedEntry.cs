using System.Collections.Immutable;
using StrategyModel.EntryModes;

namespace StrategyModel.Uppsala;

/// <summary>One dated entry of a firm into one market: the year it started, the entry mode, optionally when and how it ended and which countries it covers, and the evidence behind it.</summary>
/// <param name="Year">The year the entry started (for example the year a subsidiary was set up or acquired).</param>
/// <param name="Mode">The entry mode.</param>
/// <param name="Evidence">Ids of the facts and analyst assessments behind the entry; empty when none were supplied.</param>
/// <remarks>
/// <para>An entry is in force from <see cref="Year"/> through <see cref="EndYear"/> inclusive (the firm held it during the year it
/// ended), or to the end of the reading when it has not ended. <see cref="EndYear"/> and <see cref="EndKind"/> are set together or not
/// at all (Benito &amp; Welch 1997 on de-internationalization: divestment, sale, closure, exit).</para>
/// <para><see cref="Stage"/> is the mode's stage under <see cref="EstablishmentStageMapping.Default"/> unless
/// <see cref="StageOverride"/> is set, for example to <see cref="EstablishmentStage.ProductionAbroad"/> for a subsidiary that
/// manufactures; the evaluator uses the mapping of its options (<see cref="StageUnder"/>). Equality compares the evidence ids and
/// the countries element by element.</para>
/// </remarks>
public sealed record DatedEntry(int Year, EntryMode Mode, ImmutableArray<string> Evidence)
{
    /// <summary>Creates an entry without evidence ids.</summary>
    /// <param name="year">The year the entry started.</param>
    /// <param name="mode">The entry mode.</param>
    public DatedEntry(int year, EntryMode mode)
        : this(year, mode, ImmutableArray<string>.Empty)
    {
    }

    /// <summary>Gets the evidence ids, never a default array.</summary>
    public ImmutableArray<string> Evidence { get; init => field = value.OrEmpty(); } = Evidence.IsDefault ? ImmutableArray<string>.Empty : Evidence;

    /// <summary>Gets a short name for the entry (such as the case's entry id), used in the findings' input names (<c>entry.{Name}</c>); <see langword="null"/> to name it by its year.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the last year the entry was in force (the year it was divested, sold, closed or exited), or <see langword="null"/> when it has not ended.</summary>
    /// <value>Default is <see langword="null"/>. When set it must not precede <see cref="Year"/>, and <see cref="EndKind"/> must be set too.</value>
    public int? EndYear { get; init; }

    /// <summary>Gets how the entry ended, or <see cref="EntryEndKind.Unspecified"/> when it has not ended.</summary>
    /// <value>Default is <see cref="EntryEndKind.Unspecified"/>. Set together with <see cref="EndYear"/>.</value>
    public EntryEndKind EndKind { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 codes of the countries the entry covers; empty (the default) for the whole market.</summary>
    /// <value>A default array is stored as empty. When any entry of a profile names countries the evaluator also reads the chain per country (see <see cref="UppsalaProfile.Countries"/>).</value>
    public ImmutableArray<string> Countries { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the stage that replaces the mapping's stage, or <see cref="EstablishmentStage.Unspecified"/> to use the mapping.</summary>
    /// <value>Default is <see cref="EstablishmentStage.Unspecified"/>: the stage follows from <see cref="Mode"/>.</value>
    public EstablishmentStage StageOverride { get; init; } = EstablishmentStage.Unspecified;

    /// <summary>Gets the entry's stage under <see cref="EstablishmentStageMapping.Default"/>: <see cref="StageOverride"/> when set, otherwise the mode's stage; <see cref="EstablishmentStage.Unspecified"/> when the mode is off the chain or undefined.</summary>
    public EstablishmentStage Stage => StageUnder(EstablishmentStageMapping.Default);

    /// <summary>Returns the entry's stage under a mapping: <see cref="StageOverride"/> when set, otherwise the mapping's stage for <see cref="Mode"/>.</summary>
    /// <param name="mapping">The mode-to-stage mapping.</param>
    /// <returns>The stage; <see cref="EstablishmentStage.Unspecified"/> when the mode is off the chain under the mapping or undefined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is null.</exception>
    public EstablishmentStage StageUnder(EstablishmentStageMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return StageOverride != EstablishmentStage.Unspecified ? StageOverride
            : Mode != EntryMode.Unspecified && Enum.IsDefined(Mode) ? mapping.StageOf(Mode)
            : EstablishmentStage.Unspecified;
    }

    /// <summary>Returns whether the entry is in force in a year: started and not yet ended before it.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when <see cref="Year"/> &lt;= <paramref name="year"/> and the entry has not ended or ended in or after <paramref name="year"/>.</returns>
    public bool InForceIn(int year) => Year <= year && (EndYear is not { } end || year <= end);

    /// <inheritdoc />
    public bool Equals(DatedEntry? other) =>
        other is not null && Year == other.Year && Mode == other.Mode && StageOverride == other.StageOverride
        && Name == other.Name && EndYear == other.EndYear && EndKind == other.EndKind
        && Evidence.AsSpan().SequenceEqual(other.Evidence.AsSpan())
        && Countries.AsSpan().SequenceEqual(other.Countries.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Mode, StageOverride, EndYear, EndKind, Evidence.Length, Countries.Length);
}
