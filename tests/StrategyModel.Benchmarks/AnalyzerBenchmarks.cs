using BenchmarkDotNet.Attributes;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;

namespace StrategyModel.Benchmarks;

/// <summary>The case analyzer over the shipped Alibaba Group case as of 2018: every framework per market, then the thesis's Table 3 comparison.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly ICaseAnalyzer analyzer = new CaseAnalyzer();
    private readonly Case alibaba = CaseLibrary.Shipped.Get("alibaba-group");
    private CaseAnalysis analysis = null!;

    [GlobalSetup]
    public void Setup() => analysis = analyzer.Analyze(alibaba, 2018);

    [Benchmark(Description = "Analyze(alibaba, 2018)")]
    public CaseAnalysis Analyze() => analyzer.Analyze(alibaba, 2018);

    [Benchmark(Description = "Compare(southeast-asia, russia)")]
    public MarketComparison Compare() => analyzer.Compare(analysis, "southeast-asia", "russia");

    [Benchmark(Description = "Analyze + Compare")]
    public MarketComparison AnalyzeAndCompare() => analyzer.Compare(analyzer.Analyze(alibaba, 2018), "southeast-asia", "russia");

    [Benchmark(Description = "Analyze + Compare + JsonReport")]
    public string AnalyzeCompareRender()
    {
        var a = analyzer.Analyze(alibaba, 2018);
        return JsonReport.Render(a, analyzer.Compare(a, "southeast-asia", "russia"));
    }
}
