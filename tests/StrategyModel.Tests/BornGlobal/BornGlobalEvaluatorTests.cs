using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.BornGlobal;

namespace StrategyModel.Tests.BornGlobal;

public sealed class BornGlobalEvaluatorTests
{
    private static readonly BornGlobalEvaluator Evaluator = new();

    private static BornGlobalProfile Profile(
        int founded = 2000,
        int? firstForeignSale = 2001,
        decimal? share = 80m,
        ValueChainCoordination coordination = ValueChainCoordination.Many,
        int? countries = 10) => new()
        {
            FoundedYear = founded,
            FirstForeignSaleYear = firstForeignSale is { } y ? Observation.Known(y) : Observation.Unknown<int>("not disclosed"),
            ForeignSalesSharePercent = share is { } s ? Observation.Known(s) : Observation.Unknown<decimal>("not disclosed"),
            ValueChainCoordination = coordination,
            CountriesInvolved = countries is { } c ? Observation.Known(c) : Observation.Unknown<int>("not disclosed"),
        };

    private static CriterionResult Result(BornGlobalAssessment assessment, BornGlobalCriterion criterion) =>
        assessment.Criteria.Single(r => r.Criterion == criterion);

    private static BornGlobalEvaluator With(params BornGlobalCriterion[] criteria) => new(new BornGlobalOptions { Criteria = criteria });

    // Rennie (1993) as the thesis operationalises it (Wang 2018, 2.1.2): at least 75% of sales abroad, begun within two years.
    [Theory]
    [InlineData(2002, 75.0, FindingOutcome.Met)]
    [InlineData(2000, 100.0, FindingOutcome.Met)]
    [InlineData(2003, 90.0, FindingOutcome.NotMet)]
    [InlineData(2001, 74.9, FindingOutcome.NotMet)]
    [InlineData(2005, 10.0, FindingOutcome.NotMet)]
    public void Evaluate_Rennie1993AsThesis_MetOrNotMetOnYearsAndShare(int firstSale, double share, FindingOutcome expected)
    {
        var assessment = With(BornGlobalCriterion.Rennie1993AsThesis).Evaluate(Profile(firstForeignSale: firstSale, share: (decimal)share));

        Result(assessment, BornGlobalCriterion.Rennie1993AsThesis).Outcome.Should().Be(expected);
        assessment.Findings.Single(f => f.RuleId == "born-global.criterion.rennie-1993-as-thesis").Outcome.Should().Be(expected);
        assessment.IsBornGlobalByAnyCriterion.Should().Be(expected == FindingOutcome.Met);
    }

    // Knight & Cavusgil (1996, 2004): at least 25% of sales from abroad within three years of founding.
    [Theory]
    [InlineData(2003, 25.0, FindingOutcome.Met)]
    [InlineData(2004, 90.0, FindingOutcome.NotMet)]
    [InlineData(2001, 24.0, FindingOutcome.NotMet)]
    public void Evaluate_KnightCavusgil_MetOrNotMetOnYearsAndShare(int firstSale, double share, FindingOutcome expected)
    {
        var assessment = With(BornGlobalCriterion.KnightCavusgil).Evaluate(Profile(firstForeignSale: firstSale, share: (decimal)share));

        Result(assessment, BornGlobalCriterion.KnightCavusgil).Outcome.Should().Be(expected);
        assessment.Findings.Single(f => f.RuleId == "born-global.criterion.knight-cavusgil").Source.Should().Be("Knight & Cavusgil (1996, 2004)");
    }

    [Fact]
    public void Evaluate_ShareUnknownAndYearsPass_IsUnknownNamingTheShare()
    {
        var assessment = Evaluator.Evaluate(Profile(firstForeignSale: 2001, share: null));

        foreach (var result in assessment.Criteria)
        {
            result.Outcome.Should().Be(FindingOutcome.Unknown);
            result.Reason.Should().Contain("foreign-sales share unknown (not disclosed)").And.Contain("within");
        }

        assessment.IsBornGlobalByAnyCriterion.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_YearsUnknownAndSharePasses_IsUnknownNamingTheYears()
    {
        var assessment = Evaluator.Evaluate(Profile(firstForeignSale: null, share: 90m));

        assessment.Criteria.Should().OnlyContain(r => r.Outcome == FindingOutcome.Unknown && r.Reason.Contains("years to first foreign sale unknown", StringComparison.Ordinal));
        assessment.Findings[0].Inputs.Should().Contain(new FindingInput("years-to-first-foreign-sale", "unknown", []));
    }

    [Fact]
    public void Evaluate_OnePartUnknownAndTheOtherFails_IsNotMet()
    {
        var assessment = Evaluator.Evaluate(Profile(firstForeignSale: null, share: 10m));

        assessment.Criteria.Should().OnlyContain(r => r.Outcome == FindingOutcome.NotMet);
        assessment.Criteria[0].Reason.Should().Be("not met: years to first foreign sale unknown (not disclosed); foreign sales 10% of sales, below 75%.");
    }

    [Fact]
    public void Evaluate_DefaultCriteria_ReportsEachCriterionOnItsOwn()
    {
        // Three years and 40% abroad: Knight & Cavusgil's born global, not the thesis's reading of Rennie.
        var assessment = Evaluator.Evaluate(Profile(firstForeignSale: 2003, share: 40m));

        assessment.Criteria.Select(r => (r.Criterion, r.Outcome)).Should().Equal(
            (BornGlobalCriterion.Rennie1993AsThesis, FindingOutcome.NotMet),
            (BornGlobalCriterion.KnightCavusgil, FindingOutcome.Met));
        assessment.IsBornGlobalByAnyCriterion.Should().BeTrue();
        assessment.Findings.Select(f => f.RuleId).Take(2).Should().Equal(
            "born-global.criterion.rennie-1993-as-thesis", "born-global.criterion.knight-cavusgil");
        assessment.Findings[0].Sentence.Should().Be(
            "Rennie1993AsThesis: not met: first foreign sale 3 years after founding, later than 2; foreign sales 40% of sales, below 75%.");
        assessment.Findings[0].Thresholds.Should().Equal(
            new FindingThreshold("BornGlobalOptions.Criteria[Rennie1993AsThesis].MaxYearsToFirstForeignSale", "2"),
            new FindingThreshold("BornGlobalOptions.Criteria[Rennie1993AsThesis].MinForeignSalesSharePercent", "75"));
    }

    // Oviatt & McDougall (1994): activities coordinated across countries (few/many) x countries involved (few/many).
    [Theory]
    [InlineData(ValueChainCoordination.Few, 2, NewVentureType.ExportImportStartup, "born-global.type.export-import-start-up", true)]
    [InlineData(ValueChainCoordination.Few, 12, NewVentureType.MultinationalTrader, "born-global.type.multinational-trader", true)]
    [InlineData(ValueChainCoordination.Many, 3, NewVentureType.GeographicallyFocusedStartup, "born-global.type.geographically-focused-start-up", false)]
    [InlineData(ValueChainCoordination.Many, 5, NewVentureType.GlobalStartup, "born-global.type.global-start-up", false)]
    public void Evaluate_OviattMcDougallCell_GivesTypeAndOneDecidedTypeFinding(
        ValueChainCoordination coordination, int countries, NewVentureType expected, string ruleId, bool marketMaker)
    {
        var assessment = Evaluator.Evaluate(Profile(coordination: coordination, countries: countries));

        assessment.VentureType.Should().Be(expected);
        NewVentureTypeMatrix.IsNewInternationalMarketMaker(expected).Should().Be(marketMaker);
        var typeFinding = assessment.Findings.Where(f => f.RuleId.StartsWith("born-global.type.", StringComparison.Ordinal)).Should().ContainSingle().Subject;
        typeFinding.RuleId.Should().Be(ruleId);
        typeFinding.Outcome.Should().Be(FindingOutcome.Decided);
        typeFinding.Sentence.Contains("new international market makers", StringComparison.Ordinal).Should().Be(marketMaker);
    }

    [Fact]
    public void Evaluate_CountriesUnknown_TypeIsUndetermined()
    {
        var assessment = Evaluator.Evaluate(Profile(coordination: ValueChainCoordination.Few, countries: null));

        assessment.VentureType.Should().BeNull();
        var finding = assessment.Findings.Single(f => f.RuleId == "born-global.type.undetermined");
        finding.Outcome.Should().Be(FindingOutcome.Unknown);
        finding.Sentence.Should().Contain("ExportImportStartup below 5 countries and MultinationalTrader from 5");
        assessment.Summary.Should().Contain("type: undetermined (countries involved unknown)");
    }

    [Fact]
    public void Evaluate_ManyCountriesThresholdLowered_MovesExportImportStartupToMultinationalTrader()
    {
        var profile = Profile(coordination: ValueChainCoordination.Few, countries: 4);

        Evaluator.Evaluate(profile).VentureType.Should().Be(NewVentureType.ExportImportStartup);
        var lowered = new BornGlobalEvaluator(new BornGlobalOptions { ManyCountriesThreshold = 4 }).Evaluate(profile);
        lowered.VentureType.Should().Be(NewVentureType.MultinationalTrader);
        lowered.Findings.Single(f => f.RuleId == "born-global.type.multinational-trader").Thresholds
            .Should().Equal(new FindingThreshold("BornGlobalOptions.ManyCountriesThreshold", "4"), new FindingThreshold("BornGlobalOptions.MaxYearsToInternationalizeForNewVenture", "6"));
    }

    [Fact]
    public void Evaluate_SuccessFeatures_ChecksAllSixInEnumOrder()
    {
        var profile = Profile() with
        {
            SuccessFeatures =
            [
                new SuccessFeatureRating(SuccessFeature.UniqueOffering, Strength.Strong),
                new SuccessFeatureRating(SuccessFeature.GlobalVision, new Rated<Strength>(Strength.Moderate, ["fact-vision"])),
                new SuccessFeatureRating(SuccessFeature.InternationalNetwork, Strength.Weak),
            ],
        };

        var assessment = Evaluator.Evaluate(profile);

        assessment.Features.Select(f => (f.Feature, f.Present, f.Strength.Value)).Should().Equal(
            (SuccessFeature.ManagersInternationalExperience, false, Strength.Absent),
            (SuccessFeature.GlobalVision, true, Strength.Moderate),
            (SuccessFeature.InternationalNetwork, false, Strength.Weak),
            (SuccessFeature.UniqueOffering, true, Strength.Strong),
            (SuccessFeature.InnovationCommitment, false, Strength.Absent),
            (SuccessFeature.GlobalIntegration, false, Strength.Absent));
        assessment.FeaturesPresent.Should().Be(2);
        var featureFindings = assessment.Findings.Where(f => f.RuleId.StartsWith("born-global.feature.", StringComparison.Ordinal)).ToList();
        featureFindings.Select(f => f.RuleId).Should().Equal(
            "born-global.feature.managers-international-experience",
            "born-global.feature.global-vision",
            "born-global.feature.international-network",
            "born-global.feature.unique-offering",
            "born-global.feature.innovation-commitment",
            "born-global.feature.global-integration");
        // Issue 12: an unrated feature is undetermined (Unknown, not assessed), never a NotMet read as Absent.
        featureFindings.Select(f => f.Outcome).Should().Equal(
            FindingOutcome.Unknown, FindingOutcome.Met, FindingOutcome.NotMet, FindingOutcome.Met, FindingOutcome.Unknown, FindingOutcome.Unknown);
        assessment.Features.Select(f => f.Assessed).Should().Equal(false, true, true, true, false, false);
        featureFindings[1].Evidence.Should().Equal("fact-vision");
        featureFindings[0].Sentence.Should().Contain("not assessed").And.NotContain("Absent");
    }

    [Fact]
    public void Evaluate_FeatureThresholdLowered_CountsWeakFeatures()
    {
        var profile = Profile() with { SuccessFeatures = [new SuccessFeatureRating(SuccessFeature.GlobalIntegration, Strength.Weak)] };

        Evaluator.Evaluate(profile).FeaturesPresent.Should().Be(0);
        new BornGlobalEvaluator(new BornGlobalOptions { FeatureThreshold = Strength.Weak }).Evaluate(profile).FeaturesPresent.Should().Be(1);
    }

    [Fact]
    public void Evaluate_AnyProfile_HasSummaryAndFindingsInOrder()
    {
        var assessment = Evaluator.Evaluate(Profile(firstForeignSale: 2001, share: 80m, countries: 10));

        assessment.Framework.Should().Be("born-global");
        assessment.Findings.Should().HaveCount(2 + 2 + 6);
        assessment.Summary.Should().Be(
            "Criteria: Rennie1993AsThesis Met, KnightCavusgil Met; born global by at least one criterion; an international new venture; type: GlobalStartup; 0 of 6 success features present.");
    }

    // Rennie (1993, McKinsey Quarterly): the Australian born globals McKinsey surveyed began exporting on average two years after
    // founding, with exports averaging 76% of sales. The average firm meets every preset; a firm at 75% meets the thesis's
    // threshold but not the observed average read as one.
    [Fact]
    public void Evaluate_RennieAustralianExporters_MeetThePresetsAsPublished()
    {
        var evaluator = With(BornGlobalCriterion.Rennie1993Observed, BornGlobalCriterion.Rennie1993AsThesis, BornGlobalCriterion.KnightCavusgil);

        evaluator.Evaluate(Profile(founded: 1985, firstForeignSale: 1987, share: 76m)).Criteria
            .Should().OnlyContain(r => r.Outcome == FindingOutcome.Met);
        evaluator.Evaluate(Profile(founded: 1985, firstForeignSale: 1987, share: 75m)).Criteria.Select(r => r.Outcome)
            .Should().Equal(FindingOutcome.NotMet, FindingOutcome.Met, FindingOutcome.Met);
    }

    // Logitech, as McDougall, Shane & Oviatt (1994, Journal of Business Venturing) describe it after Alahuhta (1990): founders from two
    // countries with a global vision from inception, headquarters in Switzerland and the US, manufacturing and R&D split between them
    // and spreading quickly to Taiwan and Ireland, its first commercial contract with a Japanese company. Many activities across five
    // countries: a global start-up. Founded 1981; we read the first (foreign) contract as the founding year. The source gives no
    // foreign-sales share, so every criterion is Unknown rather than guessed.
    [Fact]
    public void Evaluate_Logitech_IsGlobalStartupWithCriteriaUnknown()
    {
        var logitech = new BornGlobalProfile
        {
            FoundedYear = 1981,
            FirstForeignSaleYear = Observation.Known(1981, "mcdougall-1994-logitech"),
            ForeignSalesSharePercent = Observation.Unknown<decimal>("not given in McDougall, Shane & Oviatt (1994)"),
            ValueChainCoordination = new Rated<ValueChainCoordination>(ValueChainCoordination.Many, ["mcdougall-1994-logitech"]),
            CountriesInvolved = Observation.Known(5, "mcdougall-1994-logitech"),
            SuccessFeatures =
            [
                new SuccessFeatureRating(SuccessFeature.GlobalVision, Strength.Strong),
                new SuccessFeatureRating(SuccessFeature.ManagersInternationalExperience, Strength.Strong),
                new SuccessFeatureRating(SuccessFeature.GlobalIntegration, Strength.Strong),
            ],
        };

        var assessment = Evaluator.Evaluate(logitech);

        assessment.VentureType.Should().Be(NewVentureType.GlobalStartup);
        assessment.Criteria.Should().OnlyContain(r => r.Outcome == FindingOutcome.Unknown);
        assessment.IsBornGlobalByAnyCriterion.Should().BeFalse();
        assessment.FeaturesPresent.Should().Be(3);
        assessment.Findings.Single(f => f.RuleId == "born-global.type.global-start-up").Evidence.Should().Equal("mcdougall-1994-logitech");
    }

    // FRAMEWORKS.md section 5: a firm can be a global start-up on Oviatt & McDougall's axes and still fail Rennie's 75% test.
    [Fact]
    public void Evaluate_GlobalStartupWithLowForeignShare_FailsRennieButKeepsItsType()
    {
        var assessment = Evaluator.Evaluate(Profile(firstForeignSale: 2000, share: 30m, coordination: ValueChainCoordination.Many, countries: 20));

        assessment.VentureType.Should().Be(NewVentureType.GlobalStartup);
        Result(assessment, BornGlobalCriterion.Rennie1993AsThesis).Outcome.Should().Be(FindingOutcome.NotMet);
        Result(assessment, BornGlobalCriterion.KnightCavusgil).Outcome.Should().Be(FindingOutcome.Met);
    }

    [Fact]
    public void Evaluate_NoCriteria_ReportsTypeAndFeaturesOnly()
    {
        var assessment = new BornGlobalEvaluator(new BornGlobalOptions { Criteria = [] }).Evaluate(Profile());

        assessment.Criteria.Should().BeEmpty();
        assessment.IsBornGlobalByAnyCriterion.Should().BeFalse();
        assessment.Findings.Should().HaveCount(8);
        assessment.Summary.Should().StartWith("Criteria: none; not born global by any criterion;");
    }

    [Theory]
    [InlineData(1599, 1600, "FoundedYear")]
    [InlineData(3001, 3001, "FoundedYear")]
    [InlineData(2000, 3001, "FirstForeignSaleYear")]
    public void Evaluate_YearOutOfRange_Throws(int founded, int firstSale, string param)
    {
        var act = () => Evaluator.Evaluate(Profile(founded: founded, firstForeignSale: firstSale));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(param);
    }

    [Fact]
    public void Evaluate_FirstForeignSaleBeforeFounding_ThrowsArgumentException()
    {
        var act = () => Evaluator.Evaluate(Profile(founded: 2000, firstForeignSale: 1999));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("FirstForeignSaleYear");
    }

    [Fact]
    public void Evaluate_InvalidNumbersOrRatings_Throw()
    {
        var shareHigh = () => Evaluator.Evaluate(Profile(share: 100.1m));
        var shareLow = () => Evaluator.Evaluate(Profile(share: -1m));
        var countries = () => Evaluator.Evaluate(Profile(countries: -1));
        var coordination = () => Evaluator.Evaluate(Profile(coordination: ValueChainCoordination.Unspecified));
        var feature = () => Evaluator.Evaluate(Profile() with { SuccessFeatures = [new SuccessFeatureRating(SuccessFeature.Unspecified, Strength.Strong)] });
        var strength = () => Evaluator.Evaluate(Profile() with { SuccessFeatures = [new SuccessFeatureRating(SuccessFeature.GlobalVision, Strength.Unspecified)] });
        var none = () => Evaluator.Evaluate(null!);

        shareHigh.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ForeignSalesSharePercent");
        shareLow.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ForeignSalesSharePercent");
        countries.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("CountriesInvolved");
        coordination.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ValueChainCoordination");
        feature.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SuccessFeatures");
        strength.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SuccessFeatures");
        none.Should().Throw<ArgumentNullException>().WithParameterName("profile");
    }

    [Fact]
    public void Evaluate_DuplicateOrNullFeature_ThrowsArgumentException()
    {
        var duplicate = () => Evaluator.Evaluate(Profile() with
        {
            SuccessFeatures = [new SuccessFeatureRating(SuccessFeature.GlobalVision, Strength.Strong), new SuccessFeatureRating(SuccessFeature.GlobalVision, Strength.Weak)],
        });
        var withNull = () => Evaluator.Evaluate(Profile() with { SuccessFeatures = [null!] });

        duplicate.Should().ThrowExactly<ArgumentException>().WithParameterName("SuccessFeatures").WithMessage("*GlobalVision*");
        withNull.Should().ThrowExactly<ArgumentException>().WithParameterName("profile").WithMessage("profile.SuccessFeatures[0] is null*");
    }

    [Fact]
    public void Profile_DefaultFeatureArray_ReadsAsEmptyAndComparesByElement()
    {
        var profile = Profile() with { SuccessFeatures = default };
        var a = Profile() with { SuccessFeatures = [new SuccessFeatureRating(SuccessFeature.GlobalVision, Strength.Strong)] };
        var b = Profile() with { SuccessFeatures = ImmutableArray.Create(new SuccessFeatureRating(SuccessFeature.GlobalVision, Strength.Strong)) };

        profile.SuccessFeatures.IsDefault.Should().BeFalse();
        Evaluator.Evaluate(profile).FeaturesPresent.Should().Be(0);
        a.Should().Be(b);
        a.Should().NotBe(Profile());
    }

    [Fact]
    public void Constructor_InvalidOptions_Throw()
    {
        var threshold = () => new BornGlobalEvaluator(new BornGlobalOptions { ManyCountriesThreshold = 1 });
        var feature = () => new BornGlobalEvaluator(new BornGlobalOptions { FeatureThreshold = Strength.Absent });
        var nullList = () => new BornGlobalEvaluator(new BornGlobalOptions { Criteria = null! });
        var nullItem = () => new BornGlobalEvaluator(new BornGlobalOptions { Criteria = [null!] });
        var sameRuleId = () => new BornGlobalEvaluator(new BornGlobalOptions
        {
            Criteria = [BornGlobalCriterion.KnightCavusgil, BornGlobalCriterion.KnightCavusgil with { Name = "Knight & Cavusgil", MinForeignSalesSharePercent = 10m }],
        });

        threshold.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ManyCountriesThreshold");
        feature.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("FeatureThreshold");
        nullList.Should().Throw<ArgumentNullException>().WithParameterName("Criteria");
        nullItem.Should().ThrowExactly<ArgumentException>().WithParameterName("Criteria");
        sameRuleId.Should().ThrowExactly<ArgumentException>().WithMessage("*born-global.criterion.knight-cavusgil*");
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_DoesNotChangeEvaluator()
    {
        var options = new BornGlobalOptions();
        var evaluator = new BornGlobalEvaluator(options);
        options.Criteria.Clear();
        options.ManyCountriesThreshold = 50;

        var assessment = evaluator.Evaluate(Profile(countries: 10));

        assessment.Criteria.Should().HaveCount(2);
        assessment.VentureType.Should().Be(NewVentureType.GlobalStartup);
    }

    [Fact]
    public void Options_Defaults_AreDocumentedValues()
    {
        var options = new BornGlobalOptions();

        options.Criteria.Should().Equal(BornGlobalCriterion.Rennie1993AsThesis, BornGlobalCriterion.KnightCavusgil);
        options.ManyCountriesThreshold.Should().Be(5);
        options.FeatureThreshold.Should().Be(Strength.Moderate);
    }
}
