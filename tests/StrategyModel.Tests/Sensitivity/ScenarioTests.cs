using StrategyModel.Analysis;
using StrategyModel.EntryModes;
using StrategyModel.Oli;
using StrategyModel.Sensitivity;
using StrategyModel.TransactionCosts;

namespace StrategyModel.Tests.Sensitivity;

/// <summary>Scenarios as data (issue 14) on the fictional Kestrel Tools case: overrides change exactly the verdicts that read them.</summary>
public sealed class ScenarioTests
{
    private static readonly RobustnessAnalyzer Analyzer = new();

    private static StrategyModel.Cases.Case Kestrel() => KestrelCase.With([.. KestrelCase.OliAtLocationEdge(), .. KestrelCase.TransactionCostsAllWeak()]);

    // Anderson & Gatignon (1986): with asset specificity Strong the start is High (3), nothing else steps: High control. The OLI route
    // (Dunning 1981: FDI) reads none of the transaction-cost inputs, so only the control and the best mode (route × control) change.
    [Fact]
    public void AndersonGatignon1986_AssetSpecificityStrong_ChangesControlAndBestModeOnly()
    {
        var scenario = new Scenario("asset specificity Strong", [ScenarioOverride.Input("transaction-costs.asset-specificity", "Strong", KestrelCase.Market)]);

        var comparison = Analyzer.Compare(Kestrel(), 2015, scenario);

        var advisor = new EntryModeAdvisor();
        comparison.Changes.Should().Equal(
            new VerdictChange(KestrelCase.Market, "transaction-costs.control", "Low", "High"),
            new VerdictChange(
                KestrelCase.Market,
                "entry-modes.best",
                advisor.Recommend(ServingRoute.ForeignDirectInvestment, ControlLevel.Low).Best.Mode.ToString(),
                advisor.Recommend(ServingRoute.ForeignDirectInvestment, ControlLevel.High).Best.Mode.ToString()));
        comparison.Result.GetMarket(KestrelCase.Market).Inputs.Single(i => i.Name == "asset-specificity").Source.Should().Be(InputSource.Scenario);
        comparison.Baseline.GetMarket(KestrelCase.Market).Inputs.Single(i => i.Name == "asset-specificity").Value.Should().Be("Weak", "the case is not edited");
    }

    // Anderson & Gatignon (1986) with a host-country cap: specificity Strong calls for High control, but a cap of 49% on foreign
    // ownership allows at most a minority stake, so the control the firm can hold is capped below High. The cap alone, with Low
    // control called for, changes nothing: the scenario changes exactly the verdicts that depend on it.
    [Fact]
    public void AndersonGatignon1986_ForeignOwnershipCap49_LowersHighControlAndLeavesLowControl()
    {
        var cap = ScenarioOverride.Setting("transaction-costs.foreign-ownership-cap-percent", 49m, KestrelCase.Market);
        var strong = ScenarioOverride.Input("transaction-costs.asset-specificity", "Strong", KestrelCase.Market);

        var capOnly = Analyzer.Compare(Kestrel(), 2015, new Scenario("cap of 49%", [cap]));
        var strongOnly = Analyzer.Compare(Kestrel(), 2015, new Scenario("specificity Strong", [strong]));
        var both = Analyzer.Compare(Kestrel(), 2015, new Scenario("specificity Strong under a cap of 49%", [strong, cap]));

        capOnly.Changes.Should().BeEmpty();
        strongOnly.Changes.Single(c => c.Verdict == "transaction-costs.control").Scenario.Should().Be("High");
        var capped = both.Changes.Single(c => c.Verdict == "transaction-costs.control");
        capped.Scenario.Should().NotBe("High");
        capped.Scenario.Should().Be(new TransactionCostEvaluator().DecideControl(new TransactionCostProfile
        {
            AssetSpecificity = Strength.Strong,
            ExternalUncertainty = Strength.Weak,
            InternalUncertainty = Strength.Weak,
            Frequency = Strength.Weak,
            FreeRidingPotential = Strength.Weak,
            ForeignOwnershipCapPercent = 49m,
        }).ToString());
        both.Changes.Should().NotContain(c => c.Verdict == "oli.route" || c.Verdict == "network-model.situation" || c.Verdict == "generic-strategies.strategy");
    }

    // Dunning (1981): an unrated input set by a scenario decides the route the analysis left open.
    [Fact]
    public void Dunning1981_ScenarioRatesAnUndeterminedInput_DecidesTheRoute()
    {
        var c = KestrelCase.With([.. KestrelCase.OliAtLocationEdge().Where(r => r.Item1 != StrategyModel.Evidence.AssessedInput.Internalization)]);

        var comparison = Analyzer.Compare(c, 2015, new Scenario("internalization Weak", [ScenarioOverride.Input("oli.internalization", "weak")]));

        comparison.Changes.Select(x => (x.Verdict, x.Base, x.Scenario)).Should().Contain(("oli.route", "Undetermined (ContractualResourceTransfer or ForeignDirectInvestment)", "ContractualResourceTransfer"));
    }

    [Fact]
    public void Compare_OverrideOfAnInputTheAnalyzerDoesNotRead_Throws()
    {
        var act = () => Analyzer.Compare(Kestrel(), 2015, new Scenario("typo", [ScenarioOverride.Input("oli.locaton", "Strong")]));

        act.Should().Throw<ArgumentException>().WithMessage("*oli.locaton*");
    }

    [Fact]
    public void Compare_ValueOffTheScale_Throws()
    {
        var act = () => Analyzer.Compare(Kestrel(), 2015, new Scenario("off scale", [ScenarioOverride.Input("oli.location", "Huge", KestrelCase.Market)]));

        act.Should().Throw<ArgumentException>().WithMessage("*Huge*Absent, Weak, Moderate, Strong*");
    }

    [Fact]
    public void Scenario_SameTargetTwice_Throws()
    {
        var act = () => new Scenario("twice", [ScenarioOverride.Input("oli.location", "Weak"), ScenarioOverride.Input("oli.location", "Strong")]);

        act.Should().Throw<ArgumentException>().WithMessage("*twice*");
    }
}
