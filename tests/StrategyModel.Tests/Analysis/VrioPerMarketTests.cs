using StrategyModel.Analysis;
using StrategyModel.Evidence;
using StrategyModel.Vrio;

namespace StrategyModel.Tests.Analysis;

/// <summary>VRIO per market (review item 16): a resource's value depends on the market (Barney 1991). A fictional example: the
/// firm's own payment wallet is valuable at home, but in Poland, where local wallets already serve every buyer, the analyst
/// rates it not valuable.</summary>
public sealed class VrioPerMarketTests
{
    private static AnalystAssessment Vrio(string id, AssessedInput input, string value, string? market) =>
        MiniCase.Rating(id, input, value, market, 2010, "f-platform") with
        {
            Rates = MiniCase.Rating(id, input, value, market, 2010, "f-platform").Rates! with { Resource = FactTopic.Technology },
        };

    [Fact]
    public void Analyze_ResourceRatedForAMarket_ReadsVrioForThatMarketBesideTheFirmWideReading()
    {
        var c = MiniCase.Base().With(
            Vrio("v", AssessedInput.VrioValuable, "yes", null),
            Vrio("r", AssessedInput.VrioRare, "yes", null),
            Vrio("i", AssessedInput.VrioInimitable, "yes", null),
            Vrio("o", AssessedInput.VrioOrganized, "yes", null),
            Vrio("v-pl", AssessedInput.VrioValuable, "no", MiniCase.Market));

        var analysis = new CaseAnalyzer().Analyze(c, 2010);

        analysis.Vrio.Select(v => (v.Market, v.Implication)).Should().Equal(
            (null, CompetitiveImplication.SustainedAdvantage),
            (MiniCase.Market, CompetitiveImplication.CompetitiveDisadvantage));
        analysis.Verdicts.Select(v => v.Verdict).Should().Contain(["vrio.technology", "vrio.technology.poland"]);
    }
}
