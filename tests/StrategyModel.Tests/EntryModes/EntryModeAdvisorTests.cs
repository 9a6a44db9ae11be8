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
        recommendation.Findings[0].Sentence.Should().Contain("no entry mode fits");
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
