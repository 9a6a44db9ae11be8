using StrategyModel.Assessments;
using StrategyModel.Drivers;

namespace StrategyModel.Tests.Drivers;

public sealed class DriversEvaluatorTests
{
    private static DriversProfile Profile(params (DriverKind Kind, Strength Strength)[] drivers) =>
        new() { Drivers = [.. drivers.Select(d => new DriverInput(d.Kind, d.Strength))] };

    [Theory]
    [InlineData(Strength.Absent, false)]
    [InlineData(Strength.Weak, false)]
    [InlineData(Strength.Moderate, true)]
    [InlineData(Strength.Strong, true)]
    public void Evaluate_EachDriverAtStrength_PresentFromTheDefaultThreshold(Strength strength, bool expected)
    {
        foreach (var kind in DriverCatalog.Drivers)
        {
            var a = new DriversEvaluator().Evaluate(Profile((kind, strength)));

            a.Drivers.Single(d => d.Kind == kind).Present.Should().Be(expected, kind.ToString());
            a.Present.Contains(kind).Should().Be(expected);
            a.Findings.Single(f => f.RuleId == DriverCatalog.RuleIdOf(kind)).Outcome.Should().Be(expected ? FindingOutcome.Met : FindingOutcome.NotMet);
            a.CategoriesCovered.Should().Equal(expected ? [DriverCatalog.CategoryOf(kind)] : Array.Empty<DriverCategory>());
        }
    }

    [Fact]
    public void Evaluate_ThresholdRaisedToStrong_ModerateIsAbsent()
    {
        var profile = Profile((DriverKind.StrongBrand, Strength.Moderate));

        new DriversEvaluator().Evaluate(profile).Present.Should().Equal(DriverKind.StrongBrand);
        var strict = new DriversEvaluator(new DriversOptions { PresenceThreshold = Strength.Strong }).Evaluate(profile);
        strict.Present.Should().BeEmpty();
        strict.Findings[0].Thresholds.Should().Equal(new FindingThreshold("DriversOptions.PresenceThreshold", "Strong"));
    }

    // Wang (2018, section 2.6): foreign attractiveness pulls "in relation to the unattractiveness of home market", so push and pull
    // needs a present home-market driver and a present international-opportunity driver; either alone is not enough.
    [Theory]
    [InlineData(Strength.Strong, Strength.Strong, true)]
    [InlineData(Strength.Moderate, Strength.Moderate, true)]
    [InlineData(Strength.Strong, Strength.Weak, false)]
    [InlineData(Strength.Weak, Strength.Strong, false)]
    [InlineData(Strength.Weak, Strength.Weak, false)]
    public void Evaluate_HomeCompetitionAndMarketAttractiveness_PushAndPullOnlyWhenBothPresent(Strength push, Strength pull, bool expected)
    {
        var a = new DriversEvaluator().Evaluate(Profile((DriverKind.HomeCompetition, push), (DriverKind.MarketAttractiveness, pull)));

        a.PushAndPull.Should().Be(expected);
        var finding = a.Findings.Single(f => f.RuleId == "drivers.push-and-pull");
        finding.Outcome.Should().Be(expected ? FindingOutcome.Met : FindingOutcome.NotMet);
        finding.Inputs.Select(i => i.Name).Should().Equal(
            "niche-domestic-market", "home-competition", "home-government-policy", "market-attractiveness", "host-government-policy");
    }

    [Fact]
    public void Evaluate_AnyProfile_ListsAllDriversInEnumOrderThenPushAndPullThenTheOutcome()
    {
        var a = new DriversEvaluator().Evaluate(Profile());

        a.Drivers.Select(d => d.Kind).Should().Equal(DriverCatalog.Drivers);
        a.Drivers.Should().OnlyContain(d => !d.Present && d.Strength.Value == Strength.Absent);
        a.Findings.Select(f => f.RuleId).Should().Equal(DriverCatalog.Drivers.Select(DriverCatalog.RuleIdOf).Append("drivers.push-and-pull").Append("drivers.international-performance"));
        a.Findings[^1].Outcome.Should().Be(FindingOutcome.Unknown);
        a.Performance.Should().BeNull();
        a.Findings[0].RuleId.Should().Be("drivers.business-ecosystem-model");
        a.Findings[3].RuleId.Should().Be("drivers.entrepreneur-network-and-experience");
        a.Findings[4].RuleId.Should().Be("drivers.product-service-quality");
        a.Framework.Should().Be("drivers");
        a.PushAndPull.Should().BeFalse();
    }

    [Fact]
    public void Catalog_Categories_FollowTheThesisFigure2()
    {
        DriverCatalog.All.Should().HaveCount(18);
        DriverCatalog.Drivers.Should().HaveCount(17).And.NotContain(DriverKind.InternationalPerformance);
        DriverCatalog.IsOutcome(DriverKind.InternationalPerformance).Should().BeTrue();
        DriverCatalog.All.Where(k => DriverCatalog.CategoryOf(k) == DriverCategory.Internal).Should().Equal(
            DriverKind.BusinessEcosystemModel, DriverKind.UniqueTechnology, DriverKind.StrongBrand, DriverKind.EntrepreneurNetworkAndExperience, DriverKind.ProductServiceQuality);
        DriverCatalog.All.Where(k => DriverCatalog.CategoryOf(k) == DriverCategory.HomeMarket).Should().Equal(
            DriverKind.NicheDomesticMarket, DriverKind.HomeCompetition, DriverKind.HomeGovernmentPolicy);
        DriverCatalog.All.Where(k => DriverCatalog.CategoryOf(k) == DriverCategory.InternationalOpportunity).Should().Equal(
            DriverKind.MarketAttractiveness, DriverKind.HostGovernmentPolicy);
        DriverCatalog.All.Where(k => DriverCatalog.CategoryOf(k) == DriverCategory.StrategyAndEntryMode).Should().HaveCount(7);
        DriverCatalog.CategoryOf(DriverKind.InternationalPerformance).Should().Be(DriverCategory.Performance);
        DriverCatalog.LabelOf(DriverKind.EntrepreneurNetworkAndExperience).Should().Be("Entrepreneur's network and experience");
        DriverCatalog.LabelOf(DriverKind.NicheDomesticMarket).Should().Be("The niche domestic market");
        DriverCatalog.LabelOf(DriverKind.HomeGovernmentPolicy).Should().Be("Government regulation and policies");
        ((Action)(() => DriverCatalog.LabelOf(DriverKind.Unspecified))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => DriverCatalog.GerschewskiCounterpartOf((DriverKind)99))).Should().Throw<ArgumentOutOfRangeException>();
    }

    // Gerschewski, Rose & Lindsay (2015, Journal of World Business 50(3)), the thesis's Figure 1: international entrepreneurial orientation, learning orientation,
    // market orientation, product/service quality, network relationships, business strategies, host-market environment.
    [Fact]
    public void Catalog_GerschewskiCounterparts_AreFaithful()
    {
        DriverCatalog.GerschewskiDrivers.Should().HaveCount(7);
        DriverCatalog.GerschewskiCounterpartOf(DriverKind.ProductServiceQuality).Should().Be("Product/service quality");
        DriverCatalog.GerschewskiCounterpartOf(DriverKind.EntrepreneurNetworkAndExperience).Should().Be("Network relationships");
        DriverCatalog.GerschewskiCounterpartOf(DriverKind.MarketAttractiveness).Should().Be("Host market environment");
        DriverCatalog.GerschewskiCounterpartOf(DriverKind.Localization).Should().Be("Business strategies");
        DriverCatalog.GerschewskiCounterpartOf(DriverKind.InternationalPerformance).Should().Be("International performance");
        foreach (var added in new[] { DriverKind.BusinessEcosystemModel, DriverKind.UniqueTechnology, DriverKind.StrongBrand, DriverKind.NicheDomesticMarket, DriverKind.HomeCompetition, DriverKind.HomeGovernmentPolicy, DriverKind.DirectHolding, DriverKind.OwnSubsidiary, DriverKind.PartnershipEntry })
        {
            DriverCatalog.GerschewskiCounterpartOf(added).Should().BeNull(added.ToString());
        }

        DriverCatalog.All.Select(DriverCatalog.GerschewskiCounterpartOf).OfType<string>().Where(c => c != "International performance")
            .Should().OnlyContain(c => DriverCatalog.GerschewskiDrivers.Contains(c));
    }

    // Worked example: a born global described only with Gerschewski, Rose & Lindsay's (2015) drivers. Their model has no home-market
    // block, so it covers internal, opportunity and strategy but cannot show push and pull: the thesis's addition. Its performance is
    // the outcome, measured apart (a metric and a direction), so it covers no block.
    [Fact]
    public void Evaluate_GerschewskiBornGlobal_CoversTheirBlocksButNoPush_Gerschewski2015()
    {
        var profile = Profile(
            (DriverKind.ProductServiceQuality, Strength.Strong),
            (DriverKind.EntrepreneurNetworkAndExperience, Strength.Strong),
            (DriverKind.Differentiation, Strength.Moderate),
            (DriverKind.MarketAttractiveness, Strength.Strong)) with
        {
            Performance = new PerformanceOutcome("international sales growth", PerformanceDirection.Improving, ["f-growth"]),
        };

        var a = new DriversEvaluator().Evaluate(profile);

        a.CategoriesCovered.Should().Equal(DriverCategory.Internal, DriverCategory.InternationalOpportunity, DriverCategory.StrategyAndEntryMode);
        a.PushAndPull.Should().BeFalse();
        a.Findings.Single(f => f.RuleId == "drivers.push-and-pull").Sentence.Should().Contain("no home-market driver pushes");
        a.Performance!.Direction.Should().Be(PerformanceDirection.Improving);
    }

    // Worked example: the thesis's Table 2 and Table 3 for Alibaba: all five internal drivers, the three home-market drivers,
    // both international-opportunity drivers, and the strategies found in Russia and Southeast Asia.
    [Fact]
    public void Evaluate_ThesisAlibaba_PushAndPullAcrossAllBlocks()
    {
        var profile = new DriversProfile
        {
            Drivers =
            [
                new(DriverKind.BusinessEcosystemModel, new Rated<Strength>(Strength.Strong, ["thesis-table2-ecosystem"])),
                new(DriverKind.UniqueTechnology, Strength.Strong),
                new(DriverKind.StrongBrand, Strength.Strong),
                new(DriverKind.EntrepreneurNetworkAndExperience, Strength.Strong),
                new(DriverKind.ProductServiceQuality, Strength.Moderate),
                new(DriverKind.NicheDomesticMarket, new Rated<Strength>(Strength.Moderate, ["thesis-table2-niche"])),
                new(DriverKind.HomeCompetition, Strength.Strong),
                new(DriverKind.HomeGovernmentPolicy, Strength.Strong),
                new(DriverKind.MarketAttractiveness, new Rated<Strength>(Strength.Strong, ["thesis-table3-attractiveness"])),
                new(DriverKind.HostGovernmentPolicy, Strength.Moderate),
                new(DriverKind.CostLeadership, Strength.Moderate),
                new(DriverKind.Differentiation, Strength.Moderate),
                new(DriverKind.Localization, Strength.Strong),
                new(DriverKind.StrategicPartnership, Strength.Strong),
                new(DriverKind.DirectHolding, Strength.Strong),
                new(DriverKind.OwnSubsidiary, Strength.Moderate),
            ],
        };

        var a = new DriversEvaluator().Evaluate(profile);

        a.PushAndPull.Should().BeTrue();
        a.Present.Should().HaveCount(16);
        a.CategoriesCovered.Should().Equal(DriverCategory.Internal, DriverCategory.HomeMarket, DriverCategory.InternationalOpportunity, DriverCategory.StrategyAndEntryMode);
        a.Findings.Single(f => f.RuleId == "drivers.push-and-pull").Evidence.Should().Equal("thesis-table2-niche", "thesis-table3-attractiveness");
        a.Findings[0].Evidence.Should().Equal("thesis-table2-ecosystem");
        a.Drivers.Single(d => d.Kind == DriverKind.PartnershipEntry).Present.Should().BeFalse();
        a.Summary.Should().StartWith("16 of 17 drivers present");
    }

    [Fact]
    public void Evaluate_InvalidProfile_Throws()
    {
        var evaluator = new DriversEvaluator();

        ((Action)(() => evaluator.Evaluate(Profile((DriverKind.StrongBrand, Strength.Strong), (DriverKind.StrongBrand, Strength.Weak))))).Should().Throw<ArgumentException>();
        ((Action)(() => evaluator.Evaluate(Profile((DriverKind.Unspecified, Strength.Strong))))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Kind");
        ((Action)(() => evaluator.Evaluate(Profile((DriverKind.StrongBrand, Strength.Unspecified))))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Strength");
        // Issue 15: a default array reads as empty (the profile's init accessor normalizes it), so it is evaluated as no drivers.
        evaluator.Evaluate(new DriversProfile { Drivers = default }).Should().BeEquivalentTo(evaluator.Evaluate(new DriversProfile { Drivers = [] }));
        ((Action)(() => evaluator.Evaluate(new DriversProfile { Drivers = [null!] }))).Should().Throw<ArgumentException>().WithParameterName("profile").WithMessage("profile.Drivers[0] is null*");
        ((Action)(() => evaluator.Evaluate(null!))).Should().Throw<ArgumentNullException>();
        var absentThreshold = () => new DriversEvaluator(new DriversOptions { PresenceThreshold = Strength.Absent });
        absentThreshold.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PresenceThreshold");
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_DoesNotChangeEvaluator()
    {
        var options = new DriversOptions();
        var evaluator = new DriversEvaluator(options);
        options.PresenceThreshold = Strength.Strong;

        evaluator.Evaluate(Profile((DriverKind.Localization, Strength.Moderate))).Present.Should().Equal(DriverKind.Localization);
    }
}
