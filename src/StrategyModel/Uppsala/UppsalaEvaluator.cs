using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Uppsala;

/// <summary>The default <see cref="IUppsalaEvaluator"/>: reads a firm's dated entries against the Uppsala establishment chain and its markets against psychic distance.</summary>
/// <remarks>
/// <para>Sources: Johanson &amp; Wiedersheim-Paul (1975) for the establishment chain and psychic distance; Johanson &amp; Vahlne
/// (1977) for the mechanism (experiential knowledge, incremental commitment), (1990) for the exceptions in which firms skip
/// stages, and (2009) for the network revision.</para>
/// <para>Establishment chain, per market: the entries are ordered by year, keeping the given order within a year. Every firm
/// starts at <see cref="EstablishmentStage.NoRegularExport"/>. A stage is <em>skipped</em> when it lies strictly between
/// NoRegularExport and the highest stage reached and no entry ever reached it. The firm <em>moved down</em> when an entry is at a
/// lower stage than an earlier entry. It <em>followed the chain</em> when it neither skipped a stage nor moved down.</para>
/// <para>Pace: <see cref="UppsalaPace.NotStarted"/> without an entry above NoRegularExport; <see cref="UppsalaPace.Immediate"/>
/// when the first entry already is the highest stage and that stage is above IndependentRepresentatives; otherwise, when the firm
/// climbed, <see cref="UppsalaPace.Fast"/> if the years from the first entry to the first entry at the highest stage, divided by the
/// stage steps from the first entry's stage to the highest, are at most <see cref="UppsalaOptions.MaxYearsPerStageForFastPace"/>;
/// <see cref="UppsalaPace.Gradual"/> in every other case.</para>
/// <para>Psychic distance: a pair of markets entered in different years is an <em>inversion</em> when the one entered earlier is
/// strictly more distant. Same-year pairs are not compared.</para>
/// <para>Rule ids: <c>uppsala.stage.no-regular-export</c>, <c>uppsala.stage.independent-representatives</c>,
/// <c>uppsala.stage.sales-subsidiary</c>, <c>uppsala.stage.production-abroad</c> (met when reached), <c>uppsala.leapfrog</c> (met
/// when a stage was skipped), <c>uppsala.chain</c> (met when the chain was followed), <c>uppsala.pace</c> (decided) and
/// <c>uppsala.psychic-distance.order</c> (met when in order, unknown when no two markets were entered in different years).</para>
/// <para>The evaluator is immutable, pure and thread-safe: it holds a copy of its options and no other state.</para>
/// </remarks>
public sealed class UppsalaEvaluator : IUppsalaEvaluator
{
    private const string ChainSource = "Johanson & Wiedersheim-Paul (1975)";
    private const string LeapfrogSource = "Johanson & Wiedersheim-Paul (1975); Johanson & Vahlne (1990)";
    private const string ProcessSource = "Johanson & Vahlne (1977, 2009)";
    private const string DistanceSource = "Johanson & Wiedersheim-Paul (1975); Johanson & Vahlne (1977)";
    private const string FastOption = "UppsalaOptions.MaxYearsPerStageForFastPace";
    private readonly int maxYearsPerStageForFastPace;

    /// <summary>Creates an evaluator with the default options.</summary>
    public UppsalaEvaluator()
        : this(new UppsalaOptions())
    {
    }

    /// <summary>Creates an evaluator with the given options, copied at construction.</summary>
    /// <param name="options">The pace threshold.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="UppsalaOptions.MaxYearsPerStageForFastPace"/> is negative.</exception>
    public UppsalaEvaluator(UppsalaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxYearsPerStageForFastPace < 0)
        {
            throw Guard.OutOfRange(nameof(options.MaxYearsPerStageForFastPace), options.MaxYearsPerStageForFastPace, "MaxYearsPerStageForFastPace must not be negative.");
        }

        maxYearsPerStageForFastPace = options.MaxYearsPerStageForFastPace;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="UppsalaProfile.Entries"/> is a default array or holds a null entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry's mode is <c>Unspecified</c> or undefined, its stage override is undefined, or its year is not between 1 and 9999.</exception>
    public UppsalaAssessment Evaluate(UppsalaProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Entries.IsDefault)
        {
            throw new ArgumentException("Entries must be set; use an empty array for a firm that has not entered.", nameof(profile));
        }

        foreach (var entry in profile.Entries)
        {
            if (entry is null)
            {
                throw new ArgumentException("Entries must not contain null.", nameof(profile));
            }

            Guard.Defined(entry.Mode, nameof(entry.Mode));
            if (!Enum.IsDefined(entry.StageOverride))
            {
                throw Guard.OutOfRange(nameof(entry.StageOverride), entry.StageOverride, "StageOverride must be a defined EstablishmentStage.");
            }

            if (entry.Year is < 1 or > 9999)
            {
                throw Guard.OutOfRange(nameof(entry.Year), entry.Year, "Year must be between 1 and 9999.");
            }
        }

        // Year order, input order within a year (OrderBy is stable).
        var entries = profile.Entries.OrderBy(e => e.Year).ToImmutableArray();
        var reached = new bool[5];
        reached[(int)EstablishmentStage.NoRegularExport] = true;
        // Every entry's stage is NoRegularExport or above, so the highest stage so far is also what a later entry can move down from.
        var highest = EstablishmentStage.NoRegularExport;
        DatedEntry? firstDown = null;
        var firstDownBelow = EstablishmentStage.Unspecified;
        foreach (var entry in entries)
        {
            var stage = entry.Stage;
            reached[(int)stage] = true;
            if (stage < highest && firstDown is null)
            {
                firstDown = entry;
                firstDownBelow = highest;
            }

            if (stage > highest)
            {
                highest = stage;
            }
        }

        var stagesReached = ImmutableArray.CreateBuilder<EstablishmentStage>(4);
        var stagesSkipped = ImmutableArray.CreateBuilder<EstablishmentStage>(2);
        for (var s = EstablishmentStage.NoRegularExport; s <= EstablishmentStage.ProductionAbroad; s++)
        {
            if (reached[(int)s])
            {
                stagesReached.Add(s);
            }
            else if (s < highest)
            {
                stagesSkipped.Add(s);
            }
        }

        var leapfrogged = stagesSkipped.Count > 0;
        var movedDown = firstDown is not null;
        var followed = !leapfrogged && !movedDown;
        int? firstYear = entries.IsEmpty ? null : entries[0].Year;
        int? yearOfHighest = entries.IsEmpty ? null : entries.First(e => e.Stage == highest).Year;
        var steps = entries.IsEmpty ? 0 : highest - entries[0].Stage;
        decimal? yearsPerStage = steps > 0 ? (decimal)(yearOfHighest!.Value - firstYear!.Value) / steps : null;
        var pace = entries.IsEmpty || highest == EstablishmentStage.NoRegularExport ? UppsalaPace.NotStarted
            : steps == 0 ? (highest > EstablishmentStage.IndependentRepresentatives ? UppsalaPace.Immediate : UppsalaPace.Gradual)
            : yearsPerStage <= maxYearsPerStageForFastPace ? UppsalaPace.Fast
            : UppsalaPace.Gradual;

        var entryInputs = entries.Select(EntryInput).ToImmutableArray();
        var findings = ImmutableArray.CreateBuilder<Finding>(8);
        for (var s = EstablishmentStage.NoRegularExport; s <= EstablishmentStage.ProductionAbroad; s++)
        {
            findings.Add(StageFinding(s, entries, reached[(int)s]));
        }

        var reachedText = string.Join(", ", stagesReached);
        var skippedText = string.Join(", ", stagesSkipped);
        findings.Add(new Finding(
            "uppsala.leapfrog",
            MetOrNot(leapfrogged),
            leapfrogged
                ? Fmt($"The firm reached {highest} in {yearOfHighest} without ever passing through {skippedText}: it leapfrogged the establishment chain.")
                : entries.IsEmpty
                    ? "No stage was skipped: no entry is recorded."
                    : Fmt($"No stage was skipped: every stage up to {highest} was reached ({reachedText})."),
            entryInputs.Insert(0, Input("stages-reached", reachedText)),
            [],
            LeapfrogSource));

        string chainSentence;
        if (entries.IsEmpty)
        {
            chainSentence = "No entry is recorded: nothing departs from the establishment chain yet.";
        }
        else if (followed)
        {
            chainSentence = Fmt($"The firm followed the establishment chain: its entries climb {StageSequence(entries)} without skipping a stage or moving down.");
        }
        else
        {
            var reasons = new List<string>(2);
            if (leapfrogged)
            {
                reasons.Add(Fmt($"it skipped {skippedText}"));
            }

            if (firstDown is not null)
            {
                reasons.Add(Fmt($"in {firstDown.Year} it moved down to {firstDown.Stage} ({firstDown.Mode}) after reaching {firstDownBelow}"));
            }

            chainSentence = Fmt($"The firm did not follow the establishment chain ({StageSequence(entries)}): {string.Join("; ", reasons)}.");
        }

        findings.Add(new Finding("uppsala.chain", MetOrNot(followed), chainSentence, entryInputs, [], ProcessSource));

        var paceInputs = ImmutableArray.CreateBuilder<FindingInput>(4);
        paceInputs.Add(Input("first-year", firstYear.HasValue ? firstYear.Value.ToString(CultureInfo.InvariantCulture) : "none"));
        paceInputs.Add(Input("year-of-highest-stage", yearOfHighest.HasValue ? yearOfHighest.Value.ToString(CultureInfo.InvariantCulture) : "none"));
        paceInputs.Add(Input("stage-steps", steps));
        paceInputs.Add(Input("years-per-stage", yearsPerStage.HasValue ? Round(yearsPerStage.Value) : "none"));
        findings.Add(new Finding(
            "uppsala.pace",
            FindingOutcome.Decided,
            pace switch
            {
                UppsalaPace.NotStarted => "Pace: not started, the firm has no entry above no regular export.",
                UppsalaPace.Immediate => Fmt($"Pace: immediate, the firm's first entry ({entries[0].Mode}, {firstYear}) already reached {highest}, its highest stage, without passing through independent representatives first."),
                UppsalaPace.Fast => Fmt($"Pace: fast, {Round(yearsPerStage!.Value)} years per stage step ({steps} steps from {entries[0].Stage} in {firstYear} to {highest} in {yearOfHighest}), at most {maxYearsPerStageForFastPace}."),
                _ => steps == 0
                    ? Fmt($"Pace: gradual, the firm entered through {highest} in {firstYear} and has not climbed beyond it.")
                    : Fmt($"Pace: gradual, {Round(yearsPerStage!.Value)} years per stage step ({steps} steps from {entries[0].Stage} in {firstYear} to {highest} in {yearOfHighest}), more than {maxYearsPerStageForFastPace}."),
            },
            paceInputs.ToImmutable(),
            Of(Threshold(FastOption, maxYearsPerStageForFastPace)),
            ProcessSource));

        return new UppsalaAssessment
        {
            StagesReached = stagesReached.ToImmutable(),
            StagesSkipped = stagesSkipped.ToImmutable(),
            Leapfrogged = leapfrogged,
            MovedDown = movedDown,
            FollowedChain = followed,
            HighestStage = highest,
            FirstYear = firstYear,
            YearOfHighestStage = yearOfHighest,
            YearsPerStage = yearsPerStage,
            Pace = pace,
            Summary = Fmt($"Highest stage {highest}{(yearOfHighest.HasValue ? Fmt($" ({yearOfHighest})") : string.Empty)}; {(followed ? "followed the chain" : leapfrogged ? "leapfrogged " + skippedText : "moved down")}; pace {pace}."),
            Findings = findings.ToImmutable(),
        };
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two markets, a default array, a null market, an empty name, or two markets with the same name (ignoring case).</exception>
    public PsychicDistanceAssessment EvaluatePsychicDistance(PsychicDistanceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Markets.IsDefault || profile.Markets.Length < 2)
        {
            throw new ArgumentException("At least two markets are needed to compare entry order with distance.", nameof(profile));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var market in profile.Markets)
        {
            if (market is null || string.IsNullOrWhiteSpace(market.Market))
            {
                throw new ArgumentException("Every market needs a name.", nameof(profile));
            }

            if (!names.Add(market.Market))
            {
                throw new ArgumentException(Fmt($"Market '{market.Market}' is listed twice."), nameof(profile));
            }
        }

        var markets = profile.Markets.OrderBy(m => m.FirstEntryYear).ToImmutableArray();
        var pairs = 0;
        var inversions = new List<string>();
        for (var i = 0; i < markets.Length; i++)
        {
            for (var j = i + 1; j < markets.Length; j++)
            {
                var earlier = markets[i];
                var later = markets[j];
                if (earlier.FirstEntryYear == later.FirstEntryYear)
                {
                    continue;
                }

                pairs++;
                if (earlier.Distance > later.Distance)
                {
                    inversions.Add(Fmt($"{earlier.Market} ({earlier.FirstEntryYear}, distance {earlier.Distance}) before {later.Market} ({later.FirstEntryYear}, distance {later.Distance})"));
                }
            }
        }

        var inOrder = pairs > 0 && inversions.Count == 0;
        var order = markets.Select(m => m.Market).ToImmutableArray();
        var orderText = string.Join(" -> ", order);
        var inputs = markets.Select(m => new FindingInput("market." + m.Market, Fmt($"entered {m.FirstEntryYear}, distance {m.Distance}"), m.Evidence)).ToImmutableArray();
        var finding = new Finding(
            "uppsala.psychic-distance.order",
            pairs == 0 ? FindingOutcome.Unknown : MetOrNot(inOrder),
            pairs == 0
                ? Fmt($"Every market was entered in {markets[0].FirstEntryYear}: the entry order says nothing about psychic distance.")
                : inOrder
                    ? Fmt($"The firm entered its markets in order of increasing psychic distance ({orderText}): of {pairs} pairs entered in different years, none was entered more distant first.")
                    : Fmt($"{inversions.Count} of {pairs} pairs entered in different years are inverted, the more distant market entered first: {string.Join("; ", inversions)}."),
            inputs,
            [],
            DistanceSource);

        return new PsychicDistanceAssessment
        {
            EnteredInOrderOfIncreasingDistance = inOrder,
            Inversions = inversions.Count,
            Pairs = pairs,
            EntryOrder = order,
            Summary = Fmt($"Entry order {orderText}: {inversions.Count} of {pairs} pairs inverted; {(pairs == 0 ? "order not observed" : inOrder ? "in order of increasing psychic distance" : "not in order of increasing psychic distance")}."),
            Findings = [finding],
        };
    }

    private static Finding StageFinding(EstablishmentStage stage, ImmutableArray<DatedEntry> entries, bool reached)
    {
        var at = entries.Where(e => e.Stage == stage).ToImmutableArray();
        var inputs = at.Select(EntryInput).ToImmutableArray();
        var ruleId = stage switch
        {
            EstablishmentStage.NoRegularExport => "uppsala.stage.no-regular-export",
            EstablishmentStage.IndependentRepresentatives => "uppsala.stage.independent-representatives",
            EstablishmentStage.SalesSubsidiary => "uppsala.stage.sales-subsidiary",
            _ => "uppsala.stage.production-abroad",
        };
        var label = stage switch
        {
            EstablishmentStage.NoRegularExport => "stage 1, no regular export",
            EstablishmentStage.IndependentRepresentatives => "stage 2, export through independent representatives",
            EstablishmentStage.SalesSubsidiary => "stage 3, sales subsidiary",
            _ => "stage 4, production abroad",
        };
        string sentence;
        if (stage == EstablishmentStage.NoRegularExport)
        {
            sentence = !at.IsEmpty
                ? Fmt($"Reached: {label} is recorded in {at[0].Year} ({at[0].Mode}), and it is where every firm starts.")
                : entries.IsEmpty
                    ? Fmt($"Reached: no entry is recorded, so the firm stands at {label}.")
                    : Fmt($"Reached: {label} is where the chain starts; the firm stood there before its first recorded entry in {entries[0].Year}.");
        }
        else
        {
            sentence = reached
                ? Fmt($"Reached: {label}, first in {at[0].Year} ({at[0].Mode}){(at.Length > 1 ? Fmt($"; {at.Length} entries at this stage") : string.Empty)}.")
                : Fmt($"Not reached: no entry is at {label}.");
        }

        return new Finding(ruleId, MetOrNot(reached), sentence, inputs, [], ChainSource);
    }

    private static FindingInput EntryInput(DatedEntry entry) => new(
        "entry." + entry.Year.ToString(CultureInfo.InvariantCulture),
        entry.StageOverride == EstablishmentStage.Unspecified
            ? Fmt($"{entry.Mode} ({entry.Stage})")
            : Fmt($"{entry.Mode} ({entry.Stage}, overridden)"),
        entry.Evidence);

    // Consecutive entries at the same stage read as one step: "IndependentRepresentatives (2012-2014, 5 entries) -> SalesSubsidiary (2018)".
    private static string StageSequence(ImmutableArray<DatedEntry> entries)
    {
        var text = new StringBuilder();
        for (var start = 0; start < entries.Length;)
        {
            var end = start;
            while (end + 1 < entries.Length && entries[end + 1].Stage == entries[start].Stage)
            {
                end++;
            }

            var (first, last, count) = (entries[start].Year, entries[end].Year, end - start + 1);
            text.Append(text.Length == 0 ? "" : " -> ").Append(entries[start].Stage.ToString()).Append(" (")
                .Append(first.ToString(CultureInfo.InvariantCulture));
            if (last != first)
            {
                text.Append('-').Append(last.ToString(CultureInfo.InvariantCulture));
            }

            if (count > 1)
            {
                text.Append(", ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(" entries");
            }

            text.Append(')');
            start = end + 1;
        }

        return text.ToString();
    }

    private static string Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
}
