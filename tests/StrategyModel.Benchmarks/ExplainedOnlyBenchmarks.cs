using BenchmarkDotNet.Attributes;
using StrategyModel.BornGlobal;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;

namespace StrategyModel.Benchmarks;

/// <summary>The evaluators that only explain (no single-verdict path), per call over <see cref="Data.Batch"/> varied profiles.</summary>
[MemoryDiagnoser]
public class ExplainedOnlyBenchmarks
{
    private readonly INetworkEvaluator network = new NetworkEvaluator();
    private readonly IUppsalaEvaluator uppsala = new UppsalaEvaluator();
    private readonly IDriversEvaluator drivers = new DriversEvaluator();
    private readonly IBornGlobalEvaluator bornGlobal = new BornGlobalEvaluator();
    private readonly IEntryModeAdvisor advisor = new EntryModeAdvisor();
    private readonly NetworkProfile[] networkProfiles = Data.NetworkBatch();
    private readonly UppsalaProfile[] uppsalaProfiles = Data.UppsalaBatch();
    private readonly DriversProfile[] driversProfiles = Data.DriversBatch();
    private readonly BornGlobalProfile[] bornGlobalProfiles = Data.BornGlobalBatch();
    private readonly (ServingRoute Route, ControlLevel Control)[] entryInputs = Data.EntryModeBatch();

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Network: Evaluate")]
    public int Network()
    {
        var acc = 0;
        foreach (var p in networkProfiles)
        {
            acc += network.Evaluate(p).Findings.Length;
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Uppsala: Evaluate")]
    public int Uppsala()
    {
        var acc = 0;
        foreach (var p in uppsalaProfiles)
        {
            acc += uppsala.Evaluate(p).Findings.Length;
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Drivers: Evaluate")]
    public int Drivers()
    {
        var acc = 0;
        foreach (var p in driversProfiles)
        {
            acc += drivers.Evaluate(p).Findings.Length;
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Born global: Evaluate")]
    public int BornGlobal()
    {
        var acc = 0;
        foreach (var p in bornGlobalProfiles)
        {
            acc += bornGlobal.Evaluate(p).Findings.Length;
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Data.Batch, Description = "Entry modes: Recommend")]
    public int EntryModes()
    {
        var acc = 0;
        foreach (var (route, control) in entryInputs)
        {
            acc += (int)advisor.Recommend(route, control).Best.Mode;
        }

        return acc;
    }
}
