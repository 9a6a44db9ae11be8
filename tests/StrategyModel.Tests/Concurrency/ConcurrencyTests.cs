using System.Collections.Concurrent;
using StrategyModel.Analysis;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.Reporting;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;
using StrategyModel.Vrio;

namespace StrategyModel.Tests.Concurrency;

/// <summary>One instance of each evaluator, the advisor, the analyzer and the case library shared by 8 threads gives exactly the sequential results.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private static readonly Strength[] Strengths = [Strength.Absent, Strength.Weak, Strength.Moderate, Strength.Strong];

    [Fact]
    public void OliEvaluator_SharedBy8Threads_MatchesSequentialRun()
    {
        var evaluator = new OliEvaluator();
        var profiles = Combinations(6).Select(s => new OliProfile
        {
            AssetOwnership = s[0],
            TransactionOwnership = s[1],
            InstitutionalOwnership = s[2],
            Network = s[3],
            Location = s[4],
            Internalization = s[5],
        }).ToArray();

        AssertSharedMatchesSequential(profiles, evaluator.Evaluate, rounds: 2);
        AssertSharedMatchesSequential(profiles, evaluator.DecideRoute, rounds: 20);
    }

    [Fact]
    public void TransactionCostEvaluator_SharedBy8Threads_MatchesSequentialRun()
    {
        var evaluator = new TransactionCostEvaluator();
        var profiles = Combinations(5).Select(s => new TransactionCostProfile
        {
            AssetSpecificity = s[0],
            ExternalUncertainty = s[1],
            InternalUncertainty = s[2],
            Frequency = s[3],
            FreeRidingPotential = s[4],
        }).ToArray();

        AssertSharedMatchesSequential(profiles, evaluator.Evaluate, rounds: 3);
        AssertSharedMatchesSequential(profiles, evaluator.DecideControl, rounds: 50);
    }

    [Fact]
    public void GenericStrategyEvaluator_SharedBy8Threads_MatchesSequentialRun()
    {
        var evaluator = new GenericStrategyEvaluator();
        var profiles = Combinations(4).SelectMany(s => new[] { CompetitiveScope.Broad, CompetitiveScope.Narrow }.Select(scope => new GenericStrategyProfile
        {
            CostAdvantage = s[0],
            Differentiation = s[1],
            Scope = scope,
            Localization = s[2],
            StrategicPartnership = s[3],
        })).ToArray();

        AssertSharedMatchesSequential(profiles, evaluator.Evaluate, rounds: 5);
        AssertSharedMatchesSequential(profiles, evaluator.DecideStrategy, rounds: 100);
    }

    [Fact]
    public void VrioEvaluator_SharedBy8Threads_MatchesSequentialRun()
    {
        var evaluator = new VrioEvaluator();
        var profiles = Enumerable.Range(0, 16).Select(b => new VrioProfile
        {
            Resource = "resource " + b.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Valuable = YesIf(b, 0),
            Rare = YesIf(b, 1),
            CostlyToImitate = YesIf(b, 2),
            Organized = YesIf(b, 3),
        }).ToArray();

        AssertSharedMatchesSequential(profiles, evaluator.Evaluate, rounds: 200);
        AssertSharedMatchesSequential(profiles, evaluator.DecideImplication, rounds: 2000);
    }

    [Fact]
    public void NetworkEvaluator_SharedBy8Threads_MatchesSequentialRun()
    {
        var evaluator = new NetworkEvaluator();
        InternationalizationDegree[] degrees = [InternationalizationDegree.Low, InternationalizationDegree.High];
        var profiles = degrees.SelectMany(f => degrees.Select(m => new NetworkProfile { Firm = f, Market = m })).ToArray();

        AssertSharedMatchesSequential(profiles, evaluator.Evaluate, rounds: 500);
    }

    [Fact]
    public void UppsalaEvaluator_SharedBy8Threads_MatchesSequentialRun()
    {
        var evaluator = new UppsalaEvaluator();
        EntryMode[] modes = [.. Enum.GetValues<EntryMode>().Where(m => m != EntryMode.Unspecified)];
        var profiles = Enumerable.Range(0, 64).Select(seed =>
        {
            var random = new Random(seed);
            var entries = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => new DatedEntry(random.Next(1995, 2020), modes[random.Next(modes.Length)]));
            return new UppsalaProfile { Entries = [.. entries] };
        }).ToArray();

        AssertSharedMatchesSequential(profiles, evaluator.Evaluate, rounds: 20);
    }

    [Fact]
    public void DriversEvaluator_SharedBy8Threads_MatchesSequentialRun()
    {
        var evaluator = new DriversEvaluator();
        DriverKind[] kinds = [.. DriverCatalog.Drivers];
        var profiles = Enumerable.Range(0, 64).Select(seed =>
        {
            var random = new Random(seed);
            return new DriversProfile { Drivers = [.. kinds.Select(k => new DriverInput(k, Strengths[random.Next(4)]))] };
        }).ToArray();

        AssertSharedMatchesSequential(profiles, evaluator.Evaluate, rounds: 20);
    }

    [Fact]
    public void BornGlobalEvaluator_SharedBy8Threads_MatchesSequentialRun()
    {
        var evaluator = new BornGlobalEvaluator();
        SuccessFeature[] features = [.. Enum.GetValues<SuccessFeature>().Where(f => f != SuccessFeature.Unspecified)];
        var profiles = Enumerable.Range(0, 64).Select(seed =>
        {
            var random = new Random(seed);
            var founded = random.Next(1980, 2015);
            return new BornGlobalProfile
            {
                FoundedYear = founded,
                FirstForeignSaleYear = random.Next(4) == 0 ? Observation.Unknown<int>("not disclosed") : Observation.Known(founded + random.Next(0, 10)),
                ForeignSalesSharePercent = random.Next(4) == 0 ? Observation.Unknown<decimal>("not disclosed") : Observation.Known(random.Next(0, 1001) / 10m),
                ValueChainCoordination = random.Next(2) == 0 ? ValueChainCoordination.Few : ValueChainCoordination.Many,
                CountriesInvolved = Observation.Known(random.Next(1, 30)),
                SuccessFeatures = [.. features.Where(_ => random.Next(3) > 0).Select(f => new SuccessFeatureRating(f, Strengths[random.Next(4)]))],
            };
        }).ToArray();

        AssertSharedMatchesSequential(profiles, evaluator.Evaluate, rounds: 20);
    }

    [Fact]
    public void EntryModeAdvisor_SharedBy8Threads_MatchesSequentialRun()
    {
        var advisor = new EntryModeAdvisor();
        ServingRoute[] routes = [ServingRoute.ForeignDirectInvestment, ServingRoute.Export, ServingRoute.ContractualResourceTransfer, ServingRoute.None];
        ControlLevel[] controls = [ControlLevel.Low, ControlLevel.Intermediate, ControlLevel.High];
        var pairs = routes.SelectMany(r => controls.Select(c => (Route: r, Control: c))).ToArray();

        AssertSharedMatchesSequential(pairs, p => advisor.Recommend(p.Route, p.Control), rounds: 100);
    }

    [Fact]
    public void CaseAnalyzer_SharedBy8ThreadsOverAlibaba_RendersIdenticalReports()
    {
        var alibaba = CaseLibrary.Shipped.Get("alibaba-group");
        var analyzer = new CaseAnalyzer();
        int[] years = [2010, 2014, 2016, 2018];

        string Run(int year)
        {
            var analysis = analyzer.Analyze(alibaba, year);
            var comparison = analyzer.Compare(analysis, "southeast-asia", "russia");
            return JsonReport.Render(analysis, comparison);
        }

        AssertSharedMatchesSequential(years, Run, rounds: 2);
    }

    [Fact]
    public void CaseLibraryShippedGet_From8Threads_ReturnsTheSameInstance()
    {
        var seen = OnThreads(() => CaseLibrary.Shipped.Get("alibaba-group"));

        seen.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle();
        seen[0].Should().BeSameAs(CaseLibrary.Shipped.Get("alibaba-group"));
    }

    [Fact]
    public void CaseLibraryGet_FirstLoadRacedBy8Threads_ReturnsTheSameInstance()
    {
        // A fresh library, so the 8 threads race on the first, validating load rather than on an already cached case. Racing
        // threads may each load it (failed loads are not cached); the library must still hand every thread the one kept result.
        var directory = Directory.CreateTempSubdirectory("strategymodel-concurrency-");
        try
        {
            using (var resource = typeof(CaseLibrary).Assembly.GetManifestResourceStream("StrategyModel.Cases.Data.alibaba-group.json")!)
            using (var file = File.Create(Path.Combine(directory.FullName, "alibaba-group.json")))
            {
                resource.CopyTo(file);
            }

            var library = CaseLibrary.FromDirectory(directory.FullName);
            var seen = OnThreads(() => library.Get("alibaba-group"));

            seen.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle();
            seen[0].Should().BeSameAs(library.Get("alibaba-group"));
            seen[0].Should().Be(CaseLibrary.Shipped.Get("alibaba-group"), "the raced load reads the whole case, equal to the shipped one");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static Rated<Judgment> YesIf(int bits, int bit) => (bits & (1 << bit)) != 0 ? Judgment.Yes : Judgment.No;

    /// <summary>Every combination of <paramref name="n"/> strengths, 4^n arrays.</summary>
    private static IEnumerable<Strength[]> Combinations(int n)
    {
        var total = 1 << (2 * n);
        for (var i = 0; i < total; i++)
        {
            var s = new Strength[n];
            for (var k = 0; k < n; k++)
            {
                s[k] = Strengths[(i >> (2 * k)) & 3];
            }

            yield return s;
        }
    }

    /// <summary>Runs <paramref name="body"/> once on each of 8 threads released together by a barrier; returns their results.</summary>
    private static T[] OnThreads<T>(Func<T> body)
    {
        var results = new T[Threads];
        var errors = new ConcurrentQueue<Exception>();
        using var barrier = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait(TimeSpan.FromSeconds(30)).Should().BeTrue("all threads start together");
                results[t] = body();
            }
            catch (Exception ex)
            {
                errors.Enqueue(ex);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join(TimeSpan.FromSeconds(120)).Should().BeTrue("no thread hangs"));

        errors.Should().BeEmpty();
        return results;
    }

    /// <summary>Computes every result sequentially, then has 8 threads, started together, recompute them <paramref name="rounds"/> times each,
    /// each thread in a different rotation of the inputs, and asserts every concurrent result equals the sequential one.</summary>
    private static void AssertSharedMatchesSequential<TIn, TOut>(IReadOnlyList<TIn> inputs, Func<TIn, TOut> run, int rounds)
    {
        var expected = inputs.Select(run).ToArray();
        var mismatches = new ConcurrentQueue<string>();
        var counts = OnThreads(() =>
        {
            var start = Environment.CurrentManagedThreadId % inputs.Count;
            var done = 0;
            for (var r = 0; r < rounds; r++)
            {
                for (var k = 0; k < inputs.Count; k++)
                {
                    var i = (start + k + r) % inputs.Count;
                    var actual = run(inputs[i]);
                    if (!EqualityComparer<TOut>.Default.Equals(actual, expected[i]))
                    {
                        mismatches.Enqueue($"input {i}: {actual} != {expected[i]}");
                    }

                    done++;
                }
            }

            return done;
        });

        mismatches.Should().BeEmpty();
        counts.Should().AllBeEquivalentTo(rounds * inputs.Count);
    }
}
