using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Drivers;

/// <summary>The default <see cref="IDriversEvaluator"/>: each driver present when its strength meets a threshold.</summary>
/// <remarks>
/// <para>Sources: Gerschewski, Rose &amp; Lindsay (2015), "Understanding the drivers of international performance for born global
/// firms: an integrated perspective" (the thesis's Figure 1); Wang (2018), section 2.6 and Figure 2, which adds the firm's resources,
/// the home-market environment and the entry modes.</para>
/// <para>A driver is present when its strength is at least <see cref="DriversOptions.PresenceThreshold"/>; kinds the profile does
/// not list are not assessed (their findings are Unknown; they never count as present). Push and pull holds when at least one home-market driver and one
/// international-opportunity driver are present: the thesis reads foreign attractiveness "in relation to the unattractiveness of
/// home market".</para>
/// <para>International performance is the outcome of the model, not a driver: a <see cref="DriverInput"/> of kind
/// <see cref="DriverKind.InternationalPerformance"/> is rejected, and the outcome is read from <see cref="DriversProfile.Performance"/>
/// as a metric with a direction. Domestic results never count as international performance; keeping them out is the caller's duty.</para>
/// <para>Rule ids: <c>drivers.{kind in kebab case}</c> for each of the 17 drivers of <see cref="DriverCatalog.Drivers"/> (met when
/// present; see <see cref="DriverCatalog.RuleIdOf"/>), then <c>drivers.push-and-pull</c>, then <c>drivers.international-performance</c>
/// (a note naming the metric and its direction; unknown when the outcome was not measured or its direction is unknown). Raising a driver's strength never removes a driver
/// from <see cref="DriversAssessment.Present"/>, a category from <see cref="DriversAssessment.CategoriesCovered"/>, or push and pull.</para>
/// <para>The evaluator is immutable, pure and thread-safe: it holds a copy of its options and no other state.</para>
/// </remarks>
public sealed class DriversEvaluator : IDriversEvaluator
{
    private const string ThesisSource = "Wang (2018, section 2.6)";
    private const string BothSources = "Gerschewski, Rose & Lindsay (2015); Wang (2018, section 2.6)";
    private const string OutcomeSource = "Gerschewski, Rose & Lindsay (2015)";
    private const string ThresholdOption = "DriversOptions.PresenceThreshold";
    private readonly Strength threshold;

    /// <summary>Creates an evaluator with the default options.</summary>
    public DriversEvaluator()
        : this(new DriversOptions())
    {
    }

    /// <summary>Creates an evaluator with the given options, copied at construction.</summary>
    /// <param name="options">The presence threshold.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="DriversOptions.PresenceThreshold"/> is not Weak, Moderate or Strong.</exception>
    public DriversEvaluator(DriversOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Guard.Threshold(options.PresenceThreshold, nameof(options.PresenceThreshold));
        threshold = options.PresenceThreshold;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="DriversProfile.Drivers"/> is a default array, holds a null, lists a kind twice or lists
    /// <see cref="DriverKind.InternationalPerformance"/> (the outcome, which goes in <see cref="DriversProfile.Performance"/>); or the
    /// performance's metric is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind, strength or performance direction is <c>Unspecified</c> or undefined.</exception>
    public DriversAssessment Evaluate(DriversProfile profile)
    {
        ModelGuard.Model(profile);
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Drivers.IsDefault)
        {
            throw new ArgumentException("Drivers must be set; use an empty array when no driver was assessed.", nameof(profile));
        }

        if (profile.Performance is { } measured)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(measured.Metric, nameof(profile.Performance));
            Guard.Defined(measured.Direction, nameof(profile.Performance));
        }

        var all = DriverCatalog.Drivers;
        var given = new Rated<Strength>?[(int)DriverKind.InternationalPerformance + 1];
        foreach (var input in profile.Drivers)
        {
            if (input is null)
            {
                throw new ArgumentException("Drivers must not contain null.", nameof(profile));
            }

            Guard.Defined(input.Kind, nameof(input.Kind));
            if (DriverCatalog.IsOutcome(input.Kind))
            {
                throw new ArgumentException("International performance is the outcome the drivers explain, not a driver: pass it as DriversProfile.Performance with a metric and a direction.", nameof(profile));
            }

            Guard.Defined(input.Strength.Value, nameof(input.Strength));
            if (given[(int)input.Kind] is not null)
            {
                throw new ArgumentException(Fmt($"Driver {input.Kind} is listed twice."), nameof(profile));
            }

            given[(int)input.Kind] = input.Strength;
        }

        var results = ImmutableArray.CreateBuilder<DriverResult>(all.Length);
        var present = ImmutableArray.CreateBuilder<DriverKind>();
        var covered = new bool[(int)DriverCategory.Performance + 1];
        var findings = ImmutableArray.CreateBuilder<Finding>(all.Length + 2);
        var thresholds = Of(Threshold(ThresholdOption, threshold));
        var pushPullInputs = ImmutableArray.CreateBuilder<FindingInput>();
        foreach (var kind in all)
        {
            var listed = given[(int)kind] is not null;
            var strength = given[(int)kind] ?? new Rated<Strength>(Strength.Absent);
            var category = DriverCatalog.CategoryOf(kind);
            var label = DriverCatalog.LabelOf(kind);
            var isPresent = strength.Value >= threshold;
            results.Add(new DriverResult(kind, category, label, isPresent, strength) { Assessed = listed });
            if (isPresent)
            {
                present.Add(kind);
                covered[(int)category] = true;
            }

            var ruleId = DriverCatalog.RuleIdOf(kind);
            var input = listed ? Input(ruleId["drivers.".Length..], strength) : Input(ruleId["drivers.".Length..], "not assessed");
            if (category is DriverCategory.HomeMarket or DriverCategory.InternationalOpportunity)
            {
                pushPullInputs.Add(input);
            }

            var where = Fmt($"{label} ({CategoryText(category)})");
            findings.Add(new Finding(
                ruleId,
                listed ? MetOrNot(isPresent) : FindingOutcome.Unknown,
                !listed
                    ? Fmt($"{where} was not assessed: no rating decides it, so it is undetermined and does not count as present.")
                    : isPresent
                        ? Fmt($"{where} is present: {strength.Value} is at least the threshold {threshold}.")
                        : Fmt($"{where} is absent: {strength.Value} is below the threshold {threshold}."),
                Of(input),
                thresholds,
                DriverCatalog.GerschewskiCounterpartOf(kind) is null ? ThesisSource : BothSources));
        }

        var push = covered[(int)DriverCategory.HomeMarket];
        var pull = covered[(int)DriverCategory.InternationalOpportunity];
        var pushAndPull = push && pull;
        findings.Add(new Finding(
            "drivers.push-and-pull",
            MetOrNot(pushAndPull),
            pushAndPull
                ? "Push and pull: a home-market driver pushes the firm abroad while an international-opportunity driver pulls it."
                : Fmt($"No push and pull: {(push ? "a home-market driver pushes" : "no home-market driver pushes")} and {(pull ? "an international-opportunity driver pulls" : "no international-opportunity driver pulls")}."),
            pushPullInputs.ToImmutable(),
            thresholds,
            ThesisSource));

        var performance = profile.Performance;
        findings.Add(new Finding(
            DriverCatalog.RuleIdOf(DriverKind.InternationalPerformance),
            performance is null || performance.Direction == PerformanceDirection.Unknown ? FindingOutcome.Unknown : FindingOutcome.Note,
            performance is null
                ? "International performance (the outcome the drivers explain, not a driver) was not measured: no international metric with a direction was given."
                : Fmt($"International performance (the outcome, not a driver): {performance.Metric}{(performance.Market is null ? string.Empty : " in " + performance.Market)} is {DirectionWord(performance.Direction)}."),
            performance is null ? [] : Of(new FindingInput("international-performance", Fmt($"{performance.Metric}: {performance.Direction}"), performance.Evidence)),
            [],
            OutcomeSource));

        var categories = ImmutableArray.CreateBuilder<DriverCategory>();
        for (var c = DriverCategory.Internal; c <= DriverCategory.Performance; c++)
        {
            if (covered[(int)c])
            {
                categories.Add(c);
            }
        }

        var categoriesCovered = categories.ToImmutable();
        return new DriversAssessment
        {
            Drivers = results.MoveToImmutable(),
            Present = present.ToImmutable(),
            PushAndPull = pushAndPull,
            CategoriesCovered = categoriesCovered,
            Performance = performance,
            Summary = Fmt($"{present.Count} of {all.Length} drivers present; categories covered: {(categoriesCovered.IsEmpty ? "none" : string.Join(", ", categoriesCovered))}; push and pull: {(pushAndPull ? "yes" : "no")}; international performance: {(performance is null ? "not measured" : Fmt($"{performance.Metric} {DirectionWord(performance.Direction)}"))}."),
            Findings = findings.ToImmutable(),
        };
    }

    private static string DirectionWord(PerformanceDirection direction) => direction switch
    {
        PerformanceDirection.Improving => "improving",
        PerformanceDirection.Stable => "stable",
        PerformanceDirection.Declining => "declining",
        PerformanceDirection.Mixed => "mixed",
        _ => "of unknown direction",
    };

    private static string CategoryText(DriverCategory category) => category switch
    {
        DriverCategory.Internal => "internal driver",
        DriverCategory.HomeMarket => "home-market driver",
        DriverCategory.InternationalOpportunity => "international-opportunity driver",
        DriverCategory.StrategyAndEntryMode => "business strategy and entry mode",
        _ => "international performance",
    };
}
