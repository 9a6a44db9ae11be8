using BenchmarkDotNet.Attributes;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Sensitivity;

namespace StrategyModel.Benchmarks;

/// <summary>The full robustness analysis of the shipped Alibaba Group case as of 2018 (every market verdict and every VRIO verdict:
/// one- and two-step perturbations of every rated input, every threshold swept, undetermined inputs enumerated) against the plain
/// analysis it starts from (the baseline). Target: under 20x the plain analysis on 2 cores (issue 14).</summary>
[MemoryDiagnoser]
public class RobustnessBenchmarks
{
    private readonly CaseAnalyzer analyzer = new();
    private readonly RobustnessAnalyzer robustness = new();
    private readonly RobustnessAnalyzer sequential = new(new RobustnessOptions { MaxDegreeOfParallelism = 1 });
    private readonly Case alibaba = CaseLibrary.Shipped.Get("alibaba-group");

    /// <summary>Fails the run if the robustness report does not cover every verdict of the plain analysis.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var plain = analyzer.Analyze(alibaba, 2018);
        var report = robustness.Analyze(alibaba, 2018);
        var expected = plain.Markets.Length * 6 + plain.Verdicts.Count(v => v.Verdict.StartsWith("vrio.", StringComparison.Ordinal));
        if (report.Verdicts.Length != expected || !report.Equals(sequential.Analyze(alibaba, 2018)))
        {
            throw new InvalidOperationException($"The robustness report has {report.Verdicts.Length} lines, expected {expected}, or differs between one thread and many.");
        }
    }

    /// <summary>The plain analysis.</summary>
    /// <returns>The analysis.</returns>
    [Benchmark(Baseline = true, Description = "Plain: CaseAnalyzer.Analyze(alibaba, 2018)")]
    public CaseAnalysis Plain() => analyzer.Analyze(alibaba, 2018);

    /// <summary>The full robustness analysis on every core.</summary>
    /// <returns>The report.</returns>
    [Benchmark(Description = "Robustness: RobustnessAnalyzer.Analyze (all cores)")]
    public RobustnessReport Robustness() => robustness.Analyze(alibaba, 2018);

    /// <summary>The full robustness analysis on one thread.</summary>
    /// <returns>The report.</returns>
    [Benchmark(Description = "Robustness: one thread")]
    public RobustnessReport RobustnessSequential() => sequential.Analyze(alibaba, 2018);
}
