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
    [InlineData(ServingRoute.ForeignDirectInvestment, ControlLevel.Intermediate, EntryMode.JointVenture)]
    [InlineData(ServingRoute.Export, ControlLevel.Low, EntryMode.IndirectExport)]
    [InlineData(ServingRoute.Export, ControlLevel.High, EntryMode.CrossBorderECommerce)]
    [InlineData(ServingRoute.ContractualResourceTransfer, ControlLevel.Low, EntryMode.Licensing)]
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
        candidates.Take(3).Should().OnlyContain(c => c.RouteMatches && c.IsEntryMode);
        candidates.Skip(3).Where(c => c.IsEntryMode).Should().OnlyContain(c => !c.RouteMatches);
        candidates.Take(3).Select(c => c.ControlDistance).Should().BeInAscendingOrder();
        candidates.Take(3).Select(c => c.Mode).Should().Equal(EntryMode.Acquisition, EntryMode.GreenfieldSubsidiary, EntryMode.JointVenture);
        candidates.TakeLast(2).Select(c => c.Mode).Should().Equal(EntryMode.MinorityStake, EntryMode.StrategicAlliance);
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

        // Entry modes first. Distance 0 (the cross-border platform commits least, then catalogue order), then 1 (the joint venture),
        // then 2 (indirect export commits least; then the most flexible modes; then catalogue order); then the rows that are not
        // entry modes, by the same keys.
        candidates.Select(c => c.Mode).Should().Equal(
            EntryMode.CrossBorderECommerce,
            EntryMode.Acquisition,
            EntryMode.GreenfieldSubsidiary,
            EntryMode.JointVenture,
            EntryMode.IndirectExport,
            EntryMode.DirectExport,
            EntryMode.Licensing,
            EntryMode.Franchising,
            EntryMode.ContractManufacturing,
            EntryMode.StrategicAlliance,
            EntryMode.MinorityStake);
        candidates.Select(c => c.ControlDistance).Should().Equal(0, 0, 0, 1, 2, 2, 2, 2, 2, 1, 2);
    }

    // Anderson & Gatignon (1986, Table 1): a small stake in another independent firm gives no control over the firm's own
    // operation; it is a portfolio or strategic investment, not an entry mode. Hennart (1988): a "link" alliance with a local
    // service provider supports the mode it serves. Worked example: for every route and every control level, neither is ever the
    // best entry mode, and the advisor never throws on valid input.
    [Fact]
    public void Recommend_AnyRouteAndControl_NeverRecommendsAStakeOrASupportingAlliance_AndersonGatignon1986_Hennart1988()
    {
        foreach (var route in new[] { ServingRoute.ForeignDirectInvestment, ServingRoute.Export, ServingRoute.ContractualResourceTransfer, ServingRoute.None })
        {
            foreach (var control in new[] { ControlLevel.Low, ControlLevel.Intermediate, ControlLevel.High })
            {
                var recommendation = advisor.Recommend(route, control);

                recommendation.Best.IsEntryMode.Should().BeTrue();
                recommendation.Best.Mode.Should().NotBe(EntryMode.MinorityStake).And.NotBe(EntryMode.StrategicAlliance);
                recommendation.Candidates.Select(c => c.Mode).Should().BeEquivalentTo(EntryModeCatalog.All.Select(a => a.Mode));
                recommendation.Candidates.Single(c => c.Mode == EntryMode.MinorityStake).Reasons[0].Should().Contain("not an entry mode");
            }
        }
    }

    // Anderson & Gatignon (1986): the advisor matches control, and only then prefers lower commitment. Worked example: an export
    // route with High control called for: the cross-border platform (High control, Weak commitment) ranks above indirect export
    // (Low control, Absent commitment), so commitment never stands in for control.
    [Fact]
    public void Recommend_ExportWithHighControl_PrefersControlOverLowerCommitment_AndersonGatignon1986()
    {
        var candidates = advisor.Recommend(ServingRoute.Export, ControlLevel.High).Candidates;

        candidates.Take(3).Select(c => c.Mode).Should().Equal(EntryMode.CrossBorderECommerce, EntryMode.IndirectExport, EntryMode.DirectExport);
    }

    // Singh & Kundu (2002): with a network advantage an export route reads as a cross-border platform with local complementor
    // partners; the recommendation says so.
    [Fact]
    public void Recommend_FromNOliAssessment_NotesTheNetworkReading_SinghKundu2002()
    {
        var oli = new OliEvaluator().Evaluate(new OliProfile { AssetOwnership = Strength.Strong, Internalization = Strength.Strong, Location = Strength.Weak, Network = Strength.Strong });
        var tce = new TransactionCostEvaluator().Evaluate(new TransactionCostProfile
        {
            AssetSpecificity = Strength.Strong,
            ExternalUncertainty = Strength.Moderate,
            InternalUncertainty = Strength.Moderate,
            Frequency = Strength.Moderate,
            FreeRidingPotential = Strength.Moderate,
        });

        var recommendation = advisor.Recommend(oli, tce);

        recommendation.Best.Mode.Should().Be(EntryMode.CrossBorderECommerce);
        recommendation.Findings.Single(f => f.RuleId == "entry-mode.network").Sentence.Should().Contain("local complementor partners");
        advisor.Recommend(ServingRoute.Export, ControlLevel.High).Findings.Select(f => f.RuleId).Should().NotContain("entry-mode.network");
    }

    // Dunning (1981): ownership without internalization transfers the advantage by contract; Anderson & Gatignon (1986): assets
    // of medium specificity with no other high driver call for intermediate control. Hennart (1988): the non-equity alliance is a
    // supporting arrangement, not a transfer of the advantage, so it no longer answers this route; the contractual modes are all
    // Low control, and licensing commits least and comes first in catalogue order.
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
        recommendation.Best.Mode.Should().Be(EntryMode.Licensing);
        recommendation.Best.ControlDistance.Should().Be(1);
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
