using System.Collections.Immutable;
using StrategyModel.EntryModes;

namespace StrategyModel.Uppsala;

/// <summary>Which stage of the Uppsala establishment chain each <see cref="EntryMode"/> reaches: a named, immutable mapping the evaluator reads through <see cref="UppsalaOptions.StageMapping"/>.</summary>
/// <remarks>
/// <para>The establishment chain (Johanson &amp; Wiedersheim-Paul 1975) asks who runs the firm's operation in the market: nobody
/// regularly (stage 1), independent representatives, that is agents (stage 2), the firm's own sales subsidiary (stage 3) or its own
/// production unit (stage 4). An entry mode does not always answer that question, so the mapping is an option with two presets.</para>
/// <para><see cref="Default"/> (the library's reading since 2026-12, after the domain review's items 4, 5, 6 and 28): export through
/// intermediaries, licensing, franchising and contract manufacturing are stage 2; cross-border e-commerce, selling from home direct to
/// consumers through the firm's own platform, is read as direct export with no representative, which the chain places at stage 2
/// because it is regular export without an establishment of the firm's own (the payment and delivery providers it uses are not
/// representatives: they do not sell for the firm); a minority stake in another firm is a portfolio stake (Anderson &amp; Gatignon
/// 1986: a small stake in an independent firm gives no control of an operation of one's own) and reads as stage 1, no establishment
/// of the firm's own; a non-equity strategic alliance is not on the chain (<see cref="EstablishmentStage.Unspecified"/>): an alliance
/// with a service provider supports the mode it serves (Hennart 1988) and is not a stage of its own; joint ventures, acquisitions and
/// greenfield subsidiaries are stage 3.</para>
/// <para><see cref="ThesisReading"/> (the library's reading before 2026-12, which follows the thesis, Wang 2018, section 2.2): every
/// non-equity mode, the alliance and the minority stake included, is stage 2, "export through independent representatives"; the
/// equity establishments are stage 3.</para>
/// <para>No preset maps a mode to stage 4: an entry mode does not say whether the unit manufactures. Use
/// <see cref="DatedEntry.StageOverride"/> for a producing subsidiary, or <see cref="With"/> for a mapping of one's own. Instances are
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class EstablishmentStageMapping
{
    private readonly ImmutableArray<EstablishmentStage> stages;

    private EstablishmentStageMapping(string name, string source, ImmutableArray<EstablishmentStage> stages)
    {
        Name = name;
        Source = source;
        this.stages = stages;
    }

    /// <summary>Gets the default mapping: who runs the operation, with cross-border platform selling as direct export (stage 2), a minority stake in another firm as stage 1 and a strategic alliance off the chain.</summary>
    public static EstablishmentStageMapping Default { get; } = Create(
        "Default",
        "Johanson & Wiedersheim-Paul (1975); Anderson & Gatignon (1986); Hennart (1988)",
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.Unspecified,
        EstablishmentStage.SalesSubsidiary,
        EstablishmentStage.NoRegularExport,
        EstablishmentStage.SalesSubsidiary,
        EstablishmentStage.SalesSubsidiary);

    /// <summary>Gets the thesis-style mapping the library used before 2026-12: every non-equity mode and the minority stake at stage 2, the equity establishments at stage 3.</summary>
    public static EstablishmentStageMapping ThesisReading { get; } = Create(
        "ThesisReading",
        "Johanson & Wiedersheim-Paul (1975) as read by Wang (2018, section 2.2)",
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.SalesSubsidiary,
        EstablishmentStage.IndependentRepresentatives,
        EstablishmentStage.SalesSubsidiary,
        EstablishmentStage.SalesSubsidiary);

    /// <summary>Gets the mapping's name, reported as the value of the <c>UppsalaOptions.StageMapping</c> threshold in the findings.</summary>
    public string Name { get; }

    /// <summary>Gets the literature the mapping follows.</summary>
    public string Source { get; }

    /// <summary>Returns the stage a mode reaches under this mapping.</summary>
    /// <param name="mode">The entry mode.</param>
    /// <returns>The stage, or <see cref="EstablishmentStage.Unspecified"/> when the mode is not on the chain under this mapping (it is listed but never sets the stage in force).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is <see cref="EntryMode.Unspecified"/> or undefined.</exception>
    public EstablishmentStage StageOf(EntryMode mode)
    {
        Guard.Defined(mode, nameof(mode));
        return stages[(int)mode];
    }

    /// <summary>Returns a copy of this mapping with one mode moved to another stage, or off the chain.</summary>
    /// <param name="mode">The entry mode.</param>
    /// <param name="stage">The stage, or <see cref="EstablishmentStage.Unspecified"/> to take the mode off the chain.</param>
    /// <param name="name">The new mapping's name; must not be empty.</param>
    /// <returns>The new mapping, with this mapping's source followed by "adjusted".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is Unspecified or undefined, or <paramref name="stage"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or whitespace.</exception>
    public EstablishmentStageMapping With(EntryMode mode, EstablishmentStage stage, string name)
    {
        Guard.Defined(mode, nameof(mode));
        if (!Enum.IsDefined(stage))
        {
            throw Guard.OutOfRange(nameof(stage), stage, "stage must be a defined EstablishmentStage.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new EstablishmentStageMapping(name, Source + ", adjusted", stages.SetItem((int)mode, stage));
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static EstablishmentStageMapping Create(string name, string source, params ReadOnlySpan<EstablishmentStage> byMode)
    {
        var all = Enum.GetValues<EntryMode>();
        var builder = ImmutableArray.CreateBuilder<EstablishmentStage>(all.Length);
        builder.Add(EstablishmentStage.Unspecified);
        builder.AddRange(byMode);
        if (builder.Count != all.Length)
        {
            throw new InvalidOperationException("A preset must map every entry mode.");
        }

        return new EstablishmentStageMapping(name, source, builder.MoveToImmutable());
    }
}
