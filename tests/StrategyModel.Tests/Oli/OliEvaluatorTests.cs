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
            "oli.condition.ownership", "oli.condition.internalization", "oli.condition.location", "oli.route.none");
        assessment.Findings[0].Outcome.Should().Be(FindingOutcome.NotMet);
        assessment.Findings[1].Outcome.Should().Be(FindingOutcome.Met);
        assessment.Findings[2].Outcome.Should().Be(FindingOutcome.Met);
        assessment.Findings[3].Outcome.Should().Be(FindingOutcome.Decided);
        assessment.Findings[0].Thresholds.Should().Contain(new FindingThreshold("OliOptions.OwnershipThreshold", "Moderate"));
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

    [Fact]
    public void Evaluate_NetworkAdvantageOnly_CountsUnderNOliButNotUnderOli()
    {
        var profile = Profile(Strength.Weak, Strength.Strong, Strength.Strong, n: Strength.Strong);

        new OliEvaluator().Evaluate(profile).Route.Should().Be(ServingRoute.ForeignDirectInvestment);
        var classic = new OliEvaluator(new OliOptions { CountNetworkAsOwnership = false }).Evaluate(profile);
        classic.Route.Should().Be(ServingRoute.None);
        classic.Findings.Select(f => f.RuleId).Should().Contain("oli.network.excluded");
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
