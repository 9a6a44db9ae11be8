using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.EntryModes;
using StrategyModel.Uppsala;

namespace StrategyModel.Tests.Analysis;

/// <summary>
/// Entries as ownership histories (issue 10), on the worked examples of TestData/Histories/histories.json: four fictional firms,
/// each a pattern the de-internationalization literature names (Welch &amp; Luostarinen 1988; Benito &amp; Welch 1997) read against the
/// establishment chain (Johanson &amp; Wiedersheim-Paul 1975; Johanson &amp; Vahlne 1977). Before issue 10 every one of them read as
/// still in the market at its peak mode.
/// </summary>
public sealed class OwnershipHistoryTests
{
    private static readonly Case Histories = CaseLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "Histories", "histories.json"));
    private static readonly CaseAnalyzer Analyzer = new();

    private static MarketAnalysis Market(string firm, string market, int year) => Analyzer.Analyze(Histories, firm, year).GetMarket(market);

    // Benito & Welch (1997): a full divestment is an exit. Kestrel bought all of Polmart in 2010 and sold it in July 2014.
    [Fact]
    public void Analyze_AcquireThenSellEverything_IsExitedTheYearAfterTheSale()
    {
        var held = Market("kestrel", "poland", 2013);
        var after = Market("kestrel", "poland", 2015);

        held.CurrentMode.Should().Be(EntryMode.Acquisition);
        held.Exit.Should().BeNull();
        after.CurrentMode.Should().BeNull("nothing is held after the sale");
        after.Exit.Should().NotBeNull();
        after.Exit!.Kind.Should().Be(EntryEndKind.Sale);
        after.Exit.Date.Should().Be(new YearMonth(2014, 7));
        after.Uppsala.Exited.Should().BeTrue();
        after.History.Select(e => e.Kind).Should().Equal(EntryEventKind.Entered, EntryEventKind.Ended);
        after.Findings.Single(f => f.RuleId == "analysis.history").Sentence.Should().Contain("exited");
        after.Findings.Single(f => f.RuleId == "analysis.entry-mode.fit").Outcome.Should().Be(Assessments.FindingOutcome.Unknown, "there is no mode in force to compare after an exit");
    }

    // Benito & Welch (1997): a sale of the subsidiary to the local rival for a stake in it (the ride-hailing pattern) leaves a
    // minority stake in force and lowers commitment: the establishment chain moves down.
    [Fact]
    public void Analyze_SubsidiarySoldForAStakeInTheBuyer_LeavesAMinorityStakeAndMovesDown()
    {
        var before = Market("orbit", "china", 2015);
        var after = Market("orbit", "china", 2017);

        before.CurrentMode.Should().Be(EntryMode.GreenfieldSubsidiary);
        after.CurrentMode.Should().Be(EntryMode.MinorityStake);
        after.Exit.Should().BeNull("the firm still holds a stake in the market");
        after.History.Should().Contain(e => e.Kind == EntryEventKind.StakeInBuyer && e.StakePercent == 18m);
        after.Uppsala.MovedDown.Should().BeTrue();
        before.Uppsala.MovedDown.Should().BeFalse();
    }

    // Johanson & Vahlne (1977): the stage is the highest commitment in force. A payment contract that supports the subsidiary, and
    // a second, smaller export line beside it, add no lower stage: the chain does not move down.
    [Fact]
    public void Analyze_PaymentPartnerAndSmallerEntryBesideASubsidiary_DoNotMoveDown()
    {
        var market = Market("fjord", "germany", 2016);

        market.CurrentMode.Should().Be(EntryMode.GreenfieldSubsidiary);
        market.Entries.Should().NotContain(e => e.Id == "r-fjord-payde", "a supporting arrangement is not an entry");
        market.Partners.Should().Contain(p => p.FirmId == "payde" && p.Kind == RelationshipKind.ServiceContract);
        market.Uppsala.MovedDown.Should().BeFalse();
        market.Uppsala.FollowedChain.Should().BeTrue("agent export (2005), then a sales subsidiary (2012)");
    }

    // Johanson & Vahlne (1990): a wholly owned first entry skips the earlier stages (a leapfrog); closing the plant in 2019 and
    // exporting instead moves the chain down, but the leapfrog at first entry stays reported.
    [Fact]
    public void Analyze_WhollyOwnedFirstEntry_StaysALeapfrogAfterLaterChanges()
    {
        var early = Market("sakura", "brazil", 2012);
        var late = Market("sakura", "brazil", 2020);

        early.Uppsala.LeapfroggedAtFirstEntry.Should().BeTrue();
        late.Uppsala.LeapfroggedAtFirstEntry.Should().BeTrue("a leapfrog at first entry stays reported whatever happens later");
        late.Uppsala.MovedDown.Should().BeTrue("the plant closed in 2019 and export took its place");
        late.CurrentMode.Should().Be(EntryMode.DirectExport);
    }
}
