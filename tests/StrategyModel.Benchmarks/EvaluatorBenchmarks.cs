using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using StrategyModel.GenericStrategies;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Vrio;

namespace StrategyModel.Benchmarks;

/// <summary>
/// Each evaluator with a verdict path, per call: the explained <c>Evaluate</c>, the allocation-free <c>Decide*</c> verdict, and the floor, a
/// hand-written loop over the same profiles computing the same verdict with raw comparisons and the default thresholds (the baseline of
/// its category). Every method walks <see cref="Data.Batch"/> profiles per invocation; times and bytes are per profile.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EvaluatorBenchmarks
{
    private readonly IOliEvaluator oli = new OliEvaluator();
    private readonly ITransactionCostEvaluator tce = new TransactionCostEvaluator();
    private readonly IGenericStrategyEvaluator porter = new GenericStrategyEvaluator();
    private readonly IVrioEvaluator vrio = new VrioEvaluator();
    private readonly OliProfile[] oliProfiles = Data.OliBatch();
    private readonly TransactionCostProfile[] tceProfiles = Data.TransactionCostBatch();
    private readonly GenericStrategyProfile[] porterProfiles = Data.GenericStrategyBatch();
    private readonly VrioProfile[] vrioProfiles = Data.VrioBatch();

    /// <summary>Fails the run if a floor does not compute the same verdicts as the evaluator it stands beside.</summary>
    [GlobalSetup]
    public void CheckFloorsAgree()
    {
        if (OliFloor() != OliVerdict() || TransactionCostFloor() != TransactionCostVerdict()
            || GenericStrategyFloor() != GenericStrategyVerdict() || VrioFloor() != VrioVerdict())
        {
            throw new InvalidOperationException("A hand-written floor disagrees with its evaluator's verdict.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Data.Batch, Description = "Floor: hand loop")]
    [BenchmarkCategory("OLI")]
    public int OliFloor()
    {
        var acc = 0;
        foreach (var p in oliProfiles)
        {
            // N is a condition of its own (Singh & Kundu 2002), not a part of O; the generated profiles rate no market attractiveness.
            var o = p.AssetOwnership.Value >= Strength.Moderate || p.TransactionOwnership.Value >= Strength.Moderate
                || p.InstitutionalOwnership.Value >= Strength.Moderate;
            var i = p.Internalization.Value >= Strength.Moderate;
            var l = p.Location.Value >= Strength.Moderate;
            acc += !o ? 4 : !i ? 3 : l ? 1 : 2;
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Verdict: DecideRoute")]
    [BenchmarkCategory("OLI")]
    public int OliVerdict()
    {
        var acc = 0;
        foreach (var p in oliProfiles)
        {
            acc += (int)oli.DecideRoute(p);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Explained: Evaluate")]
    [BenchmarkCategory("OLI")]
    public int OliExplained()
    {
        var acc = 0;
        foreach (var p in oliProfiles)
        {
            acc += (int)oli.Evaluate(p).Route;
        }

        return acc;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Data.Batch, Description = "Floor: hand loop")]
    [BenchmarkCategory("Transaction costs")]
    public int TransactionCostFloor()
    {
        var acc = 0;
        foreach (var p in tceProfiles)
        {
            // Anderson & Gatignon's steps summed, then clamped once (no cap in the generated profiles).
            var a = p.AssetSpecificity.Value;
            var highSpecificity = a >= Strength.Strong;
            var lowSpecificity = a <= Strength.Weak;
            var c = highSpecificity ? 3 : lowSpecificity ? 1 : 2;
            c -= p.ExternalUncertainty.Value >= Strength.Strong && !highSpecificity ? 1 : 0;
            c -= p.InternalUncertainty.Value >= Strength.Strong && !highSpecificity ? 1 : 0;
            c += p.FreeRidingPotential.Value >= Strength.Strong ? 1 : 0;
            c += p.Frequency.Value >= Strength.Strong && !lowSpecificity ? 1 : 0;
            c = Math.Clamp(c, 1, 3);
            acc += c;
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Verdict: DecideControl")]
    [BenchmarkCategory("Transaction costs")]
    public int TransactionCostVerdict()
    {
        var acc = 0;
        foreach (var p in tceProfiles)
        {
            acc += (int)tce.DecideControl(p);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Explained: Evaluate")]
    [BenchmarkCategory("Transaction costs")]
    public int TransactionCostExplained()
    {
        var acc = 0;
        foreach (var p in tceProfiles)
        {
            acc += (int)tce.Evaluate(p).Control;
        }

        return acc;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Data.Batch, Description = "Floor: hand loop")]
    [BenchmarkCategory("Generic strategies")]
    public int GenericStrategyFloor()
    {
        var acc = 0;
        foreach (var p in porterProfiles)
        {
            var cost = p.CostAdvantage.Value >= Strength.Moderate;
            var diff = p.Differentiation.Value >= Strength.Moderate;
            var broad = p.Scope.Value == CompetitiveScope.Broad;
            acc += cost && diff ? 5 : !cost && !diff ? 6 : cost ? (broad ? 1 : 3) : (broad ? 2 : 4);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Verdict: DecideStrategy")]
    [BenchmarkCategory("Generic strategies")]
    public int GenericStrategyVerdict()
    {
        var acc = 0;
        foreach (var p in porterProfiles)
        {
            acc += (int)porter.DecideStrategy(p);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Explained: Evaluate")]
    [BenchmarkCategory("Generic strategies")]
    public int GenericStrategyExplained()
    {
        var acc = 0;
        foreach (var p in porterProfiles)
        {
            acc += (int)porter.Evaluate(p).Strategy;
        }

        return acc;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Data.Batch, Description = "Floor: hand loop")]
    [BenchmarkCategory("VRIO")]
    public int VrioFloor()
    {
        var acc = 0;
        foreach (var p in vrioProfiles)
        {
            // Organization adjusts any potential above a disadvantage to an unused advantage (Barney & Hesterly).
            acc += p.Valuable.Value != Judgment.Yes ? 1
                : p.Organized.Value != Judgment.Yes ? 4
                : p.Rare.Value != Judgment.Yes ? 2
                : p.CostlyToImitate.Value != Judgment.Yes ? 3
                : 5;
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Verdict: DecideImplication")]
    [BenchmarkCategory("VRIO")]
    public int VrioVerdict()
    {
        var acc = 0;
        foreach (var p in vrioProfiles)
        {
            acc += (int)vrio.DecideImplication(p);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Explained: Evaluate")]
    [BenchmarkCategory("VRIO")]
    public int VrioExplained()
    {
        var acc = 0;
        foreach (var p in vrioProfiles)
        {
            acc += (int)vrio.Evaluate(p).Implication;
        }

        return acc;
    }
}
