using BenchmarkDotNet.Attributes;
using StrategyModel.Oli;

namespace StrategyModel.Benchmarks;

/// <summary>
/// Screening generated firm-market profiles through OLI with <see cref="OliScreening.Screen"/> on every core, against the floor: a
/// sequential hand loop over the same generated profiles with raw comparisons. Profiles are generated per index (a hash of the index
/// picks one of the 4,096 distinct profiles) and never collected; the allocated bytes per call stay the same for 100,000 and 1,000,000
/// profiles, which is the flat-memory claim. <c>Screen (fresh profile per index)</c> builds a new profile object per index instead: its
/// bytes are the generator's own short-lived garbage (one profile each), all collected in generation 0.
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private readonly IOliEvaluator evaluator = new OliEvaluator();

    [Params(100_000, 1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void CheckAgreement()
    {
        var floor = Floor();
        var screened = Screen();
        if (floor != screened.Count(ServingRoute.ForeignDirectInvestment) || screened.Total != Count)
        {
            throw new InvalidOperationException("The floor and the screening disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "Floor: sequential hand loop")]
    public long Floor()
    {
        long fdi = 0;
        for (var n = 0; n < Count; n++)
        {
            var p = Data.GeneratedProfile(n);
            // N is a condition of its own (Singh & Kundu 2002), not a part of O.
            var o = p.AssetOwnership.Value >= Strength.Moderate || p.TransactionOwnership.Value >= Strength.Moderate
                || p.InstitutionalOwnership.Value >= Strength.Moderate;
            if (o && p.Internalization.Value >= Strength.Moderate && p.Location.Value >= Strength.Moderate)
            {
                fdi++;
            }
        }

        return fdi;
    }

    [Benchmark(Description = "Sequential DecideRoute loop")]
    public long SequentialVerdicts()
    {
        long fdi = 0;
        for (var n = 0; n < Count; n++)
        {
            if (evaluator.DecideRoute(Data.GeneratedProfile(n)) == ServingRoute.ForeignDirectInvestment)
            {
                fdi++;
            }
        }

        return fdi;
    }

    [Benchmark(Description = "OliScreening.Screen (all cores)")]
    public OliScreeningResult Screen() => OliScreening.Screen(Count, Data.GeneratedProfile, evaluator);

    [Benchmark(Description = "OliScreening.Screen (fresh profile per index)")]
    public OliScreeningResult ScreenFresh() => OliScreening.Screen(Count, Data.FreshProfile, evaluator);
}
