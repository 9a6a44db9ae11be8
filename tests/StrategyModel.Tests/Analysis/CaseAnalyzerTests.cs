using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.EntryModes;
using StrategyModel.Uppsala;

namespace StrategyModel.Tests.Analysis;

public sealed class CaseAnalyzerTests
{
    private static readonly Case Alibaba = CaseLibrary.Shipped.Get("alibaba-group");
    private static readonly CaseAnalyzer Analyzer = new();

    [Fact]
    public void Analyze_2014Versus2018_SoutheastAsiaModeChangesWithLazada()
    {
        var before = Analyzer.Analyze(Alibaba, 2014).GetMarket("southeast-asia");
        var after = Analyzer.Analyze(Alibaba, 2018).GetMarket("southeast-asia");

        before.Entries.Should().NotContain(e => e.Counterparty == "lazada");
        before.CurrentMode.Should().NotBe(EntryMode.Acquisition);
        after.CurrentMode.Should().Be(EntryMode.Acquisition);
        after.Entries.Should().Contain(e => e.Counterparty == "lazada" && e.Year == 2016);
        after.Uppsala.HighestStage.Should().Be(EstablishmentStage.SalesSubsidiary);
        ((int)before.Uppsala.HighestStage).Should().BeLessThan((int)EstablishmentStage.SalesSubsidiary);
    }

    [Fact]
    public void Analyze_2014Versus2018_RussiaMovesFromPartnershipsToTheJointVenture()
    {
        var before = Analyzer.Analyze(Alibaba, 2014).GetMarket("russia");
        var after = Analyzer.Analyze(Alibaba, 2018).GetMarket("russia");

        before.CurrentMode.Should().Be(EntryMode.StrategicAlliance);
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
        evidence.Should().OnlyContain(f => f.Year == null || f.Year <= 2014);
    }

    [Fact]
    public void Analyze_EveryInput_NamesItsSourceAndEvidenceExists()
    {
        var analysis = Analyzer.Analyze(Alibaba, 2018);
        var inputs = analysis.Inputs.Concat(analysis.Markets.SelectMany(m => m.Inputs)).ToList();

        inputs.Should().NotBeEmpty();
        inputs.Should().OnlyContain(i => i.Source != InputSource.Unspecified && i.Rule.Length > 0);
        inputs.Where(i => i.Source != InputSource.NoEvidence).Should().OnlyContain(i => i.Evidence.Length > 0);
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
        var rating = Alibaba.FindRating(StrategyModel.Evidence.AssessedInput.Location, "alibaba", "russia");

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
        foreach (var firm in peers.Entries.Select(e => e.Firm).Distinct())
        {
            var analysis = Analyzer.Analyze(peers, firm, 2021);
            analysis.Markets.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void Analyze_UnknownFirm_Throws()
    {
        var act = () => Analyzer.Analyze(Alibaba, "no-such-firm", 2018);

        act.Should().Throw<KeyNotFoundException>();
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
        analysis.BornGlobal!.Criteria.Should().OnlyContain(c => c.Outcome != StrategyModel.Assessments.FindingOutcome.Met);
        analysis.Findings.Single(f => f.RuleId == "analysis.born-global.criteria").Outcome.Should().Be(StrategyModel.Assessments.FindingOutcome.NotMet);
    }
}
