using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using StrategyModel.Assessments;
using StrategyModel.EntryModes;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Uppsala;

/// <summary>The default <see cref="IUppsalaEvaluator"/>: reads a firm's ownership history in a market against the Uppsala establishment chain, and its markets against psychic distance.</summary>
/// <remarks>
/// <para>Sources: Johanson &amp; Wiedersheim-Paul (1975) for the establishment chain and psychic distance; Johanson &amp; Vahlne
/// (1977) for the mechanism (experiential knowledge, incremental commitment), (1990) for the exceptions in which firms skip
/// stages, and (2009) for the network revision; Welch &amp; Luostarinen (1988) and Benito &amp; Welch (1997) for moving down and
/// de-internationalization.</para>
/// <para>Stage in force. Each entry is placed on the chain by <see cref="UppsalaOptions.StageMapping"/> (or its
/// <see cref="DatedEntry.StageOverride"/>); entries the mapping keeps off the chain (by default a strategic alliance) are listed but
/// never set the stage. An entry is in force from its start year through its end year. The stage in force in a year is the highest
/// stage of the entries in force then; the mode in force is that of the first of them (year, then input order). Every firm starts at
/// <see cref="EstablishmentStage.NoRegularExport"/>, and stands there again, with no mode in force, after an exit.
/// <see cref="UppsalaAssessment.Changes"/> lists every change of that state.</para>
/// <para>Moving down. The firm <em>moved down</em> only when the stage in force fell: the most committed entry was divested, sold,
/// closed or exited, possibly replaced by a lower mode (<see cref="StageChangeKind.Reduced"/>), or nothing is left
/// (<see cref="StageChangeKind.Exited"/>). Adding a partnership or a second, smaller entry beside a more committed one never lowers
/// the stage in force. A stage is <em>skipped</em> when it lies strictly between NoRegularExport and the highest stage ever in force
/// and was never the stage in force; a leapfrog at first entry therefore stays reported whatever happens later. The firm
/// <em>followed the chain</em> when it neither skipped a stage nor moved down.</para>
/// <para>Pace: <see cref="UppsalaPace.NotStarted"/> without a stage in force above NoRegularExport; <see cref="UppsalaPace.Immediate"/>
/// when the first stage in force already is the highest and is above IndependentRepresentatives; otherwise, when the firm climbed,
/// <see cref="UppsalaPace.Fast"/> if the years from the first entry to the first year at the highest stage, divided by the stage
/// steps from the first stage in force to the highest, are at most <see cref="UppsalaOptions.MaxYearsPerStageForFastPace"/>;
/// <see cref="UppsalaPace.Gradual"/> in every other case.</para>
/// <para>Countries: when the profile's entries name countries, every country is also read on its own
/// (<see cref="UppsalaAssessment.PerCountry"/>); the market-level reading is then a roll-up of the region.</para>
/// <para>Psychic distance: a pair of markets entered in different years is an <em>inversion</em> when the one entered earlier is
/// strictly more distant. Same-year pairs are not compared.</para>
/// <para>Rule ids, in this order: <c>uppsala.stage.no-regular-export</c>, <c>uppsala.stage.independent-representatives</c>,
/// <c>uppsala.stage.sales-subsidiary</c>, <c>uppsala.stage.production-abroad</c> (met when the stage was ever in force),
/// <c>uppsala.leapfrog</c> (met when a stage was skipped), <c>uppsala.chain</c> (met when the chain was followed),
/// <c>uppsala.pace</c> (decided), <c>uppsala.in-force</c> (decided: the stage and mode in force at the end, or the exit),
/// <c>uppsala.increased</c>, <c>uppsala.reduced</c>, <c>uppsala.exited</c> (met when it happened), then, only when they apply,
/// <c>uppsala.off-chain</c> (note: entries the mapping keeps off the chain) and <c>uppsala.per-country</c> (note). The psychic
/// distance test reports <c>uppsala.psychic-distance.order</c> (met when in order, unknown when no two markets were entered in
/// different years).</para>
/// <para>The evaluator is immutable, pure and thread-safe: it holds a copy of its options and no other state.</para>
/// </remarks>
public sealed class UppsalaEvaluator : IUppsalaEvaluator
{
    private const string ChainSource = "Johanson & Wiedersheim-Paul (1975)";
    private const string LeapfrogSource = "Johanson & Wiedersheim-Paul (1975); Johanson & Vahlne (1990)";
    private const string ProcessSource = "Johanson & Vahlne (1977, 2009)";
    private const string DownSource = "Welch & Luostarinen (1988); Benito & Welch (1997)";
    private const string DistanceSource = "Johanson & Wiedersheim-Paul (1975); Johanson & Vahlne (1977)";
    private const string FastOption = "UppsalaOptions.MaxYearsPerStageForFastPace";
    private const string MappingOption = "UppsalaOptions.StageMapping";
    private readonly int maxYearsPerStageForFastPace;
    private readonly EstablishmentStageMapping mapping;

    /// <summary>Creates an evaluator with the default options.</summary>
    public UppsalaEvaluator()
        : this(new UppsalaOptions())
    {
    }

    /// <summary>Creates an evaluator with the given options, copied at construction.</summary>
    /// <param name="options">The pace threshold and the mode-to-stage mapping.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its <see cref="UppsalaOptions.StageMapping"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="UppsalaOptions.MaxYearsPerStageForFastPace"/> is negative.</exception>
    public UppsalaEvaluator(UppsalaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.StageMapping, nameof(options.StageMapping));
        if (options.MaxYearsPerStageForFastPace < 0)
        {
            throw Guard.OutOfRange(nameof(options.MaxYearsPerStageForFastPace), options.MaxYearsPerStageForFastPace, "MaxYearsPerStageForFastPace must not be negative.");
        }

        maxYearsPerStageForFastPace = options.MaxYearsPerStageForFastPace;
        mapping = options.StageMapping;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="UppsalaProfile.Entries"/> is a default array or holds a null entry; an end year is
    /// set without an end kind or the other way round; a country code is not two upper-case ASCII letters, is listed twice in the
    /// profile's countries, or is not among them when they are given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry's mode is <c>Unspecified</c> or undefined, its stage override or end kind is
    /// undefined, its year or the as-of year is not between 1 and 9999, or its end year precedes its start.</exception>
    public UppsalaAssessment Evaluate(UppsalaProfile profile)
    {
        ModelGuard.Model(profile);
        var countries = Validate(profile);
        var perCountry = ImmutableArray<UppsalaCountryReading>.Empty;
        if (!countries.IsEmpty)
        {
            var builder = ImmutableArray.CreateBuilder<UppsalaCountryReading>(countries.Length);
            foreach (var country in countries)
            {
                var covering = profile.Entries.Where(e => e.Countries.IsEmpty || e.Countries.Contains(country, StringComparer.Ordinal)).ToImmutableArray();
                builder.Add(new UppsalaCountryReading(country, Read(covering, profile.AsOfYear, [])));
            }

            perCountry = builder.MoveToImmutable();
        }

        return Read(profile.Entries, profile.AsOfYear, perCountry);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two markets, a default array, a null market, an empty name, or two markets with the same name (ignoring case).</exception>
    public PsychicDistanceAssessment EvaluatePsychicDistance(PsychicDistanceProfile profile)
    {
        ModelGuard.Model(profile);
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

    private static ImmutableArray<string> Validate(UppsalaProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Entries.IsDefault)
        {
            throw new ArgumentException("Entries must be set; use an empty array for a firm that has not entered.", nameof(profile));
        }

        if (profile.AsOfYear is < 1 or > 9999)
        {
            throw Guard.OutOfRange(nameof(profile.AsOfYear), profile.AsOfYear, "AsOfYear must be between 1 and 9999.");
        }

        var listed = new List<string>(profile.Countries.Length);
        foreach (var country in profile.Countries)
        {
            CheckCountry(country);
            if (listed.Contains(country, StringComparer.Ordinal))
            {
                throw Guard.Invalid(Fmt($"Country {country} is listed twice."), nameof(profile.Countries));
            }

            listed.Add(country);
        }

        var named = new List<string>();
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

            if (entry.EndYear.HasValue != (entry.EndKind != EntryEndKind.Unspecified))
            {
                throw Guard.Invalid("EndYear and EndKind are set together or not at all.", nameof(entry.EndKind));
            }

            if (entry.EndYear.HasValue)
            {
                Guard.Defined(entry.EndKind, nameof(entry.EndKind));
                if (entry.EndYear < entry.Year || entry.EndYear > 9999)
                {
                    throw Guard.OutOfRange(nameof(entry.EndYear), entry.EndYear, "EndYear must not precede Year and must be at most 9999.");
                }
            }

            foreach (var country in entry.Countries)
            {
                CheckCountry(country);
                if (listed.Count > 0 && !listed.Contains(country, StringComparer.Ordinal))
                {
                    throw Guard.Invalid(Fmt($"Country {country} of an entry is not among the profile's countries."), nameof(entry.Countries));
                }

                if (!named.Contains(country, StringComparer.Ordinal))
                {
                    named.Add(country);
                }
            }
        }

        return listed.Count > 0 ? [.. listed] : [.. named];
    }

    private static void CheckCountry(string? country)
    {
        if (country is not { Length: 2 } || !char.IsAsciiLetterUpper(country[0]) || !char.IsAsciiLetterUpper(country[1]))
        {
            throw Guard.Invalid(Fmt($"A country must be an ISO 3166-1 alpha-2 code (two upper-case letters), not '{country}'."), nameof(DatedEntry.Countries));
        }
    }

    private UppsalaAssessment Read(ImmutableArray<DatedEntry> given, int? asOf, ImmutableArray<UppsalaCountryReading> perCountry)
    {
        // Year order, input order within a year (OrderBy is stable); nothing after the as-of year is known.
        var entries = given.Where(e => asOf is null || e.Year <= asOf).OrderBy(e => e.Year).ToImmutableArray();
        int? EndOf(DatedEntry e) => e.EndYear is { } end && (asOf is null || end <= asOf) ? end : null;
        bool InForce(DatedEntry e, int year) => e.Year <= year && (EndOf(e) is not { } end || year <= end);
        var chain = entries.Where(e => e.StageUnder(mapping) != EstablishmentStage.Unspecified).ToImmutableArray();
        var offChain = entries.Where(e => e.StageUnder(mapping) == EstablishmentStage.Unspecified).ToImmutableArray();

        int? lastYear = asOf;
        if (lastYear is null && !chain.IsEmpty)
        {
            lastYear = chain.Max(e => EndOf(e) is { } end ? Math.Max(e.Year, end + 1) : e.Year);
        }

        // The state changes only in a start year or the year after an end.
        var eventYears = chain.Select(e => e.Year).Concat(chain.Where(e => EndOf(e).HasValue).Select(e => EndOf(e)!.Value + 1))
            .Where(y => y <= lastYear).Distinct().Order().ToList();
        var changes = ImmutableArray.CreateBuilder<StageChange>();
        var falls = new List<(StageChange Change, EstablishmentStage From, DatedEntry Ended)>();
        var rises = new List<(StageChange Change, EstablishmentStage From)>();
        var previous = new List<DatedEntry>();
        var prevStage = EstablishmentStage.NoRegularExport;
        DatedEntry? prevSetter = null;
        var everIn = false;
        foreach (var year in eventYears)
        {
            var now = chain.Where(e => InForce(e, year)).ToList();
            var ended = previous.Where(e => !now.Contains(e)).ToList();
            var endedTop = ended.Count == 0 ? null : ended.First(e => e.StageUnder(mapping) == ended.Max(x => x.StageUnder(mapping)));
            StageChange? change = null;
            if (now.Count == 0)
            {
                if (prevSetter is not null)
                {
                    change = new StageChange(year, EstablishmentStage.NoRegularExport, null, StageChangeKind.Exited, endedTop!.EndKind, endedTop.Name);
                    falls.Add((change, prevStage, endedTop));
                }

                prevStage = EstablishmentStage.NoRegularExport;
                prevSetter = null;
            }
            else
            {
                var stage = now.Max(e => e.StageUnder(mapping));
                var setter = now.First(e => e.StageUnder(mapping) == stage);
                if (prevSetter is null)
                {
                    change = new StageChange(year, stage, setter.Mode, everIn ? StageChangeKind.ReEntered : StageChangeKind.FirstEntry, EntryEndKind.Unspecified, setter.Name);
                }
                else if (stage > prevStage)
                {
                    change = new StageChange(year, stage, setter.Mode, StageChangeKind.Increased, EntryEndKind.Unspecified, setter.Name);
                    rises.Add((change, prevStage));
                }
                else if (stage < prevStage)
                {
                    change = new StageChange(year, stage, setter.Mode, StageChangeKind.Reduced, endedTop!.EndKind, setter.Name);
                    falls.Add((change, prevStage, endedTop));
                }
                else if (setter.Mode != prevSetter.Mode)
                {
                    change = new StageChange(year, stage, setter.Mode, StageChangeKind.ModeChanged, endedTop?.EndKind ?? EntryEndKind.Unspecified, setter.Name);
                }

                everIn = true;
                prevStage = stage;
                prevSetter = setter;
            }

            if (change is not null)
            {
                changes.Add(change);
            }

            previous = now;
        }

        var timeline = changes.ToImmutable();
        var reachedFlags = new bool[5];
        reachedFlags[(int)EstablishmentStage.NoRegularExport] = true;
        var highest = EstablishmentStage.NoRegularExport;
        foreach (var c in timeline.Where(c => c.InMarket))
        {
            reachedFlags[(int)c.Stage] = true;
            highest = c.Stage > highest ? c.Stage : highest;
        }

        // A stage is skipped when the stage in force jumped over it before it had ever been in force: what happens later
        // (an agent kept after a subsidiary closes) does not fill it.
        var skippedFlags = new bool[5];
        var passed = new bool[5];
        passed[(int)EstablishmentStage.NoRegularExport] = true;
        var below = EstablishmentStage.NoRegularExport;
        foreach (var c in timeline)
        {
            for (var s = below + 1; s < c.Stage; s++)
            {
                skippedFlags[(int)s] |= !passed[(int)s];
            }

            passed[(int)c.Stage] = true;
            below = c.Stage;
        }

        var stagesReached = ImmutableArray.CreateBuilder<EstablishmentStage>(4);
        var stagesSkipped = ImmutableArray.CreateBuilder<EstablishmentStage>(2);
        for (var s = EstablishmentStage.NoRegularExport; s <= EstablishmentStage.ProductionAbroad; s++)
        {
            if (reachedFlags[(int)s])
            {
                stagesReached.Add(s);
            }

            if (skippedFlags[(int)s])
            {
                stagesSkipped.Add(s);
            }
        }

        var first = timeline.IsEmpty ? null : timeline[0];
        var last = timeline.IsEmpty ? null : timeline[^1];
        var leapfrogged = stagesSkipped.Count > 0;
        var atFirst = first is not null && first.Stage > EstablishmentStage.IndependentRepresentatives;
        var reduced = timeline.Any(c => c.Change == StageChangeKind.Reduced);
        var increased = timeline.Any(c => c.Change == StageChangeKind.Increased);
        var exited = last is { Change: StageChangeKind.Exited };
        var movedDown = falls.Count > 0;
        var followed = !leapfrogged && !movedDown;
        int? firstYear = first?.Year;
        int? yearOfHighest = first is null ? null : timeline.First(c => c.InMarket && c.Stage == highest).Year;
        var steps = first is null ? 0 : highest - first.Stage;
        decimal? yearsPerStage = steps > 0 ? (decimal)(yearOfHighest!.Value - firstYear!.Value) / steps : null;
        var pace = first is null || highest == EstablishmentStage.NoRegularExport ? UppsalaPace.NotStarted
            : steps == 0 ? (highest > EstablishmentStage.IndependentRepresentatives ? UppsalaPace.Immediate : UppsalaPace.Gradual)
            : yearsPerStage <= maxYearsPerStageForFastPace ? UppsalaPace.Fast
            : UppsalaPace.Gradual;
        var stageAtEnd = last?.Stage ?? EstablishmentStage.NoRegularExport;
        var modeAtEnd = last?.Mode;
        int? exitYear = exited ? last!.Year - 1 : null;
        var exitKind = exited ? last!.EndKind : EntryEndKind.Unspecified;

        var mappingThreshold = new FindingThreshold(MappingOption, mapping.Name);
        var chainInputs = chain.Select(EntryInput).ToImmutableArray();
        var findings = ImmutableArray.CreateBuilder<Finding>(14);
        for (var s = EstablishmentStage.NoRegularExport; s <= EstablishmentStage.ProductionAbroad; s++)
        {
            findings.Add(StageFinding(s, chain, timeline, reachedFlags[(int)s], mappingThreshold));
        }

        var reachedText = string.Join(", ", stagesReached);
        var skippedText = string.Join(", ", stagesSkipped);
        findings.Add(new Finding(
            "uppsala.leapfrog",
            MetOrNot(leapfrogged),
            leapfrogged
                ? Fmt($"The stage in force reached {highest} in {yearOfHighest} without first passing through {skippedText}: the firm leapfrogged the establishment chain{(atFirst ? Fmt($", already at its first entry ({first!.Mode}, {first.Year})") : string.Empty)}.")
                : first is null
                    ? "No stage was skipped: no entry on the chain is recorded."
                    : Fmt($"No stage was skipped: every stage up to {highest} was in force at some time ({reachedText})."),
            chainInputs.Insert(0, Input("stages-reached", reachedText)),
            Of(mappingThreshold),
            LeapfrogSource));

        string chainSentence;
        if (first is null)
        {
            chainSentence = "No entry on the chain is recorded: nothing departs from the establishment chain yet.";
        }
        else if (followed)
        {
            chainSentence = Fmt($"The firm followed the establishment chain: the stage in force went {Sequence(timeline)} without skipping a stage or moving down.");
        }
        else
        {
            var reasons = new List<string>(2);
            if (leapfrogged)
            {
                reasons.Add(Fmt($"it skipped {skippedText}"));
            }

            if (movedDown)
            {
                var (fall, from, ended) = falls[0];
                reasons.Add(Fmt($"in {fall.Year} the stage in force fell from {from} to {(fall.InMarket ? fall.Stage.ToString() : "no entry in force (exited)")} after the {Word(ended.EndKind)} of its {ended.Mode} entry in {ended.EndYear}"));
            }

            chainSentence = Fmt($"The firm did not follow the establishment chain ({Sequence(timeline)}): {string.Join("; ", reasons)}.");
        }

        findings.Add(new Finding("uppsala.chain", MetOrNot(followed), chainSentence, chainInputs, Of(mappingThreshold), followed || !movedDown ? ProcessSource : ProcessSource + "; " + DownSource));

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
                UppsalaPace.NotStarted => "Pace: not started, no stage above no regular export was ever in force.",
                UppsalaPace.Immediate => Fmt($"Pace: immediate, the firm's first entry ({first!.Mode}, {firstYear}) already put it at {highest}, its highest stage, without passing through independent representatives first."),
                UppsalaPace.Fast => Fmt($"Pace: fast, {Round(yearsPerStage!.Value)} years per stage step ({steps} steps from {first!.Stage} in {firstYear} to {highest} in {yearOfHighest}), at most {maxYearsPerStageForFastPace}."),
                _ => steps == 0
                    ? Fmt($"Pace: gradual, the firm entered at {highest} in {firstYear} and has not climbed beyond it.")
                    : Fmt($"Pace: gradual, {Round(yearsPerStage!.Value)} years per stage step ({steps} steps from {first!.Stage} in {firstYear} to {highest} in {yearOfHighest}), more than {maxYearsPerStageForFastPace}."),
            },
            paceInputs.ToImmutable(),
            Of(Threshold(FastOption, maxYearsPerStageForFastPace)),
            ProcessSource));

        var asOfText = lastYear is { } ly ? Fmt($"As of {ly}") : "At the end of the record";
        var inForceAtEnd = lastYear is { } lastYr ? chain.Where(e => InForce(e, lastYr)).Select(EntryInput).ToImmutableArray() : [];
        findings.Add(new Finding(
            "uppsala.in-force",
            FindingOutcome.Decided,
            last is null
                ? Fmt($"{asOfText} no entry on the chain is in force or was ever: the firm stands at {EstablishmentStage.NoRegularExport}.")
                : exited
                    ? Fmt($"{asOfText} the firm has exited the market: its last entry in force ended by {Word(exitKind)} in {exitYear}, so it reads as exited from {exitYear + 1}, back at {EstablishmentStage.NoRegularExport} with no mode in force.")
                    : Fmt($"{asOfText} the stage in force is {stageAtEnd} through {modeAtEnd}{(last.EntryName is null ? string.Empty : " (" + last.EntryName + ")")}{(inForceAtEnd.Length > 1 ? Fmt($", the most committed of {inForceAtEnd.Length} entries in force") : string.Empty)}."),
            exited ? [.. falls.Where(f => f.Change == last).Select(f => EntryInput(f.Ended))] : inForceAtEnd,
            Of(mappingThreshold),
            exited ? DownSource : ChainSource));

        findings.Add(new Finding(
            "uppsala.increased",
            MetOrNot(increased),
            increased
                ? Fmt($"The stage in force rose after the first entry: {string.Join("; ", rises.Select(r => Fmt($"from {r.From} to {r.Change.Stage} in {r.Change.Year} ({r.Change.Mode})")))}.")
                : first is null
                    ? "The stage in force never rose: no entry on the chain is recorded."
                    : Fmt($"The stage in force never rose above the first entry's {first.Stage} ({first.Year})."),
            chainInputs,
            Of(mappingThreshold),
            ProcessSource));

        var reductions = falls.Where(f => f.Change.Change == StageChangeKind.Reduced).ToList();
        findings.Add(new Finding(
            "uppsala.reduced",
            MetOrNot(reduced),
            reduced
                ? Fmt($"The stage in force fell while the firm stayed in the market: {string.Join("; ", reductions.Select(f => Fmt($"from {f.From} to {f.Change.Stage} ({f.Change.Mode}) in {f.Change.Year}, after the {Word(f.Ended.EndKind)} of its {f.Ended.Mode} entry in {f.Ended.EndYear}")))}.")
                : first is null
                    ? "The stage in force never fell: no entry on the chain is recorded."
                    : "The stage in force never fell while the firm stayed in the market: no more committed entry was divested, sold, closed or exited in favour of a lower one; entries added beside a more committed one do not lower it.",
            chainInputs,
            Of(mappingThreshold),
            DownSource));

        var exits = falls.Where(f => f.Change.Change == StageChangeKind.Exited).ToList();
        var reentries = timeline.Where(c => c.Change == StageChangeKind.ReEntered).ToList();
        findings.Add(new Finding(
            "uppsala.exited",
            MetOrNot(exited),
            exited
                ? Fmt($"The firm exited the market: its last entry in force ({exits[^1].Ended.Mode}) ended by {Word(exitKind)} in {exitYear}, so from {exitYear + 1} no entry is in force{(reentries.Count > 0 ? Fmt($" (it had exited and re-entered before: {string.Join(", ", reentries.Select(r => r.Year.ToString(CultureInfo.InvariantCulture)))})") : string.Empty)}.")
                : exits.Count > 0
                    ? Fmt($"The firm is in the market at the end: it exited in {string.Join(", ", exits.Select(f => (f.Change.Year - 1).ToString(CultureInfo.InvariantCulture)))} and re-entered in {string.Join(", ", reentries.Select(r => r.Year.ToString(CultureInfo.InvariantCulture)))}.")
                    : first is null
                        ? "The firm has not exited: it never entered on the chain."
                        : "The firm has not exited: an entry on the chain has been in force since its first entry.",
            chainInputs,
            [],
            DownSource));

        if (!offChain.IsEmpty)
        {
            findings.Add(new Finding(
                "uppsala.off-chain",
                FindingOutcome.Note,
                Fmt($"{offChain.Length} {(offChain.Length == 1 ? "entry is" : "entries are")} off the chain under the {mapping.Name} mapping and never set the stage in force: {string.Join(", ", offChain.Select(e => Fmt($"{e.Mode} ({e.Year})")))}. A supporting alliance serves the mode it supports; it is not a stage of its own."),
                [.. offChain.Select(EntryInput)],
                Of(mappingThreshold),
                mapping.Source));
        }

        if (!perCountry.IsEmpty)
        {
            findings.Add(new Finding(
                "uppsala.per-country",
                FindingOutcome.Note,
                Fmt($"Read per country: {string.Join("; ", perCountry.Select(c => c.Country + ": " + c.Assessment.Summary))}"),
                [.. perCountry.Select(c => Input("country." + c.Country, Pattern(c.Assessment)))],
                Of(mappingThreshold),
                ChainSource));
        }

        var summary = new StringBuilder();
        summary.Append(Fmt($"Highest stage {highest}{(yearOfHighest.HasValue ? Fmt($" ({yearOfHighest})") : string.Empty)}; "));
        summary.Append(Pattern(leapfrogged, skippedText, movedDown, first is null));
        summary.Append(exited ? Fmt($"; exited ({exitKind}, {exitYear})") : last is null ? string.Empty : Fmt($"; in force {(asOf.HasValue ? Fmt($"as of {asOf}") : "at the end")}: {stageAtEnd} ({modeAtEnd})"));
        summary.Append(Fmt($"; pace {pace}."));

        return new UppsalaAssessment
        {
            StagesReached = stagesReached.ToImmutable(),
            StagesSkipped = stagesSkipped.ToImmutable(),
            Leapfrogged = leapfrogged,
            LeapfroggedAtFirstEntry = atFirst,
            MovedDown = movedDown,
            Reduced = reduced,
            Increased = increased,
            Exited = exited,
            ExitYear = exitYear,
            ExitKind = exitKind,
            FollowedChain = followed,
            HighestStage = highest,
            FirstYear = firstYear,
            YearOfHighestStage = yearOfHighest,
            YearsPerStage = yearsPerStage,
            Pace = pace,
            Changes = timeline,
            LastYear = lastYear,
            StageAtEnd = stageAtEnd,
            ModeAtEnd = modeAtEnd,
            PerCountry = perCountry,
            Summary = summary.ToString(),
            Findings = findings.ToImmutable(),
        };
    }

    private static string Pattern(UppsalaAssessment a) => Pattern(a.Leapfrogged, string.Join(", ", a.StagesSkipped), a.MovedDown, a.FirstYear is null)
        + (a.Exited ? Fmt($", exited ({a.ExitKind}, {a.ExitYear})") : string.Empty);

    private static string Pattern(bool leapfrogged, string skipped, bool movedDown, bool none) =>
        none ? "not started"
        : !leapfrogged && !movedDown ? "followed the chain"
        : leapfrogged && movedDown ? "leapfrogged " + skipped + " and moved down"
        : leapfrogged ? "leapfrogged " + skipped
        : "moved down";

    private static string Word(EntryEndKind kind) => kind switch
    {
        EntryEndKind.Divestment => "divestment",
        EntryEndKind.Sale => "sale",
        EntryEndKind.Closure => "closure",
        _ => "exit",
    };

    private Finding StageFinding(EstablishmentStage stage, ImmutableArray<DatedEntry> chain, ImmutableArray<StageChange> timeline, bool reached, FindingThreshold mappingThreshold)
    {
        var at = chain.Where(e => e.StageUnder(mapping) == stage).ToImmutableArray();
        var inForce = timeline.FirstOrDefault(c => c.InMarket && c.Stage == stage);
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
            sentence = inForce is not null
                ? Fmt($"Reached: {label} was the stage in force from {inForce.Year} through {inForce.Mode}, which the {mapping.Name} mapping reads as no establishment of the firm's own.")
                : timeline.IsEmpty
                    ? Fmt($"Reached: no entry on the chain is recorded, so the firm stands at {label}.")
                    : Fmt($"Reached: {label} is where the chain starts; the firm stood there before its first entry in {timeline[0].Year}.");
        }
        else if (reached)
        {
            sentence = Fmt($"Reached: {label}, in force first in {inForce!.Year} ({inForce.Mode}){(at.Length > 1 ? Fmt($"; {at.Length} entries at this stage") : string.Empty)}.");
        }
        else
        {
            sentence = at.IsEmpty
                ? Fmt($"Not reached: no entry is at {label}.")
                : Fmt($"Not reached: {label} was never the stage in force; its {at.Length} {(at.Length == 1 ? "entry was" : "entries were")} in force only beside a more committed one.");
        }

        return new Finding(ruleId, MetOrNot(reached), sentence, [.. at.Select(EntryInput)], Of(mappingThreshold), ChainSource);
    }

    private FindingInput EntryInput(DatedEntry entry)
    {
        var stage = entry.StageUnder(mapping);
        var text = new StringBuilder();
        text.Append(entry.Mode.ToString()).Append(" (")
            .Append(stage == EstablishmentStage.Unspecified ? "off the chain" : stage.ToString())
            .Append(entry.StageOverride == EstablishmentStage.Unspecified ? string.Empty : ", overridden")
            .Append(") ").Append(entry.Year.ToString(CultureInfo.InvariantCulture));
        if (entry.EndYear is { } end)
        {
            text.Append('-').Append(end.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(Word(entry.EndKind)).Append(')');
        }

        if (!entry.Countries.IsEmpty)
        {
            text.Append(" in ").Append(string.Join(", ", entry.Countries));
        }

        return new FindingInput("entry." + (entry.Name ?? entry.Year.ToString(CultureInfo.InvariantCulture)), text.ToString(), entry.Evidence);
    }

    // "IndependentRepresentatives (2012, CrossBorderECommerce) -> SalesSubsidiary (2016, Acquisition) -> exited (2020, after a sale)".
    private static string Sequence(ImmutableArray<StageChange> timeline) => string.Join(" -> ", timeline.Select(c => c.InMarket
        ? Fmt($"{c.Stage} ({c.Year}, {c.Mode})")
        : Fmt($"exited ({c.Year}, after a {Word(c.EndKind)})")));

    private static string Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
}
