using StrategyModel.Assessments;
using StrategyModel.Oli;

namespace StrategyModel.Tests.Oli;

public sealed class OliEvaluatorTests
{
    private static OliProfile Profile(Strength o, Strength i, Strength l, Strength n = Strength.Absent) => new()
    {
        AssetOwnership = o,
        Internalization = i,
        Location = l,
        Network = n,
    };

    // Dunning's matrix, every row: (O, I, L) -> route. Strong = condition holds, Weak = it does not (default thresholds Moderate).
    [Theory]
    [InlineData(Strength.Strong, Strength.Strong, Strength.Strong, ServingRoute.ForeignDirectInvestment, OliCondition.Location)]
    [InlineData(Strength.Strong, Strength.Strong, Strength.Weak, ServingRoute.Export, OliCondition.Location)]
    [InlineData(Strength.Strong, Strength.Weak, Strength.Weak, ServingRoute.ContractualResourceTransfer, OliCondition.Internalization)]
    [InlineData(Strength.Strong, Strength.Weak, Strength.Strong, ServingRoute.ContractualResourceTransfer, OliCondition.Internalization)]
    [InlineData(Strength.Weak, Strength.Strong, Strength.Strong, ServingRoute.None, OliCondition.Ownership)]
    [InlineData(Strength.Weak, Strength.Weak, Strength.Weak, ServingRoute.None, OliCondition.Ownership)]
    [InlineData(Strength.Absent, Strength.Strong, Strength.Weak, ServingRoute.None, OliCondition.Ownership)]
    [InlineData(Strength.Weak, Strength.Weak, Strength.Strong, ServingRoute.None, OliCondition.Ownership)]
    public void Evaluate_MatrixRow_GivesDunningRoute(Strength o, Strength i, Strength l, ServingRoute expected, OliCondition deciding)
    {
        var assessment = new OliEvaluator().Evaluate(Profile(o, i, l));

        assessment.Route.Should().Be(expected);
        assessment.DecidingCondition.Should().Be(deciding);
        new OliEvaluator().DecideRoute(Profile(o, i, l)).Should().Be(expected);
    }

    [Fact]
    public void Evaluate_AnyProfile_ListsEveryConditionAndTheDecidingRule()
    {
        var assessment = new OliEvaluator().Evaluate(Profile(Strength.Weak, Strength.Strong, Strength.Strong));

        assessment.Findings.Select(f => f.RuleId).Should().Equal(
            "oli.condition.ownership", "oli.condition.internalization", "oli.condition.location", "oli.condition.network", "oli.route.none");
        assessment.Findings[0].Outcome.Should().Be(FindingOutcome.NotMet);
        assessment.Findings[1].Outcome.Should().Be(FindingOutcome.Met);
        assessment.Findings[2].Outcome.Should().Be(FindingOutcome.Met);
        assessment.Findings[3].Outcome.Should().Be(FindingOutcome.NotMet);
        assessment.Findings[4].Outcome.Should().Be(FindingOutcome.Decided);
        assessment.Findings[0].Thresholds.Should().Contain(new FindingThreshold("OliOptions.OwnershipThreshold", "Moderate"));
        assessment.NetworkVariant.Should().Be(NetworkRouteVariant.None);
    }

    [Fact]
    public void Evaluate_InputsWithEvidence_CarriesEvidenceIntoFindings()
    {
        var profile = new OliProfile
        {
            AssetOwnership = new Rated<Strength>(Strength.Strong, ["fact-brand", "fact-cloud"]),
            Internalization = new Rated<Strength>(Strength.Strong, ["assess-i"]),
            Location = new Rated<Strength>(Strength.Weak, ["fact-l"]),
        };

        var assessment = new OliEvaluator().Evaluate(profile);

        assessment.Findings.Single(f => f.RuleId == "oli.condition.ownership").Evidence.Should().Equal("fact-brand", "fact-cloud");
        assessment.Findings.Single(f => f.RuleId == "oli.condition.location").Inputs.Single().Should().Be(new FindingInput("location", "Weak", ["fact-l"]));
        assessment.Route.Should().Be(ServingRoute.Export);
    }

    [Fact]
    public void Evaluate_LocationThresholdRaised_MovesFdiToExport()
    {
        var profile = Profile(Strength.Strong, Strength.Strong, Strength.Moderate);

        new OliEvaluator().Evaluate(profile).Route.Should().Be(ServingRoute.ForeignDirectInvestment);
        new OliEvaluator(new OliOptions { LocationThreshold = Strength.Strong }).Evaluate(profile).Route.Should().Be(ServingRoute.Export);
    }

    [Fact]
    public void Evaluate_OwnershipThresholdLowered_MovesNoneToFdi()
    {
        var profile = Profile(Strength.Weak, Strength.Strong, Strength.Strong);

        new OliEvaluator().Evaluate(profile).Route.Should().Be(ServingRoute.None);
        new OliEvaluator(new OliOptions { OwnershipThreshold = Strength.Weak }).Evaluate(profile).Route.Should().Be(ServingRoute.ForeignDirectInvestment);
    }

    [Fact]
    public void Evaluate_InternalizationThresholdRaised_MovesFdiToContractual()
    {
        var profile = Profile(Strength.Strong, Strength.Moderate, Strength.Strong);

        new OliEvaluator().Evaluate(profile).Route.Should().Be(ServingRoute.ForeignDirectInvestment);
        var raised = new OliEvaluator(new OliOptions { InternalizationThreshold = Strength.Strong }).Evaluate(profile);
        raised.Route.Should().Be(ServingRoute.ContractualResourceTransfer);
        raised.Findings.Single(f => f.RuleId == "oli.condition.internalization").Thresholds
            .Should().Equal(new FindingThreshold("OliOptions.InternalizationThreshold", "Strong"));
    }

    // Singh & Kundu (2002) treat N as a distinct advantage, not part of O; Dunning (1988) puts network governance under Ot. Worked
    // example: a marketplace with a strong network of sellers but no firm-specific O in the host market. By default N is its own
    // condition, so the route stays None; read as an ownership component (the old default) it meets O; excluded, it is only noted.
    [Fact]
    public void Evaluate_NetworkAdvantageOnly_IsItsOwnConditionByDefault_SinghKundu2002()
    {
        var profile = Profile(Strength.Weak, Strength.Strong, Strength.Strong, n: Strength.Strong);

        var distinct = new OliEvaluator().Evaluate(profile);
        distinct.Route.Should().Be(ServingRoute.None);
        distinct.OwnershipMet.Should().BeFalse();
        distinct.NetworkMet.Should().BeTrue();
        distinct.NetworkVariant.Should().Be(NetworkRouteVariant.None);

        var folded = new OliEvaluator(new OliOptions { NetworkReading = OliNetworkReading.OwnershipComponent }).Evaluate(profile);
        folded.Route.Should().Be(ServingRoute.ForeignDirectInvestment);
        folded.NetworkMet.Should().BeFalse();
        folded.NetworkVariant.Should().Be(NetworkRouteVariant.None);
        folded.Findings.Single(f => f.RuleId == "oli.condition.ownership").Inputs.Select(i => i.Name).Should().Contain("network");

        var classic = new OliEvaluator(new OliOptions { NetworkReading = OliNetworkReading.Excluded }).Evaluate(profile);
        classic.Route.Should().Be(ServingRoute.None);
        classic.Findings.Select(f => f.RuleId).Should().Contain("oli.network.excluded").And.NotContain("oli.condition.network");
    }

    // Singh & Kundu (2002): a network advantage changes how the route is carried out (orchestrating partners rather than a
    // hierarchy; virtual presence). Worked example: a marketplace with strong O, I and N, entering three markets that differ only in
    // L and I: a market that needs local presence (FDI: a local platform), one served from home (export: a cross-border platform
    // with local payment and delivery partners), and one where internalization fails (contractual: partner orchestration).
    [Theory]
    [InlineData(Strength.Strong, Strength.Strong, ServingRoute.ForeignDirectInvestment, NetworkRouteVariant.LocalPlatformOrchestration, "oli.n-oli.local-platform")]
    [InlineData(Strength.Strong, Strength.Weak, ServingRoute.Export, NetworkRouteVariant.CrossBorderPlatformWithLocalPartners, "oli.n-oli.cross-border-platform")]
    [InlineData(Strength.Weak, Strength.Strong, ServingRoute.ContractualResourceTransfer, NetworkRouteVariant.PartnerNetworkOrchestration, "oli.n-oli.partner-network")]
    public void Evaluate_NetworkAdvantageHeld_ReadsTheRouteAsItsNOliVariant_SinghKundu2002(
        Strength internalization, Strength location, ServingRoute route, NetworkRouteVariant variant, string ruleId)
    {
        var withN = new OliEvaluator().Evaluate(Profile(Strength.Strong, internalization, location, n: Strength.Strong));
        var withoutN = new OliEvaluator().Evaluate(Profile(Strength.Strong, internalization, location, n: Strength.Weak));

        withN.Route.Should().Be(route);
        withoutN.Route.Should().Be(route, "N never decides the route");
        withN.NetworkVariant.Should().Be(variant);
        withoutN.NetworkVariant.Should().Be(NetworkRouteVariant.None);
        withN.Findings.Last().RuleId.Should().Be(ruleId);
        withN.Findings.Last().Source.Should().Be("Singh & Kundu (2002)");
        withoutN.Findings.Select(f => f.RuleId).Should().NotContain(ruleId);
        OliMatrix.NetworkVariant(route, true).Should().Be(variant);
        withN.Summary.Should().Contain(variant.ToString());
    }

    // Dunning (1980, 1981, 1988): L asks whether it pays to operate in the host market rather than serve it from home; market size
    // is a reason to serve the market at all (market-seeking; Dunning 1993), not to invest there. Worked example: a cross-border
    // marketplace facing a large, fast-growing market (attractiveness Strong) where parcels clear duty-free and foreign payment
    // cards work, so nothing needs to be local (L Weak): the route is export, whatever the attractiveness.
    [Theory]
    [InlineData(Strength.Weak)]
    [InlineData(Strength.Moderate)]
    [InlineData(Strength.Strong)]
    public void Evaluate_AttractiveMarketWithWeakLocation_IsServedByExport_Dunning1981(Strength attractiveness)
    {
        var profile = Profile(Strength.Strong, Strength.Strong, Strength.Weak) with { MarketAttractiveness = attractiveness };

        var assessment = new OliEvaluator().Evaluate(profile);

        assessment.Route.Should().Be(ServingRoute.Export);
        assessment.MarketNotServed.Should().BeFalse();
        var finding = assessment.Findings.Single(f => f.RuleId == "oli.market-attractiveness");
        finding.Outcome.Should().Be(FindingOutcome.Met);
        finding.Sentence.Should().Contain("does not choose between export and FDI");
        assessment.Findings.Single(f => f.RuleId == "oli.condition.location").Inputs.Select(i => i.Name).Should().Equal("location");
        new OliEvaluator().DecideRoute(profile).Should().Be(ServingRoute.Export);
    }

    // Dunning (1993): market-seeking needs demand to seek. Worked example: a firm with strong O, I and L for a market with no
    // demand for its service (attractiveness Absent). With the gate on (default) the market is not served; with it off the matrix
    // alone decides.
    [Fact]
    public void Evaluate_MarketWithNoDemand_IsNotServedUnderTheGate_Dunning1993()
    {
        var profile = Profile(Strength.Strong, Strength.Strong, Strength.Strong) with { MarketAttractiveness = new Rated<Strength>(Strength.Absent, ["f-demand"]) };

        var gated = new OliEvaluator().Evaluate(profile);
        gated.Route.Should().Be(ServingRoute.None);
        gated.DecidingCondition.Should().Be(OliCondition.MarketAttractiveness);
        gated.MarketNotServed.Should().BeTrue();
        gated.OwnershipMet.Should().BeTrue();
        gated.Findings.Single(f => f.RuleId == "oli.market-attractiveness").Outcome.Should().Be(FindingOutcome.NotMet);
        gated.Findings.Single(f => f.RuleId.StartsWith("oli.route.", StringComparison.Ordinal)).RuleId.Should().Be("oli.route.not-served");
        gated.Findings.Single(f => f.RuleId == "oli.market-attractiveness").Evidence.Should().Equal("f-demand");
        new OliEvaluator().DecideRoute(profile).Should().Be(ServingRoute.None);

        var open = new OliEvaluator(new OliOptions { MarketAttractivenessGate = false });
        open.Evaluate(profile).Route.Should().Be(ServingRoute.ForeignDirectInvestment);
        open.Evaluate(profile).Findings.Single(f => f.RuleId == "oli.market-attractiveness").Outcome.Should().Be(FindingOutcome.Note);
        open.DecideRoute(profile).Should().Be(ServingRoute.ForeignDirectInvestment);
    }

    [Fact]
    public void Evaluate_AttractivenessNotRated_ReportsNoAttractivenessFinding()
    {
        new OliEvaluator().Evaluate(Profile(Strength.Strong, Strength.Strong, Strength.Strong)).Findings.Select(f => f.RuleId)
            .Should().NotContain("oli.market-attractiveness");
    }

    // Rugman & Verbeke (1992): country-specific advantages (home policy, state ties, cheap home inputs) are open to every firm of the
    // home country and are not firm-specific ownership advantages. Worked example: a firm whose only strength is its home
    // government's export support (CSA Strong) and whose own O is Weak: the matrix finds no O, and the CSA is reported apart.
    [Fact]
    public void Evaluate_CountrySpecificAdvantage_IsReportedApartAndNotCountedInO_RugmanVerbeke1992()
    {
        var profile = Profile(Strength.Weak, Strength.Strong, Strength.Strong) with { CountrySpecificAdvantage = new Rated<Strength>(Strength.Strong, ["f-policy"]) };

        var assessment = new OliEvaluator().Evaluate(profile);

        assessment.Route.Should().Be(ServingRoute.None);
        assessment.OwnershipMet.Should().BeFalse();
        var csa = assessment.Findings.Single(f => f.RuleId == "oli.country-specific-advantage");
        csa.Outcome.Should().Be(FindingOutcome.Note);
        csa.Source.Should().Be("Rugman & Verbeke (1992)");
        csa.Evidence.Should().Equal("f-policy");
        assessment.Findings.Single(f => f.RuleId == "oli.condition.ownership").Inputs.Select(i => i.Name).Should().NotContain("country-specific-advantage");
    }

    // Dunning (1981, 1988): O is net of the advantages of firms of other nationalities in the market. Worked example: a marketplace
    // whose O was rated against two named local rivals; the ownership finding says so.
    [Fact]
    public void Evaluate_OwnershipRatedAgainstNamedRivals_SaysItIsNetO_Dunning1988()
    {
        var profile = Profile(Strength.Strong, Strength.Strong, Strength.Weak) with { Rivals = ["local-market-a", "local-market-b"] };

        var ownership = new OliEvaluator().Evaluate(profile).Findings.Single(f => f.RuleId == "oli.condition.ownership");

        ownership.Sentence.Should().Contain("net of the named local rivals (local-market-a, local-market-b)");
        ownership.Inputs.Should().Contain(new FindingInput("ownership.rivals", "local-market-a, local-market-b", []));
        ownership.Source.Should().Contain("net ownership advantages");
        new OliEvaluator().Evaluate(Profile(Strength.Strong, Strength.Strong, Strength.Weak)).Findings[0].Sentence.Should().NotContain("rivals");
    }

    [Fact]
    public void Profile_BlankRival_Throws()
    {
        var act = () => Profile(Strength.Strong, Strength.Strong, Strength.Weak) with { Rivals = ["ok", " "] };

        act.Should().Throw<ArgumentException>().WithParameterName("Rivals");
    }

    [Fact]
    public void Profile_EqualRivalsInDifferentArrays_AreEqual()
    {
        var a = Profile(Strength.Strong, Strength.Strong, Strength.Weak) with { Rivals = ["r1"], MarketAttractiveness = Strength.Strong };
        var b = Profile(Strength.Strong, Strength.Strong, Strength.Weak) with { Rivals = ["r1"], MarketAttractiveness = Strength.Strong };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a with { Rivals = ["r2"] }).Should().NotBe(b);
    }

    // Review 2026-12 items 21 and 22: Oi is Dunning & Lundan (2008), not Dunning (2000); the liability of foreignness is Hymer
    // (1960/1976) and Zaheer (1995). The ownership finding cites the former.
    [Fact]
    public void Evaluate_OwnershipFinding_CitesDunningAndLundan2008ForOi()
    {
        var source = new OliEvaluator().Evaluate(Profile(Strength.Strong, Strength.Strong, Strength.Strong)).Findings[0].Source;

        source.Should().Contain("Dunning & Lundan (2008)").And.NotContain("2000");
    }

    [Fact]
    public void Evaluate_UnspecifiedOptionalInputs_Throw()
    {
        var evaluator = new OliEvaluator();
        var attractiveness = () => evaluator.DecideRoute(Profile(Strength.Strong, Strength.Strong, Strength.Strong) with { MarketAttractiveness = Strength.Unspecified });
        var csa = () => evaluator.Evaluate(Profile(Strength.Strong, Strength.Strong, Strength.Strong) with { CountrySpecificAdvantage = Strength.Unspecified });

        attractiveness.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MarketAttractiveness");
        csa.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("CountrySpecificAdvantage");
    }

    [Fact]
    public void Constructor_UnspecifiedNetworkReading_Throws()
    {
        var act = () => new OliEvaluator(new OliOptions { NetworkReading = OliNetworkReading.Unspecified });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("NetworkReading");
    }

    [Fact]
    public void Evaluate_TransactionOrInstitutionalAdvantage_SatisfiesOwnership()
    {
        var viaTransaction = Profile(Strength.Absent, Strength.Strong, Strength.Strong) with { TransactionOwnership = Strength.Strong };
        var viaInstitution = Profile(Strength.Absent, Strength.Strong, Strength.Weak) with { InstitutionalOwnership = Strength.Moderate };

        new OliEvaluator().Evaluate(viaTransaction).Route.Should().Be(ServingRoute.ForeignDirectInvestment);
        new OliEvaluator().Evaluate(viaInstitution).Route.Should().Be(ServingRoute.Export);
    }

    [Fact]
    public void Evaluate_UnspecifiedInput_ThrowsNamingTheInput()
    {
        var profile = Profile(Strength.Strong, Strength.Unspecified, Strength.Strong);

        var act = () => new OliEvaluator().Evaluate(profile);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Internalization");
    }

    [Fact]
    public void Constructor_AbsentThreshold_Throws()
    {
        var act = () => new OliEvaluator(new OliOptions { LocationThreshold = Strength.Absent });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("LocationThreshold");
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_DoesNotChangeEvaluator()
    {
        var options = new OliOptions();
        var evaluator = new OliEvaluator(options);
        options.LocationThreshold = Strength.Strong;

        evaluator.Evaluate(Profile(Strength.Strong, Strength.Strong, Strength.Moderate)).Route.Should().Be(ServingRoute.ForeignDirectInvestment);
    }
}
