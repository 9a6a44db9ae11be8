using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Sensitivity;

namespace StrategyModel.Tests.Reports;

/// <summary>The shipped Alibaba case as of 2018 with everything a report can hold: a comparison, the robustness of every verdict and
/// two scenarios (one input override, one setting override). Computed once for the report tests.</summary>
public sealed class ReportFixture
{
    public ReportFixture()
    {
        var alibaba = CaseLibrary.Shipped.Get("alibaba-group");
        var analyzer = new CaseAnalyzer();
        Analysis = analyzer.Analyze(alibaba, 2018);
        Comparison = analyzer.Compare(Analysis, "russia", "southeast-asia");
        var robustness = new RobustnessAnalyzer();
        Robustness = robustness.Analyze(alibaba, asOfYear: 2018);
        Scenarios =
        [
            robustness.Compare(alibaba, 2018, new Scenario("no location advantage in Russia", [ScenarioOverride.Input("oli.location", "Absent", "russia")])),
            robustness.Compare(alibaba, 2018, new Scenario("a 49% cap in Southeast Asia", [ScenarioOverride.Setting("transaction-costs.foreign-ownership-cap-percent", 49m, "southeast-asia")])),
        ];
    }

    public CaseAnalysis Analysis { get; }

    public MarketComparison Comparison { get; }

    public RobustnessReport Robustness { get; }

    public IReadOnlyList<ScenarioComparison> Scenarios { get; }
}
