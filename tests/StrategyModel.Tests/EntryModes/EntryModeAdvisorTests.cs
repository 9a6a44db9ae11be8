using StrategyModel.Assessments;
using StrategyModel.EntryModes;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

namespace StrategyModel.Tests.EntryModes;

public sealed class EntryModeAdvisorTests
{
    private readonly EntryModeAdvisor advisor = new();

    [Theory]
    [InlineData(ServingRoute.ForeignDirectInvestment, ControlLevel.High, EntryMode.Acquisition)]
    [InlineData(ServingRoute.ForeignDirectInvestment, ControlLevel.Intermediate, EntryMode.MinorityStake)]
    [InlineData(ServingRoute.Export, ControlLevel.Low, EntryMode.IndirectExport)]
    [InlineData(ServingRoute.ContractualResourceTransfer, ControlLevel.Low, EntryMode.Licensing)]
    [InlineData(ServingRoute.ContractualResourceTransfer, ControlLevel.Intermediate, EntryMode.StrategicAlliance)]
    public void Recommend_RouteAndControl_RanksExpectedModeFirst(ServingRoute route, ControlLevel control, EntryMode best)
    {
        var recommendation = advisor.Recommend(route, control);

        recommendation.Best.Mode.Should().Be(best);
        recommendation.Best.RouteMatches.Should().BeTrue();
        recommendation.Best.ControlDistance.Should().Be(0);
        recommendation.Findings[0].Outcome.Should().Be(FindingOutcome.Decided);
        recommendation.Summary.Should().Be($"Best entry mode for {route} with {control} control: {best}.");
    }

    [Fact]
    public void Recommend_Fdi_RanksEveryRouteModeBeforeOthersAndByControlDistance()
    {
        var candidates = advisor.Recommend(ServingRoute.ForeignDirectInvestment, ControlLevel.High).Candidates;

        candidates.Should().HaveCount(EntryModeCatalog.All.Length);
        candidates.Select(c => c.Rank).Should().Equal(Enumerable.Range(1, candidates.Length));
        candidates.Take(4).Should().OnlyContain(c => c.RouteMatches);
        candidates.Skip(4).Should().OnlyContain(c => !c.RouteMatches);
        candidates.Take(4).Select(c => c.ControlDistance).Should().BeInAscendingOrder();
        candidates.Take(2).Select(c => c.Mode).Should().Equal(EntryMode.Acquisition, EntryMode.GreenfieldSubsidiary);
    }

    // In today's catalogue the lower-commitment mode always also comes first in catalogue order, so this pins the ranking; no
    // catalogue pair can tell the commitment key from the catalogue-order tie-break on its own.
    [Fact]
    public void Recommend_EqualControl_PrefersLowerCommitment()
    {
        var candidates = advisor.Recommend(ServingRoute.Export, ControlLevel.Low).Candidates;

        candidates.Take(3).Select(c => c.Mode).Should().Equal(EntryMode.IndirectExport, EntryMode.DirectExport, EntryMode.CrossBorderECommerce);
        candidates[0].Reasons.Should().HaveCount(3);
    }

    [Fact]
    public void Recommend_RouteNone_SaysNoModeMatches()
    {
        var recommendation = advisor.Recommend(ServingRoute.None, ControlLevel.Low);

        recommendation.Candidates.Should().OnlyContain(c => !c.RouteMatches);
        recommendation.Findings[0].RuleId.Should().Be("entry-mode.route");
        recommendation.Findings[0].Outcome.Should().Be(FindingOutcome.NotMet);
        recommendation.Findings[0].Sentence.Should().Contain("no entry mode fits");
    }

    [Fact]
    public void Recommend_RouteNone_RanksByControlAlone()
    {
        var candidates = advisor.Recommend(ServingRoute.None, ControlLevel.High).Candidates;

        // Distance 0, then 1 (equal commitment, so the more flexible alliance and minority stake before the joint venture),
        // then 2 (indirect export commits least; then the most flexible modes; then catalogue order).
        candidates.Select(c => c.Mode).Should().Equal(
            EntryMode.Acquisition,
            EntryMode.GreenfieldSubsidiary,
            EntryMode.StrategicAlliance,
            EntryMode.MinorityStake,
            EntryMode.JointVenture,
            EntryMode.IndirectExport,
            EntryMode.DirectExport,
            EntryMode.CrossBorderECommerce,
            EntryMode.Licensing,
            EntryMode.Franchising,
            EntryMode.ContractManufacturing);
        candidates.Select(c => c.ControlDistance).Should().Equal(0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2);
    }

    // Dunning (1981): ownership without internalization transfers the advantage by contract; Anderson & Gatignon (1986): assets
    // of medium specificity with no other high driver call for intermediate control. The only contractual mode with intermediate
    // control is the non-equity alliance.
    [Fact]
    public void Recommend_FromAssessments_UsesTheirRouteAndControl()
    {
        var oli = new OliEvaluator().Evaluate(new OliProfile { AssetOwnership = Strength.Strong, Internalization = Strength.Weak, Location = Strength.Strong });
        var tce = new TransactionCostEvaluator().Evaluate(new TransactionCostProfile
        {
            AssetSpecificity = Strength.Moderate,
            ExternalUncertainty = Strength.Moderate,
            InternalUncertainty = Strength.Moderate,
            Frequency = Strength.Moderate,
            FreeRidingPotential = Strength.Moderate,
        });

        var recommendation = advisor.Recommend(oli, tce);

        recommendation.Route.Should().Be(ServingRoute.ContractualResourceTransfer);
        recommendation.Control.Should().Be(ControlLevel.Intermediate);
        recommendation.Best.Mode.Should().Be(EntryMode.StrategicAlliance);
        recommendation.Should().Be(advisor.Recommend(ServingRoute.ContractualResourceTransfer, ControlLevel.Intermediate));
    }

    [Fact]
    public void Recommend_FromAssessments_CarriesEvidenceForward()
    {
        var oli = new OliEvaluator().Evaluate(new OliProfile
        {
            AssetOwnership = new Rated<Strength>(Strength.Strong, ["f-brand"]),
            Internalization = Strength.Strong,
            Location = new Rated<Strength>(Strength.Strong, ["f-market"]),
        });
        var tce = new TransactionCostEvaluator().Evaluate(new TransactionCostProfile
        {
            AssetSpecificity = new Rated<Strength>(Strength.Strong, ["f-tech"]),
            ExternalUncertainty = Strength.Moderate,
            InternalUncertainty = Strength.Moderate,
            Frequency = Strength.Moderate,
            FreeRidingPotential = Strength.Moderate,
        });

        var recommendation = advisor.Recommend(oli, tce);

        recommendation.Best.Mode.Should().Be(EntryMode.Acquisition);
        recommendation.Findings[0].Evidence.Should().Equal("f-brand", "f-market", "f-tech");
    }

    [Fact]
    public void Recommend_Unspecified_Throws()
    {
        var act = () => advisor.Recommend(ServingRoute.Unspecified, ControlLevel.Low);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
