using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.BornGlobal;

/// <summary>The default <see cref="IBornGlobalEvaluator"/>: configurable born-global criteria, Oviatt &amp; McDougall's (1994) typology and the success-feature checklist.</summary>
/// <remarks>
/// <para>Findings, each with a stable rule id, in this order:</para>
/// <list type="number">
/// <item>one per criterion of <see cref="BornGlobalOptions.Criteria"/>, rule id <see cref="BornGlobalCriterion.RuleId"/>
/// (for example <c>born-global.criterion.rennie-1993-as-thesis</c>): Met when the years from founding to the first foreign sale are
/// at most the criterion's maximum and the foreign share of sales is at least its minimum; NotMet when a known part fails; Unknown
/// when no known part fails but a part is unknown. Each criterion is reported on its own.</item>
/// <item><c>born-global.international-new-venture</c>: Met when the first foreign sale came at most
/// <see cref="BornGlobalOptions.MaxYearsToInternationalizeForNewVenture"/> years after founding, NotMet when later, Unknown when
/// the first foreign sale is unknown (Oviatt &amp; McDougall 1994; Shrader, Oviatt &amp; McDougall 2000).</item>
/// <item>the venture type, given only to an international new venture (Oviatt &amp; McDougall 1994 classify INVs, not firms that
/// went abroad late): for an INV, <c>born-global.type.export-import-start-up</c>, <c>.multinational-trader</c>,
/// <c>.geographically-focused-start-up</c> or <c>.global-start-up</c> (Decided), with "many" countries meaning at least
/// <see cref="BornGlobalOptions.ManyCountriesThreshold"/>; for a firm that is not an INV, <c>born-global.type.not-an-inv</c> (Note),
/// which names the profile it would have; <c>born-global.type.profile-only</c> (Unknown) when INV status is unknown; and
/// <c>born-global.type.undetermined</c> (Unknown) when the number of countries is unknown.</item>
/// <item>one per success feature of <see cref="BornGlobalOptions.Features"/> (Met/NotMet), in that order:
/// <c>born-global.feature.{feature in kebab case}</c>, such as <c>born-global.feature.global-vision</c> (Oviatt &amp; McDougall
/// 1995; Wang 2018, section 2.1.2).</item>
/// </list>
/// <para>More foreign sales never turn a met criterion into a failed one, and more countries never move a venture out of the
/// "many countries" column. The evaluator is immutable, pure and thread-safe: it holds a copy of its options and no other state.</para>
/// </remarks>
public sealed class BornGlobalEvaluator : IBornGlobalEvaluator
{
    private const int MinYear = 1600;
    private const int MaxYear = 3000;
    private const string OviattMcDougall = "Oviatt & McDougall (1994)";
    private const string InvSource = "Oviatt & McDougall (1994); Shrader, Oviatt & McDougall (2000); McDougall, Oviatt & Shrader (2003)";
    private const string ThesisFeatureSource = "Oviatt & McDougall (1995); Wang (2018, section 2.1.2)";
    private const string FeatureSource1995 = "Oviatt & McDougall (1995)";

    private readonly ImmutableArray<SuccessFeature> features;
    private readonly int maxYearsForNewVenture;
    private readonly ImmutableArray<BornGlobalCriterion> criteria;
    private readonly int manyCountriesThreshold;
    private readonly Strength featureThreshold;

    /// <summary>Creates an evaluator with the default options.</summary>
    public BornGlobalEvaluator()
        : this(new BornGlobalOptions())
    {
    }

    /// <summary>Creates an evaluator with the given options, copied at construction.</summary>
    /// <param name="options">The criteria and thresholds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, its criteria list or its features list is null.</exception>
    /// <exception cref="ArgumentException">A criterion is null, two criteria share a rule id, or the features list is empty or lists a feature twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BornGlobalOptions.ManyCountriesThreshold"/> is below 2,
    /// <see cref="BornGlobalOptions.MaxYearsToInternationalizeForNewVenture"/> is negative, a feature is Unspecified or undefined, or
    /// <see cref="BornGlobalOptions.FeatureThreshold"/> is not Weak, Moderate or Strong.</exception>
    public BornGlobalEvaluator(BornGlobalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Criteria, nameof(options.Criteria));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in options.Criteria)
        {
            if (criterion is null)
            {
                throw Guard.Invalid("The criteria list contains null.", nameof(options.Criteria));
            }

            if (!seen.Add(criterion.RuleId))
            {
                throw Guard.Invalid($"Two criteria share the rule id {criterion.RuleId}.", nameof(options.Criteria));
            }
        }

        if (options.ManyCountriesThreshold < 2)
        {
            throw Guard.OutOfRange(nameof(options.ManyCountriesThreshold), options.ManyCountriesThreshold, "ManyCountriesThreshold must be at least 2.");
        }

        if (options.MaxYearsToInternationalizeForNewVenture < 0)
        {
            throw Guard.OutOfRange(nameof(options.MaxYearsToInternationalizeForNewVenture), options.MaxYearsToInternationalizeForNewVenture, "MaxYearsToInternationalizeForNewVenture must not be negative.");
        }

        ArgumentNullException.ThrowIfNull(options.Features, nameof(options.Features));
        if (options.Features.Count == 0)
        {
            throw Guard.Invalid("At least one success feature must be read.", nameof(options.Features));
        }

        foreach (var feature in options.Features)
        {
            Guard.Defined(feature, nameof(options.Features));
        }

        if (options.Features.Distinct().Count() != options.Features.Count)
        {
            throw Guard.Invalid("A success feature is listed twice.", nameof(options.Features));
        }

        Guard.Threshold(options.FeatureThreshold, nameof(options.FeatureThreshold));
        features = [.. options.Features];
        maxYearsForNewVenture = options.MaxYearsToInternationalizeForNewVenture;
        criteria = [.. options.Criteria];
        manyCountriesThreshold = options.ManyCountriesThreshold;
        featureThreshold = options.FeatureThreshold;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The founding year is outside 1600 to 3000, a known first-sale year is after 3000, a known share
    /// is outside 0 to 100, a known number of countries is negative, or a rating is <c>Unspecified</c> or undefined.</exception>
    /// <exception cref="ArgumentException">A known first foreign sale precedes the founding, or a success feature is null or listed twice.</exception>
    public BornGlobalAssessment Evaluate(BornGlobalProfile profile)
    {
        ModelGuard.Model(profile);
        Validate(profile);
        var findings = ImmutableArray.CreateBuilder<Finding>(criteria.Length + 2 + features.Length);

        var results = ImmutableArray.CreateBuilder<CriterionResult>(criteria.Length);
        var years = profile.FirstForeignSaleYear.Value - profile.FoundedYear;
        var criterionInputs = Of(
            Input("founded-year", profile.FoundedYear),
            Observed("first-foreign-sale-year", profile.FirstForeignSaleYear),
            years is { } y ? Input("years-to-first-foreign-sale", y) : Input("years-to-first-foreign-sale", "unknown"),
            Observed("foreign-sales-share-percent", profile.ForeignSalesSharePercent));
        var anyMet = false;
        foreach (var criterion in criteria)
        {
            var result = Judge(criterion, profile, years);
            anyMet |= result.Outcome == FindingOutcome.Met;
            results.Add(result);
            var prefix = "BornGlobalOptions.Criteria[" + criterion.Name + "].";
            findings.Add(new Finding(
                criterion.RuleId,
                result.Outcome,
                criterion.Name + ": " + result.Reason,
                criterionInputs,
                Of(
                    Threshold(prefix + "MaxYearsToFirstForeignSale", criterion.MaxYearsToFirstForeignSale),
                    Threshold(prefix + "MinForeignSalesSharePercent", criterion.MinForeignSalesSharePercent)),
                criterion.Source));
        }

        bool? isInv = years is { } age ? age <= maxYearsForNewVenture : null;
        var invThresholds = Of(Threshold("BornGlobalOptions.MaxYearsToInternationalizeForNewVenture", maxYearsForNewVenture));
        findings.Add(new Finding(
            "born-global.international-new-venture",
            isInv switch { true => FindingOutcome.Met, false => FindingOutcome.NotMet, _ => FindingOutcome.Unknown },
            isInv switch
            {
                true => Fmt($"An international new venture: its first foreign sale came {years} {(years == 1 ? "year" : "years")} after founding, within {maxYearsForNewVenture}."),
                false => Fmt($"Not an international new venture: its first foreign sale came {years} years after founding, later than {maxYearsForNewVenture}; Oviatt & McDougall's (1994) typology classifies ventures international from or near inception, so it gives this firm no type."),
                _ => Fmt($"Whether the firm is an international new venture is unknown: the year of its first foreign sale is unknown ({profile.FirstForeignSaleYear.UnknownReason})."),
            },
            Of(criterionInputs[0], criterionInputs[1], criterionInputs[2]),
            invThresholds,
            InvSource));

        var coordination = profile.ValueChainCoordination.Value;
        var typeInputs = Of(Input("value-chain-coordination", profile.ValueChainCoordination), Observed("countries-involved", profile.CountriesInvolved), Input("international-new-venture", isInv switch { true => "yes", false => "no", _ => "unknown" }));
        var typeThresholds = Of(Threshold("BornGlobalOptions.ManyCountriesThreshold", manyCountriesThreshold), invThresholds[0]);
        NewVentureType? profileType = null;
        if (profile.CountriesInvolved.Value is { } countries)
        {
            var many = countries >= manyCountriesThreshold;
            var t = NewVentureTypeMatrix.Type(coordination, many);
            profileType = t;
            var axes = Fmt($"{(coordination == ValueChainCoordination.Many ? "Many value-chain activities" : "Few value-chain activities (mainly logistics)")} are coordinated across countries and {countries} {(countries == 1 ? "country is" : "countries are")} involved ({(many ? "many" : "few")}: the threshold for many is {manyCountriesThreshold})");
            findings.Add(isInv switch
            {
                true => new Finding(TypeRuleId(t), FindingOutcome.Decided, Fmt($"{axes}: {Describe(t)}."), typeInputs, typeThresholds, OviattMcDougall),
                false => new Finding("born-global.type.not-an-inv", FindingOutcome.Note, Fmt($"The firm is not an international new venture, so it has no type; its profile would be {t} ({axes})."), typeInputs, typeThresholds, OviattMcDougall),
                _ => new Finding("born-global.type.profile-only", FindingOutcome.Unknown, Fmt($"No type: whether the firm is an international new venture is unknown; its profile is {t} ({axes})."), typeInputs, typeThresholds, OviattMcDougall),
            });
        }
        else
        {
            var fewCountries = NewVentureTypeMatrix.Type(coordination, false);
            var manyCountries = NewVentureTypeMatrix.Type(coordination, true);
            findings.Add(new Finding(
                "born-global.type.undetermined",
                FindingOutcome.Unknown,
                Fmt($"The number of countries involved is unknown ({profile.CountriesInvolved.UnknownReason}), so the {(isInv == true ? "type" : "profile")} is undetermined: with {(coordination == ValueChainCoordination.Many ? "many" : "few")} activities coordinated it is {fewCountries} below {manyCountriesThreshold} countries and {manyCountries} from {manyCountriesThreshold}{(isInv == true ? string.Empty : Fmt($"; in any case the firm {(isInv == false ? "is not" : "is not known to be")} an international new venture"))}."),
                typeInputs,
                typeThresholds,
                OviattMcDougall));
        }

        NewVentureType? type = isInv == true ? profileType : null;

        var featureResults = ImmutableArray.CreateBuilder<SuccessFeatureResult>(features.Length);
        var present = 0;
        var featureThresholds = Of(Threshold("BornGlobalOptions.FeatureThreshold", featureThreshold));
        foreach (var feature in features)
        {
            var rating = RatingOf(profile, feature, out var listed);
            var has = rating.Value >= featureThreshold;
            present += has ? 1 : 0;
            featureResults.Add(new SuccessFeatureResult(feature, has, rating) { Assessed = listed });
            findings.Add(new Finding(
                "born-global.feature." + RuleIds.Kebab(feature.ToString()),
                listed ? MetOrNot(has) : FindingOutcome.Unknown,
                listed
                    ? Fmt($"{FeatureWords(feature)}: {(has ? "present" : "not present")}, {rating.Value} is {(has ? "at least" : "below")} the threshold {featureThreshold}.")
                    : Fmt($"{FeatureWords(feature)}: not assessed; no rating decides it, so it is undetermined and does not count as present."),
                Of(listed ? Input(RuleIds.Kebab(feature.ToString()), rating) : Input(RuleIds.Kebab(feature.ToString()), "not assessed")),
                featureThresholds,
                SuccessFeatureSets.Thesis.Contains(feature) ? ThesisFeatureSource : FeatureSource1995));
        }

        var criteriaText = results.Count == 0
            ? "none"
            : string.Join(", ", results.Select(r => r.Criterion.Name + " " + r.Outcome.ToString()));
        var summary = Fmt($"Criteria: {criteriaText}; {(anyMet ? "born global by at least one criterion" : "not born global by any criterion")}; {(isInv switch { true => "an international new venture", false => "not an international new venture", _ => "INV status unknown" })}; type: {(type is { } vt ? vt.ToString() : profileType is { } pt ? Fmt($"none (profile {pt})") : "undetermined (countries involved unknown)")}; {present} of {features.Length} success features present.");

        return new BornGlobalAssessment
        {
            Criteria = results.MoveToImmutable(),
            IsInternationalNewVenture = isInv,
            VentureType = type,
            ProfileType = profileType,
            Features = featureResults.MoveToImmutable(),
            FeaturesPresent = present,
            IsBornGlobalByAnyCriterion = anyMet,
            Summary = summary,
            Findings = findings.ToImmutable(),
        };
    }

    private static CriterionResult Judge(BornGlobalCriterion criterion, BornGlobalProfile profile, int? years)
    {
        var max = criterion.MaxYearsToFirstForeignSale;
        var min = criterion.MinForeignSalesSharePercent;
        bool? yearsOk = years is { } y ? y <= max : null;
        var share = profile.ForeignSalesSharePercent.Value;
        bool? shareOk = share is { } s ? s >= min : null;

        var yearsPart = years is { } yv
            ? Fmt($"first foreign sale {yv} {(yv == 1 ? "year" : "years")} after founding, {(yearsOk == true ? "within" : "later than")} {max}")
            : Fmt($"years to first foreign sale unknown ({profile.FirstForeignSaleYear.UnknownReason})");
        var sharePart = share is { } sv
            ? Fmt($"foreign sales {sv}% of sales, {(shareOk == true ? "at least" : "below")} {min}%")
            : Fmt($"foreign-sales share unknown ({profile.ForeignSalesSharePercent.UnknownReason})");

        var outcome = yearsOk == false || shareOk == false ? FindingOutcome.NotMet
            : yearsOk is null || shareOk is null ? FindingOutcome.Unknown
            : FindingOutcome.Met;
        var word = outcome switch
        {
            FindingOutcome.Met => "met",
            FindingOutcome.NotMet => "not met",
            _ => "unknown",
        };
        return new CriterionResult(criterion, outcome, word + ": " + yearsPart + "; " + sharePart + ".");
    }

    private static Rated<Strength> RatingOf(BornGlobalProfile profile, SuccessFeature feature, out bool listed)
    {
        foreach (var rating in profile.SuccessFeatures)
        {
            if (rating.Feature == feature)
            {
                listed = true;
                return rating.Strength;
            }
        }

        listed = false;
        return Strength.Absent;
    }

    private static FindingInput Observed<T>(string name, Observation<T> observation)
        where T : struct => new(name, observation.ToString(), observation.Evidence);

    private static string TypeRuleId(NewVentureType type) => type switch
    {
        NewVentureType.ExportImportStartup => "born-global.type.export-import-start-up",
        NewVentureType.MultinationalTrader => "born-global.type.multinational-trader",
        NewVentureType.GeographicallyFocusedStartup => "born-global.type.geographically-focused-start-up",
        _ => "born-global.type.global-start-up",
    };

    private static string Describe(NewVentureType type) => type switch
    {
        NewVentureType.ExportImportStartup => "an export/import start-up, one of the new international market makers",
        NewVentureType.MultinationalTrader => "a multinational trader, one of the new international market makers",
        NewVentureType.GeographicallyFocusedStartup => "a geographically focused start-up",
        _ => "a global start-up",
    };

    private static string FeatureWords(SuccessFeature feature) => feature switch
    {
        SuccessFeature.ManagersInternationalExperience => "Managers' international experience",
        SuccessFeature.GlobalVision => "Global vision from founding",
        SuccessFeature.InternationalNetwork => "Strong international network",
        SuccessFeature.UniqueOffering => "Unique product or service",
        SuccessFeature.InnovationCommitment => "Commitment to R&D and innovation",
        SuccessFeature.PreemptiveTechnologyOrMarketing => "Pre-emptive technology or marketing",
        SuccessFeature.UniqueIntangibleAsset => "Unique intangible asset",
        SuccessFeature.LinkedProductExtensions => "Closely linked product or service extensions",
        _ => "Global integration",
    };

    private static void Validate(BornGlobalProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.FoundedYear is < MinYear or > MaxYear)
        {
            throw Guard.OutOfRange(nameof(profile.FoundedYear), profile.FoundedYear, "FoundedYear must be 1600 to 3000.");
        }

        if (profile.FirstForeignSaleYear.Value is { } first)
        {
            if (first > MaxYear)
            {
                throw Guard.OutOfRange(nameof(profile.FirstForeignSaleYear), first, "FirstForeignSaleYear must be 1600 to 3000.");
            }

            if (first < profile.FoundedYear)
            {
                throw Guard.Invalid(
                    Fmt($"The first foreign sale ({first}) cannot precede the founding ({profile.FoundedYear})."), nameof(profile.FirstForeignSaleYear));
            }
        }

        if (profile.ForeignSalesSharePercent.Value is { } share && share is < 0m or > 100m)
        {
            throw Guard.OutOfRange(nameof(profile.ForeignSalesSharePercent), share, "ForeignSalesSharePercent must be 0 to 100.");
        }

        Guard.Defined(profile.ValueChainCoordination.Value, nameof(profile.ValueChainCoordination));
        if (profile.CountriesInvolved.Value is < 0)
        {
            throw Guard.OutOfRange(nameof(profile.CountriesInvolved), profile.CountriesInvolved.Value, "CountriesInvolved must be 0 or more.");
        }

        var seen = 0;
        foreach (var rating in profile.SuccessFeatures)
        {
            if (rating is null)
            {
                throw Guard.Invalid("SuccessFeatures contains null.", nameof(profile.SuccessFeatures));
            }

            Guard.Defined(rating.Feature, nameof(profile.SuccessFeatures));
            Guard.Defined(rating.Strength.Value, nameof(profile.SuccessFeatures));
            var bit = 1 << (int)rating.Feature;
            if ((seen & bit) != 0)
            {
                throw Guard.Invalid(Fmt($"The success feature {rating.Feature} is listed more than once."), nameof(profile.SuccessFeatures));
            }

            seen |= bit;
        }
    }
}
