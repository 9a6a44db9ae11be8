using StrategyModel.Analysis;
using StrategyModel.Cases;

namespace StrategyModel.Tests.Reproduction;

/// <summary>The shipped Alibaba case analysed as of the thesis's year (2018), shared by the reproduction tests.</summary>
public sealed class AlibabaFixture
{
    public AlibabaFixture()
    {
        Case = CaseLibrary.Shipped.Get("alibaba-group");
        Analyzer = new CaseAnalyzer();
        Analysis = Analyzer.Analyze(Case, 2018);
        Comparison = Analyzer.Compare(Analysis, "russia", "southeast-asia");
    }

    public Case Case { get; }

    public CaseAnalyzer Analyzer { get; }

    public CaseAnalysis Analysis { get; }

    public MarketComparison Comparison { get; }
}
