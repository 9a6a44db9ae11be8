using StrategyModel.Cases;
using StrategyModel.Evidence;
using StrategyModel.Sensitivity;

namespace StrategyModel.Tests.Sensitivity;

/// <summary>The robustness analysis of issue 14 on worked examples of the fictional Kestrel Tools case (each names its source).</summary>
public sealed class RobustnessAnalyzerTests
{
    private static readonly RobustnessAnalyzer Analyzer = new();

    // Dunning (1981, p. 79), worked by hand at the default thresholds (Moderate for O, I and L):
    //   O = max(Oa Strong, Ot Absent, Oi Absent) = Strong ≥ Moderate: met; I Strong ≥ Moderate: met; L Moderate ≥ Moderate: met → FDI.
    //   Single steps (7): Oa Strong→Moderate still met (kept); Ot, Oi Absent→Weak leave O at Strong (kept); N Absent→Weak is a distinct
    //   advantage under the default reading and never moves the route (kept); L Moderate→Strong (kept); L Moderate→Weak falls below
    //   the threshold: O and I without L is Export (the one flip); I Strong→Moderate still met (kept).
    //   Pairs (20): the five single-direction inputs pair ten ways (all kept); L pairs with each of the five in both its directions
    //   (ten), and the five with L down flip to Export.
    //   Thresholds (11): O, I, L and N thresholds each to the two other values of Weak..Strong (8), the two other network readings (2),
    //   the market-attractiveness gate off (1); only LocationThreshold Strong lifts the bar above L Moderate: Export.
    [Fact]
    public void Dunning1981_OStrongLModerateIStrong_LocationDownOneStepFlipsFdiToExport()
    {
        var report = Analyzer.Analyze(KestrelCase.With(KestrelCase.OliAtLocationEdge()), 2015);

        var route = report.Get(KestrelCase.Market, "oli.route");
        route.Value.Should().Be("ForeignDirectInvestment");
        route.DecidingInputs.Should().Equal("oli.location");
        route.Flips.Where(f => f.Kind == PerturbationKind.SingleStep).Select(f => f.ToString()).Should().Equal("oli.location Moderate → Weak ⇒ Export");
        (route.SingleSteps, route.SingleStepsKept).Should().Be((7, 6));
        (route.PairSteps, route.PairStepsKept).Should().Be((20, 15));
        route.Flips.Where(f => f.Kind == PerturbationKind.PairOfSteps).Should().OnlyContain(f => f.To == "Export" && f.Changes.Any(c => c.Name == "oli.location" && c.To == "Weak"));
        (route.ThresholdSettings, route.ThresholdSettingsKept).Should().Be((11, 10));
        route.DecidingThresholds.Should().Equal("OliOptions.LocationThreshold");
        route.Flips.Single(f => f.Kind == PerturbationKind.Threshold).ToString().Should().Be("OliOptions.LocationThreshold Moderate → Strong ⇒ Export");
        route.Robustness.Should().BeApproximately(31d / 38d, 1e-12);
    }

    // Dunning (1981): L sits exactly on the Moderate threshold. The step that crosses it (down) flips; the step away (up) does not.
    [Fact]
    public void Dunning1981_LocationAtThresholdEdge_FlipsOnlyForTheStepThatCrossesIt()
    {
        var route = Analyzer.Analyze(KestrelCase.With(KestrelCase.OliAtLocationEdge()), 2015).Get(KestrelCase.Market, "oli.route");

        route.Flips.Should().Contain(f => f.Kind == PerturbationKind.SingleStep && f.Changes[0].Name == "oli.location" && f.Changes[0].To == "Weak");
        route.Flips.Should().NotContain(f => f.Kind == PerturbationKind.SingleStep && f.Changes[0].Name == "oli.location" && f.Changes[0].To == "Strong");
    }

    // Dunning (1981): O, L and I all Strong against Moderate thresholds are two steps from every edge. No single step, no pair and
    // no threshold setting of Weak..Strong can unseat FDI: full robustness.
    [Fact]
    public void Dunning1981_AllThreeAdvantagesStrong_IsFullyRobust()
    {
        var ratings = KestrelCase.OliAtLocationEdge().Select(r => r.Item1 == AssessedInput.Location ? (r.Item1, "strong", r.Item3) : r).ToArray();

        var route = Analyzer.Analyze(KestrelCase.With(ratings), 2015).Get(KestrelCase.Market, "oli.route");

        route.Value.Should().Be("ForeignDirectInvestment");
        route.Flips.Should().BeEmpty();
        route.DecidingInputs.Should().BeEmpty();
        route.Robustness.Should().Be(1d);
        (route.SingleSteps, route.PairSteps, route.ThresholdSettings).Should().Be((6, 15, 11), "six inputs with one step each, their fifteen pairs, eleven settings");
    }

    // Anderson & Gatignon (1986): every dimension Weak gives Low control (low specificity starts at Low; nothing is high). Asset
    // specificity Weak sits on the low ceiling: one step up (Moderate) moves the start to Intermediate; one step down changes nothing.
    [Fact]
    public void AndersonGatignon1986_SpecificityOnTheLowCeiling_UpStepFlipsLowToIntermediate()
    {
        var control = Analyzer.Analyze(KestrelCase.With(KestrelCase.TransactionCostsAllWeak()), 2015).Get(KestrelCase.Market, "transaction-costs.control");

        control.Value.Should().Be("Low");
        control.DecidingInputs.Should().Equal("transaction-costs.asset-specificity");
        control.Flips.Where(f => f.Kind == PerturbationKind.SingleStep).Select(f => f.ToString())
            .Should().Equal("transaction-costs.asset-specificity Weak → Moderate ⇒ Intermediate");
    }

    // Dunning (1981) with I unrated: the input is enumerated over Absent..Strong (as in the analysis's VerdictRange), never perturbed;
    // the verdict is the set of values it takes, and the line carries the analysis's range.
    [Fact]
    public void Dunning1981_InternalizationUnrated_IsEnumeratedAndTheRangeIsReused()
    {
        var ratings = KestrelCase.OliAtLocationEdge().Where(r => r.Item1 != AssessedInput.Internalization).ToArray();

        var report = Analyzer.Analyze(KestrelCase.With(ratings), 2015);
        var route = report.Get(KestrelCase.Market, "oli.route");

        route.Value.Should().Be("Undetermined (ForeignDirectInvestment or ContractualResourceTransfer)");
        route.Range.Should().Be(report.Analysis.GetMarket(KestrelCase.Market).GetVerdict("oli.route"));
        route.Range!.DecidingInputs.Should().Equal("oli.internalization");
        route.SingleSteps.Should().Be(6, "I is enumerated, not stepped");
        route.Flips.Where(f => f.Kind == PerturbationKind.SingleStep).Select(f => f.ToString())
            .Should().Equal("oli.location Moderate → Weak ⇒ Undetermined (Export or ContractualResourceTransfer)");
    }

    // Johanson & Vahlne (1977) and Dunning: a case's every determined verdict reads the same in the robustness report as in the analysis.
    [Fact]
    public void Analyze_DeterminedVerdicts_MatchTheAnalysis()
    {
        var report = Analyzer.Analyze(KestrelCase.With([.. KestrelCase.OliAtLocationEdge(), .. KestrelCase.TransactionCostsAllWeak()]), 2015);

        var market = report.Analysis.GetMarket(KestrelCase.Market);
        foreach (var range in market.Verdicts.Where(v => v.IsDetermined))
        {
            report.Get(KestrelCase.Market, range.Verdict).Value.Should().Be(range.Value);
        }

        report.For(KestrelCase.Market).Select(v => v.Verdict).Should().Equal(
            "oli.route", "transaction-costs.control", "entry-modes.best", "uppsala.reading", "network-model.situation", "generic-strategies.strategy");
        report.Get(KestrelCase.Market, "entry-modes.best").Inputs.Should().HaveCount(11, "the best mode reads the route's six inputs and the control's five");
    }

    // Sequential equals parallel, on the worked case and on the shipped case: the same report with one thread and with many.
    [Fact]
    public void Analyze_OneThreadAndMany_GiveIdenticalReports()
    {
        var one = new RobustnessAnalyzer(new RobustnessOptions { MaxDegreeOfParallelism = 1 });
        var many = new RobustnessAnalyzer(new RobustnessOptions { MaxDegreeOfParallelism = 8 });
        var kestrel = KestrelCase.With([.. KestrelCase.OliAtLocationEdge(), .. KestrelCase.TransactionCostsAllWeak()]);
        var alibaba = CaseLibrary.Shipped.Get("alibaba-group");

        many.Analyze(kestrel, 2015).Should().Be(one.Analyze(kestrel, 2015));
        var sequential = one.Analyze(alibaba, 2018);
        var parallel = Enumerable.Range(0, 4).AsParallel().Select(_ => many.Analyze(alibaba, 2018)).ToList();
        parallel.Should().AllSatisfy(p => p.Should().Be(sequential));
        sequential.Verdicts.Should().NotBeEmpty();
    }

    [Fact]
    public void Options_WithoutPairsOrThresholds_CountOnlySingleSteps()
    {
        var analyzer = new RobustnessAnalyzer(new RobustnessOptions { IncludePairs = false, IncludeThresholds = false });

        var route = analyzer.Analyze(KestrelCase.With(KestrelCase.OliAtLocationEdge()), 2015).Get(KestrelCase.Market, "oli.route");

        route.Perturbations.Should().Be(7);
        route.Flips.Should().ContainSingle();
    }

    [Fact]
    public void Options_ZeroParallelism_Throws()
    {
        var act = () => new RobustnessAnalyzer(new RobustnessOptions { MaxDegreeOfParallelism = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
