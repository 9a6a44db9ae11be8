using StrategyModel.Assessments;
using StrategyModel.GenericStrategies;

namespace StrategyModel.Tests.GenericStrategies;

public sealed class GenericStrategyEvaluatorTests
{
    private static GenericStrategyProfile Profile(Strength cost, Strength diff, CompetitiveScope scope) => new()
    {
        CostAdvantage = cost,
        Differentiation = diff,
        Scope = scope,
    };

    // Porter's grid, every cell at both scopes (Porter 1980, ch. 2; 1985, ch. 1). Strong = advantage held, Weak = not held
    // (default threshold Moderate). Hybrid and stuck in the middle hold at either scope.
    [Theory]
    [InlineData(Strength.Strong, Strength.Weak, CompetitiveScope.Broad, GenericStrategy.CostLeadership, "porter.cell.cost-leadership")]
    [InlineData(Strength.Weak, Strength.Strong, CompetitiveScope.Broad, GenericStrategy.Differentiation, "porter.cell.differentiation")]
    [InlineData(Strength.Strong, Strength.Absent, CompetitiveScope.Narrow, GenericStrategy.CostFocus, "porter.cell.cost-focus")]
    [InlineData(Strength.Absent, Strength.Moderate, CompetitiveScope.Narrow, GenericStrategy.DifferentiationFocus, "porter.cell.differentiation-focus")]
    [InlineData(Strength.Strong, Strength.Strong, CompetitiveScope.Broad, GenericStrategy.Hybrid, "porter.cell.hybrid")]
    [InlineData(Strength.Moderate, Strength.Strong, CompetitiveScope.Narrow, GenericStrategy.Hybrid, "porter.cell.hybrid")]
    [InlineData(Strength.Weak, Strength.Weak, CompetitiveScope.Broad, GenericStrategy.StuckInTheMiddle, "porter.cell.stuck-in-the-middle")]
    [InlineData(Strength.Absent, Strength.Weak, CompetitiveScope.Narrow, GenericStrategy.StuckInTheMiddle, "porter.cell.stuck-in-the-middle")]
    public void Evaluate_GridCell_GivesPorterStrategyAndOneDecidedCellFinding(
        Strength cost, Strength diff, CompetitiveScope scope, GenericStrategy expected, string cellRule)
    {
        var evaluator = new GenericStrategyEvaluator();

        var assessment = evaluator.Evaluate(Profile(cost, diff, scope));

        assessment.Strategy.Should().Be(expected);
        assessment.Scope.Should().Be(scope);
        evaluator.DecideStrategy(Profile(cost, diff, scope)).Should().Be(expected);
        assessment.Findings.Where(f => f.RuleId.StartsWith("porter.cell.", StringComparison.Ordinal))
            .Should().ContainSingle().Which.RuleId.Should().Be(cellRule);
        assessment.Findings.Where(f => f.Outcome == FindingOutcome.Decided).Should().ContainSingle().Which.RuleId.Should().Be(cellRule);
        assessment.Framework.Should().Be("generic-strategies");
    }

    [Fact]
    public void Evaluate_NonHybrid_ListsEveryRuleInOrderWithoutReadings()
    {
        var assessment = new GenericStrategyEvaluator().Evaluate(Profile(Strength.Strong, Strength.Weak, CompetitiveScope.Broad));

        assessment.Findings.Select(f => f.RuleId).Should().Equal(
            "porter.cost-advantage",
            "porter.differentiation",
            "porter.scope",
            "porter.cell.cost-leadership",
            "porter.element.localization",
            "porter.element.partnership");
        assessment.Findings.Select(f => f.Outcome).Should().Equal(
            FindingOutcome.Met, FindingOutcome.NotMet, FindingOutcome.Note, FindingOutcome.Decided, FindingOutcome.NotMet, FindingOutcome.NotMet);
        assessment.Readings.Should().BeEmpty();
        assessment.CostAdvantageHeld.Should().BeTrue();
        assessment.DifferentiationHeld.Should().BeFalse();
        assessment.Findings[0].Thresholds.Should().Equal(new FindingThreshold("GenericStrategyOptions.AdvantageThreshold", "Moderate"));
        assessment.Summary.Should().Be("Strategy: CostLeadership (broad scope; cost advantage held, differentiation not held); localization not held, strategic partnership not held.");
    }

    [Fact]
    public void Evaluate_Hybrid_ReportsBothReadingsWarningFirstByDefault()
    {
        var assessment = new GenericStrategyEvaluator().Evaluate(Profile(Strength.Strong, Strength.Strong, CompetitiveScope.Broad));

        assessment.Readings.Should().Equal(HybridReading.StuckInTheMiddleWarning, HybridReading.IntegratedStrategy);
        var notes = assessment.Findings.Where(f => f.RuleId.StartsWith("porter.hybrid.", StringComparison.Ordinal)).ToList();
        notes.Select(f => f.RuleId).Should().Equal("porter.hybrid.stuck-in-the-middle-warning", "porter.hybrid.integrated");
        notes.Should().OnlyContain(f => f.Outcome == FindingOutcome.Note);
        notes[0].Source.Should().Contain("Porter (1980");
        notes[1].Source.Should().Contain("Hill (1988)").And.Contain("Bowman");
        assessment.Summary.Should().Contain("read first as Porter's stuck-in-the-middle warning, and also as an integrated strategy");
    }

    [Fact]
    public void Evaluate_HybridWithIntegratedPreferred_LeadsWithIntegratedReadingAndStillReportsWarning()
    {
        var evaluator = new GenericStrategyEvaluator(new GenericStrategyOptions { PreferredHybridReading = HybridReading.IntegratedStrategy });

        var assessment = evaluator.Evaluate(Profile(Strength.Strong, Strength.Moderate, CompetitiveScope.Narrow));

        assessment.Strategy.Should().Be(GenericStrategy.Hybrid);
        assessment.Readings.Should().Equal(HybridReading.IntegratedStrategy, HybridReading.StuckInTheMiddleWarning);
        assessment.Findings.Where(f => f.RuleId.StartsWith("porter.hybrid.", StringComparison.Ordinal)).Select(f => f.RuleId)
            .Should().Equal("porter.hybrid.integrated", "porter.hybrid.stuck-in-the-middle-warning");
        assessment.Summary.Should().Contain("read first as an integrated strategy (Hill 1988), and also as Porter's stuck-in-the-middle warning");
    }

    [Fact]
    public void Evaluate_PreferredReadingOnNonHybrid_ChangesNothing()
    {
        var profile = Profile(Strength.Weak, Strength.Strong, CompetitiveScope.Broad);

        new GenericStrategyEvaluator(new GenericStrategyOptions { PreferredHybridReading = HybridReading.IntegratedStrategy }).Evaluate(profile)
            .Should().Be(new GenericStrategyEvaluator().Evaluate(profile));
    }

    [Fact]
    public void Evaluate_AdvantageThresholdLowered_MovesStuckInTheMiddleToCostLeadership()
    {
        var profile = Profile(Strength.Weak, Strength.Absent, CompetitiveScope.Broad);

        new GenericStrategyEvaluator().DecideStrategy(profile).Should().Be(GenericStrategy.StuckInTheMiddle);
        new GenericStrategyEvaluator(new GenericStrategyOptions { AdvantageThreshold = Strength.Weak }).DecideStrategy(profile)
            .Should().Be(GenericStrategy.CostLeadership);
    }

    [Fact]
    public void Evaluate_AdvantageThresholdRaised_MovesHybridToDifferentiationFocus()
    {
        var profile = Profile(Strength.Moderate, Strength.Strong, CompetitiveScope.Narrow);

        new GenericStrategyEvaluator().DecideStrategy(profile).Should().Be(GenericStrategy.Hybrid);
        new GenericStrategyEvaluator(new GenericStrategyOptions { AdvantageThreshold = Strength.Strong }).DecideStrategy(profile)
            .Should().Be(GenericStrategy.DifferentiationFocus);
    }

    [Fact]
    public void Evaluate_ElementThreshold_MovesElementsButNeverTheCell()
    {
        var profile = Profile(Strength.Strong, Strength.Weak, CompetitiveScope.Broad) with
        {
            Localization = Strength.Weak,
            StrategicPartnership = Strength.Moderate,
        };

        var byDefault = new GenericStrategyEvaluator().Evaluate(profile);
        var lowered = new GenericStrategyEvaluator(new GenericStrategyOptions { ElementThreshold = Strength.Weak }).Evaluate(profile);
        var raised = new GenericStrategyEvaluator(new GenericStrategyOptions { ElementThreshold = Strength.Strong }).Evaluate(profile);

        (byDefault.LocalizationElement, byDefault.PartnershipElement).Should().Be((false, true));
        (lowered.LocalizationElement, lowered.PartnershipElement).Should().Be((true, true));
        (raised.LocalizationElement, raised.PartnershipElement).Should().Be((false, false));
        new[] { byDefault.Strategy, lowered.Strategy, raised.Strategy }.Should().OnlyContain(s => s == GenericStrategy.CostLeadership);
        lowered.Findings.Single(f => f.RuleId == "porter.element.localization").Outcome.Should().Be(FindingOutcome.Met);
        raised.Findings.Single(f => f.RuleId == "porter.element.partnership").Thresholds
            .Should().Equal(new FindingThreshold("GenericStrategyOptions.ElementThreshold", "Strong"));
    }

    [Fact]
    public void Evaluate_InputsWithEvidence_CarriesEvidenceIntoFindings()
    {
        var profile = new GenericStrategyProfile
        {
            CostAdvantage = new Rated<Strength>(Strength.Strong, ["fact-low-fees"]),
            Differentiation = new Rated<Strength>(Strength.Weak, ["assess-diff"]),
            Scope = new Rated<CompetitiveScope>(CompetitiveScope.Broad, ["fact-220-countries"]),
            Localization = new Rated<Strength>(Strength.Strong, ["fact-russian-post"]),
        };

        var assessment = new GenericStrategyEvaluator().Evaluate(profile);

        assessment.Findings.Single(f => f.RuleId == "porter.cell.cost-leadership").Evidence
            .Should().Equal("fact-low-fees", "assess-diff", "fact-220-countries");
        assessment.Findings.Single(f => f.RuleId == "porter.scope").Inputs.Single()
            .Should().Be(new FindingInput("scope", "Broad", ["fact-220-countries"]));
        assessment.Findings.Single(f => f.RuleId == "porter.element.localization").Evidence.Should().Equal("fact-russian-post");
    }

    // Porter (1980, ch. 2) names Lincoln Electric (arc welding) and Briggs & Stratton (small petrol engines) as overall cost
    // leaders; Walmart's everyday low prices are the textbook cost leader since. Industry-wide scope, no premium for uniqueness.
    [Fact]
    public void Evaluate_PorterCostLeaderExample_IsCostLeadership()
    {
        var walmart = Profile(Strength.Strong, Strength.Weak, CompetitiveScope.Broad);

        new GenericStrategyEvaluator().DecideStrategy(walmart).Should().Be(GenericStrategy.CostLeadership);
    }

    // Porter (1980, ch. 2) names Mercedes (brand image) and Caterpillar (dealer network, spare parts) as differentiators:
    // a premium brand across the industry, at a cost no lower than rivals'.
    [Fact]
    public void Evaluate_PremiumBrandExample_IsDifferentiation()
    {
        var mercedes = Profile(Strength.Absent, Strength.Strong, CompetitiveScope.Broad);

        new GenericStrategyEvaluator().DecideStrategy(mercedes).Should().Be(GenericStrategy.Differentiation);
    }

    // Porter (1980, ch. 2): Martin-Brower served only the leading fast-food chains at low cost (cost focus); Porter Paint served the
    // professional painter with service rather than price (differentiation focus).
    [Fact]
    public void Evaluate_PorterFocusExamples_AreTheTwoFocusCells()
    {
        var evaluator = new GenericStrategyEvaluator();

        evaluator.DecideStrategy(Profile(Strength.Strong, Strength.Weak, CompetitiveScope.Narrow)).Should().Be(GenericStrategy.CostFocus);
        evaluator.DecideStrategy(Profile(Strength.Weak, Strength.Strong, CompetitiveScope.Narrow)).Should().Be(GenericStrategy.DifferentiationFocus);
    }

    // Toyota's lean production (Womack, Jones & Roos 1990) gave both lower cost and higher quality than its rivals: the classic
    // case of Hill's (1988) argument that differentiation and low cost can be combined. The evaluator reports a hybrid and both readings.
    [Fact]
    public void Evaluate_ToyotaLeanProduction_IsHybridWithBothReadings()
    {
        var toyota = Profile(Strength.Strong, Strength.Strong, CompetitiveScope.Broad);
        var evaluator = new GenericStrategyEvaluator(new GenericStrategyOptions { PreferredHybridReading = HybridReading.IntegratedStrategy });

        var assessment = evaluator.Evaluate(toyota);

        assessment.Strategy.Should().Be(GenericStrategy.Hybrid);
        assessment.Readings.Should().Equal(HybridReading.IntegratedStrategy, HybridReading.StuckInTheMiddleWarning);
    }

    // Wang (2018, Table 3): in both Russia and Southeast Asia Alibaba follows "Cost leadership strategy; Differentiation strategies;
    // Localization of services", entering through strategic partnerships (Russian Post, Qiwi, Yandex; Emtek, Hellopay).
    [Fact]
    public void Evaluate_AlibabaAsTheThesisReadsIt_IsHybridWithBothElements()
    {
        var alibaba = Profile(Strength.Strong, Strength.Strong, CompetitiveScope.Broad) with
        {
            Localization = Strength.Strong,
            StrategicPartnership = Strength.Strong,
        };

        var assessment = new GenericStrategyEvaluator().Evaluate(alibaba);

        assessment.Strategy.Should().Be(GenericStrategy.Hybrid);
        assessment.LocalizationElement.Should().BeTrue();
        assessment.PartnershipElement.Should().BeTrue();
        assessment.Findings.Select(f => f.RuleId).Should().Equal(
            "porter.cost-advantage",
            "porter.differentiation",
            "porter.scope",
            "porter.cell.hybrid",
            "porter.hybrid.stuck-in-the-middle-warning",
            "porter.hybrid.integrated",
            "porter.element.localization",
            "porter.element.partnership");
    }

    [Theory]
    [InlineData(nameof(GenericStrategyProfile.CostAdvantage))]
    [InlineData(nameof(GenericStrategyProfile.Differentiation))]
    [InlineData(nameof(GenericStrategyProfile.Scope))]
    [InlineData(nameof(GenericStrategyProfile.Localization))]
    [InlineData(nameof(GenericStrategyProfile.StrategicPartnership))]
    public void Evaluate_UnspecifiedInput_ThrowsNamingTheInput(string input)
    {
        var profile = Profile(Strength.Strong, Strength.Strong, CompetitiveScope.Broad);
        profile = input switch
        {
            nameof(GenericStrategyProfile.CostAdvantage) => profile with { CostAdvantage = Strength.Unspecified },
            nameof(GenericStrategyProfile.Differentiation) => profile with { Differentiation = Strength.Unspecified },
            nameof(GenericStrategyProfile.Scope) => profile with { Scope = CompetitiveScope.Unspecified },
            nameof(GenericStrategyProfile.Localization) => profile with { Localization = Strength.Unspecified },
            _ => profile with { StrategicPartnership = (Strength)99 },
        };

        var evaluate = () => new GenericStrategyEvaluator().Evaluate(profile);
        var decide = () => new GenericStrategyEvaluator().DecideStrategy(profile);

        evaluate.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(input);
        decide.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(input);
    }

    [Fact]
    public void Evaluate_NullProfile_Throws()
    {
        var act = () => new GenericStrategyEvaluator().Evaluate(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("profile");
    }

    [Fact]
    public void Constructor_InvalidOptions_Throw()
    {
        var absent = () => new GenericStrategyEvaluator(new GenericStrategyOptions { AdvantageThreshold = Strength.Absent });
        var element = () => new GenericStrategyEvaluator(new GenericStrategyOptions { ElementThreshold = Strength.Unspecified });
        var reading = () => new GenericStrategyEvaluator(new GenericStrategyOptions { PreferredHybridReading = HybridReading.Unspecified });
        var none = () => new GenericStrategyEvaluator(null!);

        absent.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AdvantageThreshold");
        element.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ElementThreshold");
        reading.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PreferredHybridReading");
        none.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_DoesNotChangeEvaluator()
    {
        var options = new GenericStrategyOptions();
        var evaluator = new GenericStrategyEvaluator(options);
        options.AdvantageThreshold = Strength.Strong;
        options.PreferredHybridReading = HybridReading.IntegratedStrategy;

        var assessment = evaluator.Evaluate(Profile(Strength.Moderate, Strength.Moderate, CompetitiveScope.Broad));

        assessment.Strategy.Should().Be(GenericStrategy.Hybrid);
        assessment.Readings[0].Should().Be(HybridReading.StuckInTheMiddleWarning);
    }

    [Fact]
    public void Options_Defaults_AreDocumentedValues()
    {
        var options = new GenericStrategyOptions();

        options.AdvantageThreshold.Should().Be(Strength.Moderate);
        options.ElementThreshold.Should().Be(Strength.Moderate);
        options.PreferredHybridReading.Should().Be(HybridReading.StuckInTheMiddleWarning);
    }

    [Fact]
    public void Matrix_UnspecifiedScope_Throws()
    {
        var act = () => GenericStrategyMatrix.Strategy(true, false, CompetitiveScope.Unspecified);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scope");
    }
}
