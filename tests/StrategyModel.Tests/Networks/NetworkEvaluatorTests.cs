using StrategyModel.Assessments;
using StrategyModel.Networks;

namespace StrategyModel.Tests.Networks;

public sealed class NetworkEvaluatorTests
{
    private static NetworkProfile Profile(InternationalizationDegree firm, InternationalizationDegree market) => new() { Firm = firm, Market = market };

    // Johanson & Mattsson (1988), the four situations of their matrix: degree of internationalization of the firm (low/high)
    // against that of the market (production net).
    [Theory]
    [InlineData(InternationalizationDegree.Low, InternationalizationDegree.Low, NetworkSituation.EarlyStarter, "network.situation.early-starter", "agents")]
    [InlineData(InternationalizationDegree.Low, InternationalizationDegree.High, NetworkSituation.LateStarter, "network.situation.late-starter", "pulled abroad")]
    [InlineData(InternationalizationDegree.High, InternationalizationDegree.Low, NetworkSituation.LonelyInternational, "network.situation.lonely-international", "promote the internationalization of its network")]
    [InlineData(InternationalizationDegree.High, InternationalizationDegree.High, NetworkSituation.InternationalAmongOthers, "network.situation.international-among-others", "joint ventures and strategic alliances")]
    public void Evaluate_EachCell_GivesJohansonMattssonSituation(
        InternationalizationDegree firm, InternationalizationDegree market, NetworkSituation expected, string ruleId, string expectationWords)
    {
        var a = new NetworkEvaluator().Evaluate(Profile(firm, market));

        a.Situation.Should().Be(expected);
        a.Expectation.Should().Contain(expectationWords);
        a.Framework.Should().Be("network-model");
        a.Findings.Select(f => f.RuleId).Should().Equal("network.firm-degree", "network.market-degree", ruleId);
        a.Findings[0].Outcome.Should().Be(firm == InternationalizationDegree.High ? FindingOutcome.Met : FindingOutcome.NotMet);
        a.Findings[1].Outcome.Should().Be(market == InternationalizationDegree.High ? FindingOutcome.Met : FindingOutcome.NotMet);
        a.Findings[2].Outcome.Should().Be(FindingOutcome.Decided);
        a.Findings[2].Source.Should().Be("Johanson & Mattsson (1988)");
        a.Summary.Should().Be($"Situation: {expected} (firm {firm}, market {market}).");
        NetworkEvaluator.SituationOf(firm, market).Should().Be(expected);
    }

    [Fact]
    public void Evaluate_Evidence_ReachesTheFindings()
    {
        var profile = new NetworkProfile
        {
            Firm = new Rated<InternationalizationDegree>(InternationalizationDegree.Low, ["f-firm"]),
            Market = new Rated<InternationalizationDegree>(InternationalizationDegree.High, ["f-market"]),
        };

        var a = new NetworkEvaluator().Evaluate(profile);

        a.Findings[2].Evidence.Should().Equal("f-firm", "f-market");
        a.Findings[0].Evidence.Should().Equal("f-firm");
    }

    [Fact]
    public void Evaluate_SameInputTwice_GivesEqualAssessments()
    {
        var profile = Profile(InternationalizationDegree.High, InternationalizationDegree.Low);

        new NetworkEvaluator().Evaluate(profile).Should().Be(new NetworkEvaluator().Evaluate(profile));
    }

    [Fact]
    public void Evaluate_UnspecifiedDegree_ThrowsNamingTheInput()
    {
        var act = () => new NetworkEvaluator().Evaluate(Profile(InternationalizationDegree.High, InternationalizationDegree.Unspecified));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Market");
        ((Action)(() => new NetworkEvaluator().Evaluate(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => NetworkEvaluator.ExpectationOf(NetworkSituation.Unspecified))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
