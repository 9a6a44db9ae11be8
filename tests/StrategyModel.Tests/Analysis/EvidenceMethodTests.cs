using StrategyModel.Analysis;
using StrategyModel.Assessments;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Analysis;

/// <summary>
/// The evidence method of issue 12 (docs/method.md) on a small fictional case: ratings against rubrics, no fact counting, no
/// hindsight, no circularity, and Undetermined instead of Absent. Each test failed on the analyzer of release 0.1, which counted
/// facts into strengths, used hindsight by default and turned a missing rating into Absent.
/// </summary>
public sealed class EvidenceMethodTests
{
    private static readonly CaseAnalyzer Analyzer = new();

    // Dunning (1981, 1988): with O and L present, I decides between FDI and contractual transfer. Without a rating of I the verdict
    // is both branches (Eisenhardt 1989: absence of evidence is not evidence of absence), never the licensing row by default.
    [Fact]
    public void Analyze_InternalizationNotRated_ReportsBothDunningBranchesAndNeverAbsent()
    {
        var c = MiniCase.Base().With([.. MiniCase.OwnershipAndLocation()]);

        var market = Analyzer.Analyze(c, 2010).GetMarket(MiniCase.Market);

        market.Oli.Should().BeNull("the route depends on I, which no rating decides");
        var route = market.GetVerdict("oli.route");
        route.IsDetermined.Should().BeFalse();
        route.DecidingInputs.Should().Equal("oli.internalization");
        route.Branches.Select(b => (b.Value, string.Join(",", b.When.Single().Values))).Should().BeEquivalentTo(
        [
            ("ContractualResourceTransfer", "Absent,Weak"),
            ("ForeignDirectInvestment", "Moderate,Strong"),
        ]);
        var i = market.Inputs.Single(x => x.Framework == "oli" && x.Name == "internalization");
        i.Source.Should().Be(InputSource.Undetermined);
        i.Value.Should().Be("Undetermined");
        market.Inputs.Should().NotContain(x => x.Source == InputSource.NoEvidence && x.Value == "Absent");
    }

    [Fact]
    public void Analyze_InternalizationRated_DecidesTheRoute()
    {
        var c = MiniCase.Base().With([.. MiniCase.OwnershipAndLocation(), MiniCase.Rating("a-i", AssessedInput.Internalization, "strong", MiniCase.Market, 2010, "f-platform")]);

        var market = Analyzer.Analyze(c, 2010).GetMarket(MiniCase.Market);

        market.GetVerdict("oli.route").Value.Should().Be("ForeignDirectInvestment");
        market.Oli!.Route.ToString().Should().Be("ForeignDirectInvestment");
    }

    // Content analysis counts independent evidence, not repeated sentences (Krippendorff 2004): the same fact coded twice must not
    // change a verdict.
    [Fact]
    public void Analyze_EveryFactCodedTwice_ChangesNoVerdict()
    {
        var c = MiniCase.Base().With([.. MiniCase.OwnershipAndLocation()]);
        var doubled = c.WithFacts([.. c.Facts.Select(f => f with { Id = f.Id + "-again" })]);

        var once = Analyzer.Analyze(c, 2016);
        var twice = Analyzer.Analyze(doubled, 2016);

        Verdicts(twice).Should().Equal(Verdicts(once));
        twice.Drivers.Drivers.Select(d => d.Strength.Value).Should().Equal(once.Drivers.Drivers.Select(d => d.Strength.Value));
        twice.GetMarket(MiniCase.Market).Factors.Select(f => (f.Topic, f.Present)).Should().Equal(once.GetMarket(MiniCase.Market).Factors.Select(f => (f.Topic, f.Present)));
    }

    // Valence (issue 12): a fact whose value is unknown, or that contradicts a factor, is not evidence for it.
    [Fact]
    public void Analyze_UnknownAndContradictingFacts_NeverRaiseAFactorOrAStrength()
    {
        var c = MiniCase.Base().With([.. MiniCase.OwnershipAndLocation()]);
        var unknown = MiniCase.Fact("f-size-unknown", "The size of the Polish parcel market is not reported.", FactTopic.MarketSize, "report-2010", MiniCase.Market) with { UnknownReason = "not reported" };
        var against = MiniCase.Fact("f-price-against", "Polish buyers did not choose on price.", FactTopic.PricePreference, "report-2010", MiniCase.Market) with
        {
            BearsOn = [new FactBearing { Input = AssessedInput.MarketAttractiveness, Valence = Valence.Contradicts, Market = MiniCase.Market }],
        };

        var before = Analyzer.Analyze(c, 2010);
        var after = Analyzer.Analyze(c.WithFacts(unknown, against), 2010);

        var market = after.GetMarket(MiniCase.Market);
        market.Has(FactTopic.MarketSize).Should().BeFalse();
        market.Has(FactTopic.PricePreference).Should().BeFalse();
        Verdicts(after).Should().Equal(Verdicts(before));
        after.DriverEvidence.Select(d => d.Facts.Length).Should().Equal(before.DriverEvidence.Select(d => d.Facts.Length));
    }

    // No hindsight: as of 2014 a rating that speaks for 2016, or rests on a 2016 fact, does not apply; it is reported as set aside
    // with the reason, and no input cites anything dated later.
    [Fact]
    public void Analyze_AsOfAYear_NoInputCitesALaterFactOrRating()
    {
        var c = MiniCase.Base().With([.. MiniCase.OwnershipAndLocation(), MiniCase.Rating("a-i-2016", AssessedInput.Internalization, "strong", MiniCase.Market, 2016, "f-buy-polpak")]);

        var analysis = Analyzer.Analyze(c, 2014);

        var i = analysis.GetMarket(MiniCase.Market).Inputs.Single(x => x.Name == "internalization");
        i.Source.Should().Be(InputSource.SetAside);
        i.Rule.Should().Contain("a-i-2016").And.Contain("2016");
        foreach (var input in analysis.Inputs.Concat(analysis.Markets.SelectMany(m => m.Inputs)).Where(x => x.Source == InputSource.AnalystAssessment))
        {
            foreach (var id in input.Evidence.Concat(input.CounterEvidence))
            {
                if (c.TryGetFact(id, out var fact))
                {
                    (fact.Year ?? 2010).Should().BeLessThanOrEqualTo(2014, "{0} cites {1}", input.Name, id);
                }
                else
                {
                    c.Assessments.Single(a => a.Id == id).Rates!.AsOf.Should().BeLessThanOrEqualTo(2014);
                }
            }
        }
    }

    // An undated fact is known from its document's date, not "always": before the 2010 report, a rating resting on it is set aside.
    [Fact]
    public void Analyze_BeforeTheDocumentOfAnUndatedFact_SetsTheRatingAside()
    {
        var c = MiniCase.Base().With(MiniCase.Rating("a-l", AssessedInput.Location, "strong", MiniCase.Market, 2008, "f-last-mile"));

        var market = Analyzer.Analyze(c, 2009).GetMarket(MiniCase.Market);

        market.Inputs.Single(x => x.Name == "location").Source.Should().Be(InputSource.SetAside);
        market.Inputs.Single(x => x.Name == "location").Rule.Should().Contain("f-last-mile (2010)");
    }

    // Williamson (1985), Hennart (1988): governance is predicted from the transaction's attributes; a rating of I that cites the
    // acquisition it is meant to explain makes the fit finding circular, so it is reported as not a test.
    [Fact]
    public void Analyze_InternalizationRestingOnTheFirmsOwnEntry_MakesTheFitFindingNotATest()
    {
        var c = MiniCase.Base()
            .WithEntries(MiniCase.Entry("en-polpak", EntryMode.Acquisition, 2016, "f-buy-polpak"))
            .With([.. MiniCase.OwnershipAndLocation(), MiniCase.Rating("a-i-circular", AssessedInput.Internalization, "strong", MiniCase.Market, 2016, "f-buy-polpak")]);

        var market = Analyzer.Analyze(c, 2016).GetMarket(MiniCase.Market);

        market.Inputs.Single(x => x.Name == "internalization").OutcomeEvidence.Should().Equal("f-buy-polpak");
        var fit = market.Findings.Single(f => f.RuleId == "analysis.entry-mode.fit");
        fit.Outcome.Should().Be(FindingOutcome.NotATest);
        fit.Sentence.Should().Contain("oli.internalization");
    }

    [Fact]
    public void Analyze_InternalizationFromAntecedents_IsATest()
    {
        var c = MiniCase.Base()
            .WithEntries(MiniCase.Entry("en-polpak", EntryMode.Acquisition, 2016, "f-buy-polpak"))
            .With([.. MiniCase.OwnershipAndLocation(), MiniCase.Rating("a-i", AssessedInput.Internalization, "strong", MiniCase.Market, 2010, "f-platform")]);

        var fit = Analyzer.Analyze(c, 2016).GetMarket(MiniCase.Market).Findings.Single(f => f.RuleId == "analysis.entry-mode.fit");

        fit.Outcome.Should().Be(FindingOutcome.Met);
    }

    // Issue 12: the case's competitor records are used where a framework needs rivals. O is net of rivals (Dunning 1988): the
    // finding names the rivals the case records in the market and says which the ownership rating was not made against.
    [Fact]
    public void Analyze_CompetitorRecords_AreNamedBesideTheRivalsTheOwnershipRatingUses()
    {
        var c = MiniCase.Base().With([.. MiniCase.OwnershipAndLocation()]) with
        {
            Competitors = [new StrategyModel.Cases.Competitor { Firm = MiniCase.Firm, CompetitorFirm = "polpak", Market = MiniCase.Market, Evidence = ["f-last-mile"] }],
        };

        var finding = Analyzer.Analyze(c, 2010).GetMarket(MiniCase.Market).Findings.Single(f => f.RuleId == "analysis.rivals");

        finding.Sentence.Should().Contain("PolPak").And.Contain("Not in that rating: PolPak");
        finding.Evidence.Should().Equal("f-last-mile");
    }

    private static List<string> Verdicts(CaseAnalysis a) =>
        [.. a.Verdicts.Concat(a.Markets.SelectMany(m => m.Verdicts)).Select(v => v.Verdict + "=" + Reporting.MarkdownReport.Verdict(v))];
}
