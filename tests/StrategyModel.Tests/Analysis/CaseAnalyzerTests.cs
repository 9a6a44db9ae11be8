using StrategyModel.Analysis;
using StrategyModel.Assessments;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;
using StrategyModel.Uppsala;

namespace StrategyModel.Tests.Analysis;

public sealed class CaseAnalyzerTests
{
    private static readonly Case Alibaba = CaseLibrary.Shipped.Get("alibaba-group");
    private static readonly CaseAnalyzer Analyzer = new();

    [Fact]
    public void Analyze_2014Versus2018_SoutheastAsiaModeChangesWithLazada()
    {
        // Wang (2018), sections 3.5.2 and 3.3.1: Alibaba began to deploy in Southeast Asia in 2015 and bought control of Lazada in
        // April 2016 (51%), raising it to about 83% in 2017; RedMart was bought through Lazada, a subsidiary. Ant Financial's Ascend
        // Money stake is an affiliate's, not Alibaba's entry (review item 4), and HelloPay is Lazada's own unit.
        var before = Analyzer.Analyze(Alibaba, 2014).GetMarket("southeast-asia");
        var after = Analyzer.Analyze(Alibaba, 2018).GetMarket("southeast-asia");

        before.Entries.Should().BeEmpty("the firm had not entered Southeast Asia by 2014");
        before.CurrentMode.Should().BeNull();
        before.Uppsala.FirstYear.Should().BeNull();
        before.Partners.Should().NotContain(p => p.FirmId == "lazada");
        before.Findings.Single(f => f.RuleId == "analysis.entry-mode.fit").Outcome.Should().Be(FindingOutcome.Unknown);

        after.Entries.Select(e => (e.Year, e.Mode, e.Firm, e.Counterparty)).Should().Equal(
            (2015, EntryMode.CrossBorderECommerce, "alibaba", null),
            (2016, EntryMode.Acquisition, "alibaba", "lazada"),
            (2016, EntryMode.Acquisition, "lazada", "redmart"));
        after.History.Where(e => e.Kind == EntryEventKind.StakeIncreased).Select(e => (e.Date.Year, e.StakePercent)).Should().Equal((2017, 83m));
        after.CurrentMode.Should().Be(EntryMode.Acquisition);
        after.Exit.Should().BeNull();
        after.Uppsala.FirstYear.Should().Be(2015);
        after.Uppsala.HighestStage.Should().Be(EstablishmentStage.SalesSubsidiary);
        after.Findings.Single(f => f.RuleId == "analysis.entry-mode.fit").Outcome.Should().NotBe(FindingOutcome.Unknown);
    }

    [Fact]
    public void Analyze_SoutheastAsia2018_DoesNotMoveDown()
    {
        // Issue 10 and review item 4: the establishment chain is the mode in force (Johanson & Vahlne 1977); a partnership or an
        // affiliate's stake added beside the Lazada subsidiary does not lower commitment (Benito & Welch 1997).
        var market = Analyzer.Analyze(Alibaba, 2018).GetMarket("southeast-asia");

        market.Uppsala.MovedDown.Should().BeFalse();
        market.Uppsala.Exited.Should().BeFalse();
        market.Uppsala.Findings.Single(f => f.RuleId == "uppsala.chain").Sentence.Should().NotContain("moved down after");
    }

    [Fact]
    public void Analyze_AsOf2015Versus2016_LazadaCountsFromTheYearOfItsAcquisition()
    {
        // The as-of year is inclusive: the April 2016 acquisition of Lazada counts as of 2016 and not as of 2015.
        var y2015 = Analyzer.Analyze(Alibaba, 2015).GetMarket("southeast-asia");
        var y2016 = Analyzer.Analyze(Alibaba, 2016).GetMarket("southeast-asia");

        y2015.Entries.Select(e => e.Mode).Should().Equal(EntryMode.CrossBorderECommerce);
        y2015.CurrentMode.Should().Be(EntryMode.CrossBorderECommerce);
        y2015.Uppsala.FirstYear.Should().Be(2015);
        y2015.Partners.Should().NotContain(p => p.FirmId == "lazada" || p.FirmId == "redmart");

        y2016.Entries.Should().Contain(e => e.Counterparty == "lazada" && e.Year == 2016 && e.Mode == EntryMode.Acquisition);
        y2016.Entries.Should().OnlyContain(e => e.Year <= 2016).And.HaveCount(3);
        y2016.History.Should().NotContain(e => e.Kind == EntryEventKind.StakeIncreased, "the 2017 step-up to about 83% is later");
        y2016.CurrentMode.Should().Be(EntryMode.Acquisition);
        y2016.Uppsala.HighestStage.Should().Be(EstablishmentStage.SalesSubsidiary);
    }

    [Fact]
    public void Analyze_AsOfYear_CountsFactsOfThatYearAndNotOfTheNext()
    {
        // f-home-policy-internet-plus-2015: the "Internet +" action plan of March 2015 (Wang 2018, 3.4.2), a home-government-policy fact.
        DriverFacts(2014, DriverKind.HomeGovernmentPolicy).Should().NotContain("f-home-policy-internet-plus-2015");
        DriverFacts(2015, DriverKind.HomeGovernmentPolicy).Should().Contain("f-home-policy-internet-plus-2015");

        // f-ru-price-preference (2014): after the ruble's devaluation Russians turned to cheaper goods (Wang 2018, 3.5.1; Table 3).
        Factor(2013, "russia", FactTopic.PricePreference).Should().NotContain("f-ru-price-preference");
        Factor(2014, "russia", FactTopic.PricePreference).Should().Contain("f-ru-price-preference");

        static IEnumerable<string> DriverFacts(int year, DriverKind kind) =>
            Analyzer.Analyze(Alibaba, year).DriverEvidence.Single(d => d.Kind == kind).Facts;

        static IEnumerable<string> Factor(int year, string market, FactTopic topic) =>
            Analyzer.Analyze(Alibaba, year).GetMarket(market).Factors.Where(f => f.Topic == topic).SelectMany(f => f.Evidence);
    }

    [Fact]
    public void Analyze_CurrentMode_IsTheMostCommittedModeNotTheLatest()
    {
        // The mode in force is what the firm holds (Johanson & Vahlne 1977): after the 2016 acquisition of Lazada, the cross-border
        // platform selling that continues beside it does not replace it, whichever entry is latest.
        var market = Analyzer.Analyze(Alibaba, 2017).GetMarket("southeast-asia");

        market.Entries.Should().Contain(e => e.Mode == EntryMode.CrossBorderECommerce);
        market.CurrentMode.Should().Be(EntryMode.Acquisition);
    }

    [Fact]
    public void Analyze_2014Versus2018_RussiaMovesFromPartnershipsToTheJointVenture()
    {
        var before = Analyzer.Analyze(Alibaba, 2014).GetMarket("russia");
        var after = Analyzer.Analyze(Alibaba, 2018).GetMarket("russia");

        // Review 2026-12 item 6 (Hennart 1988): the 2014 payment and delivery partnerships support the cross-border platform; they
        // are not the mode in force.
        before.CurrentMode.Should().Be(EntryMode.CrossBorderECommerce);
        after.CurrentMode.Should().Be(EntryMode.JointVenture);
        after.Uppsala.FollowedChain.Should().BeTrue();
    }

    [Fact]
    public void Analyze_AsOfYear_IgnoresLaterFacts()
    {
        var analysis = Analyzer.Analyze(Alibaba, 2014);

        var evidence = analysis.Markets.SelectMany(m => m.Inputs).SelectMany(i => i.Evidence)
            .Concat(analysis.Inputs.SelectMany(i => i.Evidence))
            .Where(id => Alibaba.TryGetFact(id, out _))
            .Select(id => Alibaba.GetFact(id));
        foreach (var f in evidence)
        {
            var year = f.Year ?? int.Parse(Alibaba.GetDocument(f.Citations[0].Document).Date[..4], System.Globalization.CultureInfo.InvariantCulture);
            year.Should().BeLessThanOrEqualTo(2014, "no hindsight: {0} is dated (or, undated, published) by then", f.Id);
        }
    }

    [Fact]
    public void Analyze_EveryInput_NamesItsSourceAndEvidenceExists()
    {
        var analysis = Analyzer.Analyze(Alibaba, 2018);
        var inputs = analysis.Inputs.Concat(analysis.Markets.SelectMany(m => m.Inputs)).ToList();

        inputs.Should().NotBeEmpty();
        inputs.Should().OnlyContain(i => i.Source != InputSource.Unspecified && i.Rule.Length > 0);
        inputs.Where(i => i.Source is InputSource.AnalystAssessment or InputSource.DerivedFromFacts or InputSource.SetAside).Should().OnlyContain(i => i.Evidence.Length > 0);
        inputs.Where(i => i.Source == InputSource.AnalystAssessment).Should().OnlyContain(i => i.Rubric != null && i.Confidence != Confidence.Unspecified, "every shipped rating names its rubric and confidence");
        foreach (var id in inputs.SelectMany(i => i.Evidence))
        {
            (Alibaba.TryGetFact(id, out _) || Alibaba.Assessments.Any(a => a.Id == id)).Should().BeTrue("evidence id {0} must exist in the case", id);
        }
    }

    [Fact]
    public void Analyze_RatedInputs_ComeFromTheAnalystAssessments()
    {
        var russia = Analyzer.Analyze(Alibaba, 2018).GetMarket("russia");
        var location = russia.Inputs.Single(i => i.Framework == "oli" && i.Name == "location");
        var rating = Alibaba.FindRating(AssessedInput.Location, "alibaba", "russia");

        rating.Should().NotBeNull();
        location.Source.Should().Be(InputSource.AnalystAssessment);
        location.Evidence.Should().StartWith(rating!.Id);
        location.Value.Should().Be(char.ToUpperInvariant(rating.Rates!.Value[0]) + rating.Rates.Value[1..]);
    }

    [Fact]
    public void Analyze_SameCaseTwice_GivesEqualReports()
    {
        var a = Analyzer.Analyze(Alibaba, 2018);
        var b = new CaseAnalyzer().Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);

        StrategyModel.Reporting.JsonReport.Render(a).Should().Be(StrategyModel.Reporting.JsonReport.Render(b));
    }

    [Fact]
    public void Analyze_PeersCase_RunsForEveryFirmWithEntries()
    {
        var peers = CaseLibrary.Shipped.Get("ecommerce-peers");
        var firms = peers.Entries.Select(e => e.Firm).Distinct().ToList();

        firms.Should().HaveCountGreaterThan(1);
        foreach (var firm in firms)
        {
            var analysis = Analyzer.Analyze(peers, firm, 2021);
            analysis.FirmId.Should().Be(firm);
            analysis.Markets.Should().NotBeEmpty();
            analysis.Markets.SelectMany(m => m.Entries).Should().NotBeEmpty().And.OnlyContain(e => e.Firm == firm && e.Year <= 2021);
        }
    }

    [Fact]
    public void Analyze_UnknownFirm_Throws()
    {
        var act = () => Analyzer.Analyze(Alibaba, "no-such-firm", 2018);

        act.Should().Throw<ArgumentException>().WithParameterName("firmId").WithMessage("*'no-such-firm'*");
    }

    [Fact]
    public void Compare_LocalCooperationAndSubsidiary_OnlyWhereAMarketHasBoth()
    {
        // Table 3 credits both markets with local cooperation plus an own subsidiary as of 2018. In 2015 neither had a
        // subsidiary yet: Russia had only alliances, Southeast Asia only cross-border sales and partners.
        var in2015 = Analyzer.Compare(Analyzer.Analyze(Alibaba, 2015), "russia", "southeast-asia");
        var in2018 = Analyzer.Compare(Analyzer.Analyze(Alibaba, 2018), "russia", "southeast-asia");

        in2015.Find(ComparisonRow.EntryStrategy, "local-cooperation-and-subsidiary").Should().BeNull();
        in2018.Find(ComparisonRow.EntryStrategy, "local-cooperation-and-subsidiary")!.Verdict.Should().Be(CellVerdict.Same);
    }

    [Fact]
    public void Compare_PartnerFunctionInOneMarket_IsADifferenceOnThatSide()
    {
        // Telecom: MegaFon in the Russian joint venture (2018); grocery: RedMart in Southeast Asia (2016).
        var comparison = Analyzer.Compare(Analyzer.Analyze(Alibaba, 2018), "russia", "southeast-asia");

        comparison.Find(ComparisonRow.EntryStrategy, "partner-function.telecom").Should().BeEquivalentTo(new { InA = true, InB = false, Verdict = CellVerdict.Differ });
        comparison.Find(ComparisonRow.EntryStrategy, "partner-function.grocery").Should().BeEquivalentTo(new { InA = false, InB = true, Verdict = CellVerdict.Differ });
    }

    [Fact]
    public void Compare_SameMarketTwice_Throws()
    {
        var act = () => Analyzer.Compare(Analyzer.Analyze(Alibaba, 2018), "russia", "russia");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Analyze_BornGlobal_ReportsTheUnknownForeignShareAsADisagreement()
    {
        var analysis = Analyzer.Analyze(Alibaba, 2018);

        analysis.BornGlobal.Should().NotBeNull();
        analysis.BornGlobal!.Criteria.Should().OnlyContain(c => c.Outcome != FindingOutcome.Met);
        analysis.Findings.Single(f => f.RuleId == "analysis.born-global.criteria").Outcome.Should().Be(FindingOutcome.NotMet);
    }
}
