using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.EntryModes;
using StrategyModel.Uppsala;

namespace StrategyModel.Tests.Uppsala;

public sealed class UppsalaEvaluatorTests
{
    private static UppsalaProfile Profile(params DatedEntry[] entries) => new() { Entries = [.. entries] };

    private static DatedEntry Production(int year) => new(year, EntryMode.GreenfieldSubsidiary) { StageOverride = EstablishmentStage.ProductionAbroad };

    // Default mapping (Johanson & Wiedersheim-Paul 1975, who runs the operation; domain review items 4, 5 and 28): a platform selling
    // direct to consumers is direct export with no representative (stage 2), a minority stake in another firm is a portfolio stake
    // (stage 1; Anderson & Gatignon 1986), and a strategic alliance is off the chain (Hennart 1988).
    [Theory]
    [InlineData(EntryMode.IndirectExport, EstablishmentStage.IndependentRepresentatives)]
    [InlineData(EntryMode.DirectExport, EstablishmentStage.IndependentRepresentatives)]
    [InlineData(EntryMode.CrossBorderECommerce, EstablishmentStage.IndependentRepresentatives)]
    [InlineData(EntryMode.Licensing, EstablishmentStage.IndependentRepresentatives)]
    [InlineData(EntryMode.Franchising, EstablishmentStage.IndependentRepresentatives)]
    [InlineData(EntryMode.ContractManufacturing, EstablishmentStage.IndependentRepresentatives)]
    [InlineData(EntryMode.StrategicAlliance, EstablishmentStage.Unspecified)]
    [InlineData(EntryMode.MinorityStake, EstablishmentStage.NoRegularExport)]
    [InlineData(EntryMode.JointVenture, EstablishmentStage.SalesSubsidiary)]
    [InlineData(EntryMode.Acquisition, EstablishmentStage.SalesSubsidiary)]
    [InlineData(EntryMode.GreenfieldSubsidiary, EstablishmentStage.SalesSubsidiary)]
    public void StageOf_EveryEntryMode_GivesDocumentedStage(EntryMode mode, EstablishmentStage expected)
    {
        EstablishmentChain.StageOf(mode).Should().Be(expected);
        EstablishmentStageMapping.Default.StageOf(mode).Should().Be(expected);
        new DatedEntry(2000, mode).Stage.Should().Be(expected);
    }

    // The thesis-style reading kept as an option (Wang 2018, section 2.2): every non-equity mode and the minority stake at stage 2.
    [Theory]
    [InlineData(EntryMode.CrossBorderECommerce, EstablishmentStage.IndependentRepresentatives)]
    [InlineData(EntryMode.StrategicAlliance, EstablishmentStage.IndependentRepresentatives)]
    [InlineData(EntryMode.MinorityStake, EstablishmentStage.IndependentRepresentatives)]
    [InlineData(EntryMode.JointVenture, EstablishmentStage.SalesSubsidiary)]
    public void ThesisReading_NonEquityModesAndMinorityStake_AreStageTwo(EntryMode mode, EstablishmentStage expected)
    {
        EstablishmentStageMapping.ThesisReading.StageOf(mode).Should().Be(expected);
        new DatedEntry(2000, mode).StageUnder(EstablishmentStageMapping.ThesisReading).Should().Be(expected);
    }

    [Fact]
    public void StageOf_EveryDefinedMode_IsMappedOrKeptOffTheChainOnlyForTheAlliance()
    {
        foreach (var mode in Enum.GetValues<EntryMode>().Where(m => m != EntryMode.Unspecified))
        {
            EstablishmentStageMapping.ThesisReading.StageOf(mode).Should().BeOneOf(EstablishmentStage.IndependentRepresentatives, EstablishmentStage.SalesSubsidiary);
            if (mode != EntryMode.StrategicAlliance)
            {
                EstablishmentChain.StageOf(mode).Should().BeOneOf(EstablishmentStage.NoRegularExport, EstablishmentStage.IndependentRepresentatives, EstablishmentStage.SalesSubsidiary);
            }
        }
    }

    [Fact]
    public void StageOf_Unspecified_Throws()
    {
        var act = () => EstablishmentChain.StageOf(EntryMode.Unspecified);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("mode");
    }

    [Fact]
    public void Stage_OverrideSet_ReplacesTheModesStage()
    {
        new DatedEntry(1960, EntryMode.Acquisition) { StageOverride = EstablishmentStage.ProductionAbroad }.Stage.Should().Be(EstablishmentStage.ProductionAbroad);
        new DatedEntry(1920, EntryMode.DirectExport) { StageOverride = EstablishmentStage.NoRegularExport }.Stage.Should().Be(EstablishmentStage.NoRegularExport);
    }

    [Fact]
    public void Equals_SameEvidenceInDifferentArrays_AreEqual()
    {
        new DatedEntry(2016, EntryMode.Acquisition, ["f1", "f2"]).Should().Be(new DatedEntry(2016, EntryMode.Acquisition, ["f1", "f2"]));
        new DatedEntry(2016, EntryMode.Acquisition, ["f1"]).Should().NotBe(new DatedEntry(2016, EntryMode.Acquisition, ["f2"]));
        new DatedEntry(2016, EntryMode.Acquisition, default).Evidence.IsDefault.Should().BeFalse();
    }

    // Johanson & Wiedersheim-Paul (1975) found the same sequence in most markets of Sandvik, Atlas Copco, Facit and Volvo:
    // sporadic exports, then an agent, then a sales subsidiary, then (in some markets) manufacturing. The years below are
    // illustrative of that pattern, not figures from the paper.
    [Fact]
    public void Evaluate_SwedishFirmAgentThenSubsidiaryThenProduction_FollowsTheChainGradually()
    {
        const string firm = "Sandvik";
        var profile = Profile(
            new DatedEntry(1900, EntryMode.DirectExport, [firm + "-agent"]),
            new DatedEntry(1920, EntryMode.GreenfieldSubsidiary, [firm + "-sales-subsidiary"]),
            Production(1950));

        var a = new UppsalaEvaluator().Evaluate(profile);

        a.StagesReached.Should().Equal(EstablishmentStage.NoRegularExport, EstablishmentStage.IndependentRepresentatives, EstablishmentStage.SalesSubsidiary, EstablishmentStage.ProductionAbroad);
        a.StagesSkipped.Should().BeEmpty();
        a.Leapfrogged.Should().BeFalse();
        a.FollowedChain.Should().BeTrue();
        a.HighestStage.Should().Be(EstablishmentStage.ProductionAbroad);
        a.FirstYear.Should().Be(1900);
        a.YearOfHighestStage.Should().Be(1950);
        a.YearsPerStage.Should().Be(25m);
        a.Pace.Should().Be(UppsalaPace.Gradual);
        a.Framework.Should().Be("uppsala");
        a.Findings.Select(f => f.RuleId).Should().Equal(
            "uppsala.stage.no-regular-export", "uppsala.stage.independent-representatives", "uppsala.stage.sales-subsidiary",
            "uppsala.stage.production-abroad", "uppsala.leapfrog", "uppsala.chain", "uppsala.pace", "uppsala.in-force",
            "uppsala.increased", "uppsala.reduced", "uppsala.exited");
        a.Findings.Take(4).Should().OnlyContain(f => f.Outcome == FindingOutcome.Met);
        a.Findings.Single(f => f.RuleId == "uppsala.leapfrog").Outcome.Should().Be(FindingOutcome.NotMet);
        a.Findings.Single(f => f.RuleId == "uppsala.chain").Outcome.Should().Be(FindingOutcome.Met);
        a.Findings.Single(f => f.RuleId == "uppsala.stage.independent-representatives").Evidence.Should().Equal(firm + "-agent");
    }

    // The thesis (Wang 2018; FRAMEWORKS.md section 6): in Southeast Asia Alibaba entered by acquiring Lazada, a direct holding,
    // without a stage of independent representatives before it: a leapfrog.
    [Fact]
    public void Evaluate_FirstEntryIsAnAcquisition_LeapfrogsImmediately()
    {
        var a = new UppsalaEvaluator().Evaluate(Profile(new DatedEntry(2016, EntryMode.Acquisition, ["lazada"])));

        a.StagesSkipped.Should().Equal(EstablishmentStage.IndependentRepresentatives);
        a.Leapfrogged.Should().BeTrue();
        a.FollowedChain.Should().BeFalse();
        a.HighestStage.Should().Be(EstablishmentStage.SalesSubsidiary);
        a.YearsPerStage.Should().BeNull();
        a.Pace.Should().Be(UppsalaPace.Immediate);
        var leapfrog = a.Findings.Single(f => f.RuleId == "uppsala.leapfrog");
        leapfrog.Outcome.Should().Be(FindingOutcome.Met);
        leapfrog.Evidence.Should().Equal("lazada");
        a.Findings.Single(f => f.RuleId == "uppsala.stage.independent-representatives").Outcome.Should().Be(FindingOutcome.NotMet);
        a.Findings.Single(f => f.RuleId == "uppsala.chain").Outcome.Should().Be(FindingOutcome.NotMet);
    }

    // Several entries at one stage read as one state of the chain: the stage in force changes only when the most committed entry
    // changes. A minority stake beside an acquisition never lowers the stage in force (Johanson & Wiedersheim-Paul 1975: the chain
    // is the mode of operation in force; domain review item 4, where the old reading reported such a pattern as "moved down").
    [Fact]
    public void Evaluate_ConsecutiveEntriesAtOneStage_AreOneStepInTheChainSentence()
    {
        var followed = new UppsalaEvaluator().Evaluate(Profile(
            new DatedEntry(2012, EntryMode.DirectExport), new DatedEntry(2012, EntryMode.DirectExport),
            new DatedEntry(2014, EntryMode.DirectExport), new DatedEntry(2018, EntryMode.GreenfieldSubsidiary)));
        var besides = new UppsalaEvaluator().Evaluate(Profile(
            new DatedEntry(2016, EntryMode.Acquisition), new DatedEntry(2016, EntryMode.MinorityStake),
            new DatedEntry(2016, EntryMode.MinorityStake), new DatedEntry(2017, EntryMode.Acquisition)));

        followed.Findings.Single(f => f.RuleId == "uppsala.chain").Sentence.Should().Be(
            "The firm followed the establishment chain: the stage in force went IndependentRepresentatives (2012, DirectExport) -> " +
            "SalesSubsidiary (2018, GreenfieldSubsidiary) without skipping a stage or moving down.");
        besides.MovedDown.Should().BeFalse();
        besides.Changes.Should().ContainSingle().Which.Should().Be(new StageChange(2016, EstablishmentStage.SalesSubsidiary, EntryMode.Acquisition, StageChangeKind.FirstEntry, EntryEndKind.Unspecified, null));
        besides.Findings.Single(f => f.RuleId == "uppsala.chain").Sentence.Should().Be(
            "The firm did not follow the establishment chain (SalesSubsidiary (2016, Acquisition)): it skipped IndependentRepresentatives.");
    }

    // Russia in the thesis: platform export, then partnerships, then a joint venture: step by step.
    [Fact]
    public void Evaluate_PlatformThenPartnershipThenJointVenture_FollowsTheChain()
    {
        var a = new UppsalaEvaluator().Evaluate(Profile(
            new DatedEntry(2010, EntryMode.CrossBorderECommerce),
            new DatedEntry(2013, EntryMode.StrategicAlliance),
            new DatedEntry(2019, EntryMode.JointVenture)));

        a.FollowedChain.Should().BeTrue();
        a.HighestStage.Should().Be(EstablishmentStage.SalesSubsidiary);
        a.YearsPerStage.Should().Be(9m);
        a.Pace.Should().Be(UppsalaPace.Gradual);
    }

    [Fact]
    public void Evaluate_AgentThenProductionSkippingSubsidiary_ListsTheSkippedStage()
    {
        var a = new UppsalaEvaluator().Evaluate(Profile(new DatedEntry(1990, EntryMode.DirectExport), Production(1991)));

        a.StagesSkipped.Should().Equal(EstablishmentStage.SalesSubsidiary);
        a.Leapfrogged.Should().BeTrue();
        a.YearsPerStage.Should().Be(0.5m);
        a.Pace.Should().Be(UppsalaPace.Fast);
    }

    [Fact]
    public void Evaluate_EntriesOutOfOrder_SortsByYearThenInputOrder()
    {
        var a = new UppsalaEvaluator().Evaluate(Profile(
            new DatedEntry(2005, EntryMode.GreenfieldSubsidiary),
            new DatedEntry(2001, EntryMode.DirectExport)));

        a.FirstYear.Should().Be(2001);
        a.FollowedChain.Should().BeTrue();
        a.YearsPerStage.Should().Be(4m);

        // Same year: both are in force from 2005, so the subsidiary is the stage in force and the agent beside it never was:
        // no step down, and stage 2 was skipped.
        var sameYear = new UppsalaEvaluator().Evaluate(Profile(
            new DatedEntry(2005, EntryMode.GreenfieldSubsidiary),
            new DatedEntry(2005, EntryMode.DirectExport)));
        sameYear.MovedDown.Should().BeFalse();
        sameYear.Leapfrogged.Should().BeTrue();
        sameYear.FollowedChain.Should().BeFalse();
        sameYear.Pace.Should().Be(UppsalaPace.Immediate);
    }

    // Welch & Luostarinen (1988); Benito & Welch (1997): a switch to a lower mode is moving down only when the more committed
    // operation ends. Licensing beside a running subsidiary lowers nothing; licensing after the subsidiary's closure does.
    [Fact]
    public void Evaluate_SubsidiaryThenLicensing_MovesDownOnlyWhenTheSubsidiaryCloses()
    {
        var beside = new UppsalaEvaluator().Evaluate(Profile(
            new DatedEntry(2000, EntryMode.DirectExport),
            new DatedEntry(2004, EntryMode.GreenfieldSubsidiary),
            new DatedEntry(2010, EntryMode.Licensing)));
        var replaced = new UppsalaEvaluator().Evaluate(Profile(
            new DatedEntry(2000, EntryMode.DirectExport) { EndYear = 2004, EndKind = EntryEndKind.Exit },
            new DatedEntry(2004, EntryMode.GreenfieldSubsidiary) { EndYear = 2009, EndKind = EntryEndKind.Closure },
            new DatedEntry(2010, EntryMode.Licensing)));

        beside.MovedDown.Should().BeFalse();
        beside.FollowedChain.Should().BeTrue();
        replaced.MovedDown.Should().BeTrue();
        replaced.Reduced.Should().BeTrue();
        replaced.Exited.Should().BeFalse();
        replaced.Leapfrogged.Should().BeFalse();
        replaced.FollowedChain.Should().BeFalse();
        replaced.Findings.Single(f => f.RuleId == "uppsala.chain").Sentence.Should().Contain(
            "in 2010 the stage in force fell from SalesSubsidiary to IndependentRepresentatives after the closure of its GreenfieldSubsidiary entry in 2009");
    }

    [Fact]
    public void Evaluate_NoEntries_StandsAtNoRegularExportNotStarted()
    {
        var a = new UppsalaEvaluator().Evaluate(Profile());

        a.StagesReached.Should().Equal(EstablishmentStage.NoRegularExport);
        a.HighestStage.Should().Be(EstablishmentStage.NoRegularExport);
        a.StagesSkipped.Should().BeEmpty();
        a.FirstYear.Should().BeNull();
        a.YearOfHighestStage.Should().BeNull();
        a.Pace.Should().Be(UppsalaPace.NotStarted);
        a.Findings.Should().HaveCount(11);
        a.Changes.Should().BeEmpty();
        a.StageAtEnd.Should().Be(EstablishmentStage.NoRegularExport);
        a.ModeAtEnd.Should().BeNull();
    }

    [Fact]
    public void Evaluate_OnlyAgents_IsGradualWithoutClimb()
    {
        var a = new UppsalaEvaluator().Evaluate(Profile(new DatedEntry(2000, EntryMode.DirectExport), new DatedEntry(2008, EntryMode.Licensing)));

        a.YearsPerStage.Should().BeNull();
        a.Pace.Should().Be(UppsalaPace.Gradual);
        a.FollowedChain.Should().BeTrue();
        a.HighestStage.Should().Be(EstablishmentStage.IndependentRepresentatives);
    }

    [Fact]
    public void Evaluate_FastPaceThreshold_DecidesBetweenFastAndGradual()
    {
        // Agent 2000, subsidiary 2003: 3 years per step.
        var profile = Profile(new DatedEntry(2000, EntryMode.DirectExport), new DatedEntry(2003, EntryMode.GreenfieldSubsidiary));

        new UppsalaEvaluator().Evaluate(profile).Pace.Should().Be(UppsalaPace.Gradual);
        var fast = new UppsalaEvaluator(new UppsalaOptions { MaxYearsPerStageForFastPace = 3 }).Evaluate(profile);
        fast.Pace.Should().Be(UppsalaPace.Fast);
        fast.Findings.Single(f => f.RuleId == "uppsala.pace").Thresholds.Should().Equal(new FindingThreshold("UppsalaOptions.MaxYearsPerStageForFastPace", "3"));
    }

    [Fact]
    public void Evaluate_TwoYearsPerStep_IsFastAtTheDefaultThreshold()
    {
        // Agent 2000, subsidiary 2002: 2 years per step, the documented default's boundary (at most 2 is fast).
        var a = new UppsalaEvaluator().Evaluate(Profile(new DatedEntry(2000, EntryMode.DirectExport), new DatedEntry(2002, EntryMode.GreenfieldSubsidiary)));

        a.YearsPerStage.Should().Be(2m);
        a.Pace.Should().Be(UppsalaPace.Fast);
        a.Findings.Single(f => f.RuleId == "uppsala.pace").Thresholds.Should().Equal(new FindingThreshold("UppsalaOptions.MaxYearsPerStageForFastPace", "2"));
    }

    [Fact]
    public void Evaluate_HighestStageEnteredAgainLater_TimesThePaceToTheFirstEntryThere()
    {
        // Agent 2000, subsidiary 2002, a second subsidiary 2015: the climb took 2 years; the later subsidiary adds no step.
        var a = new UppsalaEvaluator().Evaluate(Profile(
            new DatedEntry(2000, EntryMode.DirectExport),
            new DatedEntry(2002, EntryMode.GreenfieldSubsidiary),
            new DatedEntry(2015, EntryMode.Acquisition)));

        a.YearOfHighestStage.Should().Be(2002);
        a.YearsPerStage.Should().Be(2m);
        a.Pace.Should().Be(UppsalaPace.Fast);
        a.FollowedChain.Should().BeTrue();
        a.Findings.Single(f => f.RuleId == "uppsala.stage.sales-subsidiary").Sentence.Should().Be(
            "Reached: stage 3, sales subsidiary, in force first in 2002 (GreenfieldSubsidiary); 2 entries at this stage.");
    }

    [Fact]
    public void Evaluate_SporadicExportOverrideThenAcquisition_ClimbsTwoSteps()
    {
        var a = new UppsalaEvaluator().Evaluate(Profile(
            new DatedEntry(2000, EntryMode.DirectExport) { StageOverride = EstablishmentStage.NoRegularExport },
            new DatedEntry(2010, EntryMode.Acquisition)));

        a.StagesSkipped.Should().Equal(EstablishmentStage.IndependentRepresentatives);
        a.YearsPerStage.Should().Be(5m);
        a.Pace.Should().Be(UppsalaPace.Gradual);
    }

    [Fact]
    public void Evaluate_InvalidInput_Throws()
    {
        var evaluator = new UppsalaEvaluator();

        ((Action)(() => evaluator.Evaluate(null!))).Should().Throw<ArgumentNullException>();
        // Issue 15: a default array reads as empty (the profile's init accessor normalizes it), so it is evaluated as no entries.
        evaluator.Evaluate(new UppsalaProfile { Entries = default }).Should().BeEquivalentTo(evaluator.Evaluate(new UppsalaProfile { Entries = [] }));
        ((Action)(() => evaluator.Evaluate(new UppsalaProfile { Entries = [null!] }))).Should().Throw<ArgumentException>().WithParameterName("profile").WithMessage("profile.Entries[0] is null*");
        ((Action)(() => evaluator.Evaluate(Profile(new DatedEntry(2000, EntryMode.Unspecified))))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Mode");
        ((Action)(() => evaluator.Evaluate(Profile(new DatedEntry(2000, EntryMode.Licensing) { StageOverride = (EstablishmentStage)9 })))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("StageOverride");
        ((Action)(() => evaluator.Evaluate(Profile(new DatedEntry(0, EntryMode.Licensing))))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Year");
    }

    [Fact]
    public void Constructor_NegativeThreshold_Throws()
    {
        var act = () => new UppsalaEvaluator(new UppsalaOptions { MaxYearsPerStageForFastPace = -1 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxYearsPerStageForFastPace");
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_DoesNotChangeEvaluator()
    {
        var options = new UppsalaOptions();
        var evaluator = new UppsalaEvaluator(options);
        options.MaxYearsPerStageForFastPace = 10;

        evaluator.Evaluate(Profile(new DatedEntry(2000, EntryMode.DirectExport), new DatedEntry(2005, EntryMode.Acquisition))).Pace.Should().Be(UppsalaPace.Gradual);
    }

    // Johanson & Wiedersheim-Paul (1975): firms enter markets in order of increasing psychic distance. Distances illustrative.
    [Fact]
    public void EvaluatePsychicDistance_NearestFirst_IsInOrder()
    {
        var a = new UppsalaEvaluator().EvaluatePsychicDistance(new PsychicDistanceProfile
        {
            Markets = [new MarketDistance("Norway", 1900, 1m, ["n"]), new MarketDistance("Germany", 1910, 2m), new MarketDistance("Brazil", 1950, 5m)],
        });

        a.EnteredInOrderOfIncreasingDistance.Should().BeTrue();
        a.Inversions.Should().Be(0);
        a.Pairs.Should().Be(3);
        a.EntryOrder.Should().Equal("Norway", "Germany", "Brazil");
        a.Framework.Should().Be("uppsala.psychic-distance");
        a.Findings.Single().RuleId.Should().Be("uppsala.psychic-distance.order");
        a.Findings.Single().Outcome.Should().Be(FindingOutcome.Met);
        a.Findings.Single().Evidence.Should().Equal("n");
    }

    [Fact]
    public void EvaluatePsychicDistance_DistantMarketFirst_CountsInversions()
    {
        var a = new UppsalaEvaluator().EvaluatePsychicDistance(new PsychicDistanceProfile
        {
            Markets = [new MarketDistance("Thailand", 2016, 2.5m), new MarketDistance("Russia", 2010, 3.1m), new MarketDistance("Spain", 2012, 4m)],
        });

        a.EntryOrder.Should().Equal("Russia", "Spain", "Thailand");
        a.Pairs.Should().Be(3);
        a.Inversions.Should().Be(2);
        a.EnteredInOrderOfIncreasingDistance.Should().BeFalse();
        a.Findings.Single().Outcome.Should().Be(FindingOutcome.NotMet);
        a.Findings.Single().Sentence.Should().Contain("Russia (2010, distance 3.1) before Thailand (2016, distance 2.5)");
    }

    [Fact]
    public void EvaluatePsychicDistance_SameYearEntries_AreNotInversions()
    {
        var a = new UppsalaEvaluator().EvaluatePsychicDistance(new PsychicDistanceProfile
        {
            Markets = [new MarketDistance("A", 2000, 5m), new MarketDistance("B", 2000, 1m), new MarketDistance("C", 2001, 6m)],
        });

        a.Pairs.Should().Be(2);
        a.Inversions.Should().Be(0);
        a.EnteredInOrderOfIncreasingDistance.Should().BeTrue();
        a.EntryOrder.Should().Equal("A", "B", "C");
    }

    [Fact]
    public void EvaluatePsychicDistance_EquallyDistantMarketFirst_IsNoInversion()
    {
        // Johanson & Wiedersheim-Paul (1975) predict the nearer market first; two equally distant markets can come in either order.
        var a = new UppsalaEvaluator().EvaluatePsychicDistance(new PsychicDistanceProfile
        {
            Markets = [new MarketDistance("Denmark", 1900, 1m), new MarketDistance("Norway", 1905, 1m)],
        });

        a.Pairs.Should().Be(1);
        a.Inversions.Should().Be(0);
        a.EnteredInOrderOfIncreasingDistance.Should().BeTrue();
        a.Findings.Single().Outcome.Should().Be(FindingOutcome.Met);
    }

    [Fact]
    public void EvaluatePsychicDistance_AllSameYear_OrderIsUnknown()
    {
        var a = new UppsalaEvaluator().EvaluatePsychicDistance(new PsychicDistanceProfile
        {
            Markets = [new MarketDistance("A", 2000, 5m), new MarketDistance("B", 2000, 1m)],
        });

        a.Pairs.Should().Be(0);
        a.EnteredInOrderOfIncreasingDistance.Should().BeFalse();
        a.Findings.Single().Outcome.Should().Be(FindingOutcome.Unknown);
    }

    [Fact]
    public void EvaluatePsychicDistance_InvalidMarkets_Throws()
    {
        var evaluator = new UppsalaEvaluator();
        ImmutableArray<MarketDistance>[] bad =
        [
            default,
            [new MarketDistance("A", 2000, 1m)],
            [new MarketDistance("A", 2000, 1m), new MarketDistance("a", 2001, 2m)],
            [new MarketDistance("A", 2000, 1m), new MarketDistance(" ", 2001, 2m)],
        ];

        foreach (var markets in bad)
        {
            ((Action)(() => evaluator.EvaluatePsychicDistance(new PsychicDistanceProfile { Markets = markets }))).Should().Throw<ArgumentException>();
        }
    }
}
