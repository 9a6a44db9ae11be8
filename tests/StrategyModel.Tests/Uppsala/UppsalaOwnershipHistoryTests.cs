using StrategyModel.Assessments;
using StrategyModel.EntryModes;
using StrategyModel.Uppsala;

namespace StrategyModel.Tests.Uppsala;

/// <summary>
/// The establishment chain read as an ownership history: the stage in force per year, moving down only when it falls, exits.
/// Every firm below is invented for the test; each case follows the literature named beside it.
/// </summary>
public sealed class UppsalaOwnershipHistoryTests
{
    private static readonly UppsalaEvaluator Evaluator = new();

    private static UppsalaProfile Profile(params DatedEntry[] entries) => new() { Entries = [.. entries] };

    private static UppsalaProfile AsOf(int year, params DatedEntry[] entries) => new() { Entries = [.. entries], AsOfYear = year };

    // Benito & Welch (1997), de-internationalization by sale of the foreign operation. Worked example: "Nordvik Tools" (invented)
    // acquires a German distributor in 2008 and sells it, its only operation there, in 2013. It held the unit during 2013, so the
    // market reads as exited from 2014: as of 2013 the acquisition is still in force, as of 2014 the market is exited.
    [Fact]
    public void AcquiresThenSellsEverything_IsExitedTheYearAfterTheSale_BenitoWelch1997()
    {
        var acquisition = new DatedEntry(2008, EntryMode.Acquisition, ["f-nordvik-deal"]) { Name = "e-nordvik-de", EndYear = 2013, EndKind = EntryEndKind.Sale };

        var asOf2013 = Evaluator.Evaluate(AsOf(2013, acquisition));
        var asOf2014 = Evaluator.Evaluate(AsOf(2014, acquisition));
        var open = Evaluator.Evaluate(Profile(acquisition));

        asOf2013.Exited.Should().BeFalse();
        asOf2013.StageAtEnd.Should().Be(EstablishmentStage.SalesSubsidiary);
        asOf2013.ModeAtEnd.Should().Be(EntryMode.Acquisition);
        foreach (var a in new[] { asOf2014, open })
        {
            a.Exited.Should().BeTrue();
            a.ExitYear.Should().Be(2013);
            a.ExitKind.Should().Be(EntryEndKind.Sale);
            a.LastYear.Should().Be(2014);
            a.StageAtEnd.Should().Be(EstablishmentStage.NoRegularExport);
            a.ModeAtEnd.Should().BeNull();
            a.MovedDown.Should().BeTrue();
            a.Reduced.Should().BeFalse();
            a.StageIn(2013).Should().Be(EstablishmentStage.SalesSubsidiary);
            a.ModeIn(2014).Should().BeNull();
            a.Changes.Should().Equal(
                new StageChange(2008, EstablishmentStage.SalesSubsidiary, EntryMode.Acquisition, StageChangeKind.FirstEntry, EntryEndKind.Unspecified, "e-nordvik-de"),
                new StageChange(2014, EstablishmentStage.NoRegularExport, null, StageChangeKind.Exited, EntryEndKind.Sale, "e-nordvik-de"));
            var exited = a.Findings.Single(f => f.RuleId == "uppsala.exited");
            exited.Outcome.Should().Be(FindingOutcome.Met);
            exited.Sentence.Should().Be("The firm exited the market: its last entry in force (Acquisition) ended by sale in 2013, so from 2014 no entry is in force.");
            a.Findings.Single(f => f.RuleId == "uppsala.in-force").Evidence.Should().Equal("f-nordvik-deal");
        }

        asOf2013.Findings.Single(f => f.RuleId == "uppsala.exited").Outcome.Should().Be(FindingOutcome.NotMet);
    }

    // Welch & Luostarinen (1988) and Benito & Welch (1997): a switch to a lower mode is moving down; Anderson & Gatignon (1986):
    // a small stake in an independent firm gives no control of an operation of one's own. Worked example: "Kestrel Retail"
    // (invented) built a wholly owned Thai subsidiary in 2010 and in 2017 sold it to a local rival for a 15% stake in the buyer.
    [Fact]
    public void SellsSubsidiaryForMinorityStakeInTheBuyer_ShowsTheStakeInForceAndMovedDown_WelchLuostarinen1988()
    {
        var profile = AsOf(
            2019,
            new DatedEntry(2010, EntryMode.GreenfieldSubsidiary) { Name = "e-kestrel-th", EndYear = 2017, EndKind = EntryEndKind.Sale },
            new DatedEntry(2017, EntryMode.MinorityStake) { Name = "e-kestrel-stake" });

        var a = Evaluator.Evaluate(profile);
        var thesis = new UppsalaEvaluator(new UppsalaOptions { StageMapping = EstablishmentStageMapping.ThesisReading }).Evaluate(profile);

        a.ModeAtEnd.Should().Be(EntryMode.MinorityStake);
        a.StageAtEnd.Should().Be(EstablishmentStage.NoRegularExport);
        a.MovedDown.Should().BeTrue();
        a.Reduced.Should().BeTrue();
        a.Exited.Should().BeFalse();
        a.FollowedChain.Should().BeFalse();
        a.StageIn(2017).Should().Be(EstablishmentStage.SalesSubsidiary);
        a.StageIn(2018).Should().Be(EstablishmentStage.NoRegularExport);
        a.Changes[^1].Should().Be(new StageChange(2018, EstablishmentStage.NoRegularExport, EntryMode.MinorityStake, StageChangeKind.Reduced, EntryEndKind.Sale, "e-kestrel-stake"));
        var reduced = a.Findings.Single(f => f.RuleId == "uppsala.reduced");
        reduced.Outcome.Should().Be(FindingOutcome.Met);
        reduced.Sentence.Should().Be("The stage in force fell while the firm stayed in the market: from SalesSubsidiary to NoRegularExport (MinorityStake) in 2018, after the sale of its GreenfieldSubsidiary entry in 2017.");
        a.Findings.Single(f => f.RuleId == "uppsala.in-force").Sentence.Should().Be("As of 2019 the stage in force is NoRegularExport through MinorityStake (e-kestrel-stake).");

        // Under the thesis-style mapping the stake is stage 2: still in force, still a step down.
        thesis.ModeAtEnd.Should().Be(EntryMode.MinorityStake);
        thesis.StageAtEnd.Should().Be(EstablishmentStage.IndependentRepresentatives);
        thesis.MovedDown.Should().BeTrue();
        thesis.Findings.Single(f => f.RuleId == "uppsala.reduced").Thresholds.Should().Equal(new FindingThreshold("UppsalaOptions.StageMapping", "ThesisReading"));
    }

    // Johanson & Wiedersheim-Paul (1975): the stage is the mode of operation in force; a supporting arrangement beside it does not
    // lower commitment (domain review item 4). Worked example: "Larkspur Foods" (invented) acquires a Polish distributor in 2015,
    // signs a local payment provider in 2016 and takes a minority stake in a delivery start-up in 2017.
    [Fact]
    public void AddsPaymentPartnerBesideItsSubsidiary_DoesNotMoveDown_JohansonWiedersheimPaul1975()
    {
        var profile = Profile(
            new DatedEntry(2015, EntryMode.Acquisition) { Name = "e-larkspur-pl" },
            new DatedEntry(2016, EntryMode.StrategicAlliance) { Name = "e-larkspur-pay" },
            new DatedEntry(2017, EntryMode.MinorityStake) { Name = "e-larkspur-delivery" });

        foreach (var mapping in new[] { EstablishmentStageMapping.Default, EstablishmentStageMapping.ThesisReading })
        {
            var a = new UppsalaEvaluator(new UppsalaOptions { StageMapping = mapping }).Evaluate(profile);

            a.MovedDown.Should().BeFalse(mapping.Name);
            a.Reduced.Should().BeFalse(mapping.Name);
            a.ModeAtEnd.Should().Be(EntryMode.Acquisition, mapping.Name);
            a.StageAtEnd.Should().Be(EstablishmentStage.SalesSubsidiary, mapping.Name);
            a.Changes.Should().ContainSingle(mapping.Name);
            a.Findings.Single(f => f.RuleId == "uppsala.reduced").Outcome.Should().Be(FindingOutcome.NotMet, mapping.Name);
            a.Findings.Single(f => f.RuleId == "uppsala.chain").Sentence.Should().NotContain("fell", mapping.Name);
        }

        var byDefault = Evaluator.Evaluate(profile);
        var offChain = byDefault.Findings.Single(f => f.RuleId == "uppsala.off-chain");
        offChain.Outcome.Should().Be(FindingOutcome.Note);
        offChain.Inputs.Select(i => i.Name).Should().Equal("entry.e-larkspur-pay");
    }

    // Johanson & Vahlne (1990): firms with large resources or market knowledge may skip stages. Worked example: "Osprey Labs"
    // (invented) opens a wholly owned subsidiary in Canada in 2005 as its first entry, adds an agent for another product line in
    // 2008, closes the subsidiary in 2012 and keeps the agent. The leapfrog at first entry stays reported after all of it.
    [Fact]
    public void WhollyOwnedFirstEntry_IsALeapfrogThatStaysReported_JohansonVahlne1990()
    {
        var first = Evaluator.Evaluate(Profile(new DatedEntry(2005, EntryMode.GreenfieldSubsidiary)));
        var later = Evaluator.Evaluate(Profile(
            new DatedEntry(2005, EntryMode.GreenfieldSubsidiary) { EndYear = 2012, EndKind = EntryEndKind.Closure },
            new DatedEntry(2008, EntryMode.DirectExport)));

        foreach (var a in new[] { first, later })
        {
            a.Leapfrogged.Should().BeTrue();
            a.LeapfroggedAtFirstEntry.Should().BeTrue();
            a.StagesSkipped.Should().Equal(EstablishmentStage.IndependentRepresentatives);
            a.Findings.Single(f => f.RuleId == "uppsala.leapfrog").Sentence.Should().Be(
                "The stage in force reached SalesSubsidiary in 2005 without first passing through IndependentRepresentatives: the firm leapfrogged the establishment chain, already at its first entry (GreenfieldSubsidiary, 2005).");
        }

        later.Reduced.Should().BeTrue();
        later.StagesReached.Should().Contain(EstablishmentStage.IndependentRepresentatives, "the agent was in force alone from 2013");
        later.StageAtEnd.Should().Be(EstablishmentStage.IndependentRepresentatives);
        later.ModeAtEnd.Should().Be(EntryMode.DirectExport);
        later.Summary.Should().Be("Highest stage SalesSubsidiary (2005); leapfrogged IndependentRepresentatives and moved down; in force at the end: IndependentRepresentatives (DirectExport); pace Immediate.");
    }

    // Johanson & Wiedersheim-Paul (1975) read the chain country by country; a region is a roll-up (domain review item 17).
    // Worked example: "Tern Outfitters" (invented) sells cross-border to Singapore, Indonesia and Vietnam from 2012, acquires a
    // retailer covering Singapore and Indonesia in 2016, opens a Vietnamese unit in 2016 and closes it in 2019.
    [Fact]
    public void RegionMarket_IsReadPerCountry_AndOnlyVietnamMovesDown_JohansonWiedersheimPaul1975()
    {
        var profile = new UppsalaProfile
        {
            Countries = ["SG", "ID", "VN"],
            Entries =
            [
                new DatedEntry(2012, EntryMode.CrossBorderECommerce),
                new DatedEntry(2016, EntryMode.Acquisition) { Countries = ["SG", "ID"] },
                new DatedEntry(2016, EntryMode.GreenfieldSubsidiary) { Countries = ["VN"], EndYear = 2019, EndKind = EntryEndKind.Closure },
            ],
        };

        var a = Evaluator.Evaluate(profile);

        a.MovedDown.Should().BeFalse("the region keeps a subsidiary in force");
        a.PerCountry.Select(c => c.Country).Should().Equal("SG", "ID", "VN");
        a.PerCountry[0].Assessment.FollowedChain.Should().BeTrue();
        a.PerCountry[0].Assessment.PerCountry.Should().BeEmpty();
        var vietnam = a.PerCountry[2].Assessment;
        vietnam.Reduced.Should().BeTrue();
        vietnam.StageAtEnd.Should().Be(EstablishmentStage.IndependentRepresentatives);
        vietnam.ModeAtEnd.Should().Be(EntryMode.CrossBorderECommerce);
        var note = a.Findings.Single(f => f.RuleId == "uppsala.per-country");
        note.Inputs.Select(i => i.Name + "=" + i.Value).Should().Equal(
            "country.SG=followed the chain", "country.ID=followed the chain", "country.VN=moved down");
    }

    // An as-of reading never looks ahead: a sale dated after the as-of year is not yet known (domain review item 3).
    [Fact]
    public void AsOfYear_LeavesOutLaterStartsAndEnds()
    {
        var profile = AsOf(
            2018,
            new DatedEntry(2010, EntryMode.DirectExport),
            new DatedEntry(2014, EntryMode.JointVenture) { EndYear = 2020, EndKind = EntryEndKind.Divestment },
            new DatedEntry(2021, EntryMode.Licensing));

        var a = Evaluator.Evaluate(profile);

        a.LastYear.Should().Be(2018);
        a.Exited.Should().BeFalse();
        a.MovedDown.Should().BeFalse();
        a.ModeAtEnd.Should().Be(EntryMode.JointVenture);
        a.Findings.Single(f => f.RuleId == "uppsala.stage.independent-representatives").Inputs.Should().ContainSingle();
    }

    // Whether cross-border platform selling is stage 2 decides whether a later acquisition is a leapfrog (domain review, section 4):
    // the mapping is an option, and the finding names it.
    [Fact]
    public void CrossBorderPlatformThenAcquisition_LeapfrogDependsOnTheMapping()
    {
        var profile = Profile(new DatedEntry(2014, EntryMode.CrossBorderECommerce), new DatedEntry(2016, EntryMode.Acquisition));
        var noStage = EstablishmentStageMapping.Default.With(EntryMode.CrossBorderECommerce, EstablishmentStage.NoRegularExport, "PlatformAsNoRepresentative");

        var byDefault = Evaluator.Evaluate(profile);
        var adjusted = new UppsalaEvaluator(new UppsalaOptions { StageMapping = noStage }).Evaluate(profile);

        byDefault.Leapfrogged.Should().BeFalse();
        byDefault.Increased.Should().BeTrue();
        adjusted.Leapfrogged.Should().BeTrue();
        adjusted.LeapfroggedAtFirstEntry.Should().BeFalse();
        adjusted.Findings.Single(f => f.RuleId == "uppsala.leapfrog").Thresholds.Should().Equal(new FindingThreshold("UppsalaOptions.StageMapping", "PlatformAsNoRepresentative"));
        EstablishmentStageMapping.Default.StageOf(EntryMode.CrossBorderECommerce).Should().Be(EstablishmentStage.IndependentRepresentatives, "With returns a copy");
    }

    // A joint venture bought out into a wholly owned unit keeps stage 3: the mode in force changes, the stage does not.
    [Fact]
    public void JointVentureBoughtOutIntoAcquisition_ChangesTheModeNotTheStage()
    {
        var a = Evaluator.Evaluate(Profile(
            new DatedEntry(2009, EntryMode.JointVenture) { EndYear = 2013, EndKind = EntryEndKind.Sale },
            new DatedEntry(2014, EntryMode.Acquisition)));

        a.MovedDown.Should().BeFalse();
        a.Changes.Select(c => c.Change).Should().Equal(StageChangeKind.FirstEntry, StageChangeKind.ModeChanged);
        a.ModeAtEnd.Should().Be(EntryMode.Acquisition);
    }

    [Fact]
    public void ExitThenReEntry_IsInTheMarketAtTheEnd()
    {
        var a = Evaluator.Evaluate(Profile(
            new DatedEntry(2001, EntryMode.DirectExport) { EndYear = 2003, EndKind = EntryEndKind.Exit },
            new DatedEntry(2008, EntryMode.DirectExport)));

        a.Exited.Should().BeFalse();
        a.MovedDown.Should().BeTrue();
        a.Changes.Select(c => c.Change).Should().Equal(StageChangeKind.FirstEntry, StageChangeKind.Exited, StageChangeKind.ReEntered);
        a.Findings.Single(f => f.RuleId == "uppsala.exited").Sentence.Should().Be("The firm is in the market at the end: it exited in 2003 and re-entered in 2008.");
    }

    [Fact]
    public void Evaluate_MalformedHistory_Throws()
    {
        var noKind = () => Evaluator.Evaluate(Profile(new DatedEntry(2001, EntryMode.DirectExport) { EndYear = 2003 }));
        var noYear = () => Evaluator.Evaluate(Profile(new DatedEntry(2001, EntryMode.DirectExport) { EndKind = EntryEndKind.Sale }));
        var early = () => Evaluator.Evaluate(Profile(new DatedEntry(2001, EntryMode.DirectExport) { EndYear = 2000, EndKind = EntryEndKind.Sale }));
        var country = () => Evaluator.Evaluate(Profile(new DatedEntry(2001, EntryMode.DirectExport) { Countries = ["sg"] }));
        var outside = () => Evaluator.Evaluate(new UppsalaProfile { Countries = ["SG"], Entries = [new DatedEntry(2001, EntryMode.DirectExport) { Countries = ["VN"] }] });
        var asOf = () => Evaluator.Evaluate(Profile() with { AsOfYear = 0 });
        var mapping = () => new UppsalaEvaluator(new UppsalaOptions { StageMapping = null! });

        noKind.Should().Throw<ArgumentException>().WithParameterName("EndKind");
        noYear.Should().Throw<ArgumentException>().WithParameterName("EndKind");
        early.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EndYear");
        country.Should().Throw<ArgumentException>().WithParameterName("Countries");
        outside.Should().Throw<ArgumentException>().WithParameterName("Countries");
        asOf.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AsOfYear");
        mapping.Should().Throw<ArgumentNullException>().WithParameterName("StageMapping");
    }
}
