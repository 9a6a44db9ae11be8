using StrategyModel.BornGlobal;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;
using StrategyModel.Vrio;

namespace StrategyModel.Benchmarks;

/// <summary>Deterministic inputs shared by the benchmarks.</summary>
internal static class Data
{
    /// <summary>How many profiles each per-call benchmark walks per invocation; results are reported per profile.</summary>
    public const int Batch = 1024;

    private static readonly Strength[] Strengths = [Strength.Absent, Strength.Weak, Strength.Moderate, Strength.Strong];

    /// <summary>All 4^6 = 4,096 distinct OLI profiles (input k is base-4 digit k of the index).</summary>
    public static OliProfile[] AllOliProfiles { get; } = [.. Enumerable.Range(0, 4096).Select(OliCombination)];

    /// <summary>The bytes of the shipped Alibaba Group case (295 KB).</summary>
    public static byte[] AlibabaBytes { get; } = ReadResource("alibaba-group.json");

    /// <summary>Mixes an index into a pseudo-random 32-bit value (Knuth's multiplicative hash plus a shift): the screening generator.</summary>
    public static uint Mix(int index)
    {
        var h = (uint)index * 2654435761u;
        return h ^ (h >> 15);
    }

    /// <summary>The index-th generated profile, picked from <see cref="AllOliProfiles"/>: no allocation.</summary>
    public static OliProfile GeneratedProfile(int index) => AllOliProfiles[Mix(index) & 4095];

    /// <summary>The index-th generated profile, built afresh: allocates one profile per call, like a generator reading rows.</summary>
    public static OliProfile FreshProfile(int index) => OliCombination((int)(Mix(index) & 4095));

    public static OliProfile[] OliBatch() => [.. Enumerable.Range(0, Batch).Select(GeneratedProfile)];

    public static TransactionCostProfile[] TransactionCostBatch() => [.. Enumerable.Range(0, Batch).Select(i =>
    {
        var h = Mix(i);
        return new TransactionCostProfile
        {
            AssetSpecificity = Strengths[h & 3], ExternalUncertainty = Strengths[(h >> 2) & 3], InternalUncertainty = Strengths[(h >> 4) & 3],
            Frequency = Strengths[(h >> 6) & 3], FreeRidingPotential = Strengths[(h >> 8) & 3],
        };
    })];

    public static GenericStrategyProfile[] GenericStrategyBatch() => [.. Enumerable.Range(0, Batch).Select(i =>
    {
        var h = Mix(i);
        return new GenericStrategyProfile
        {
            CostAdvantage = Strengths[h & 3], Differentiation = Strengths[(h >> 2) & 3], Scope = (h & 16) == 0 ? CompetitiveScope.Broad : CompetitiveScope.Narrow,
            Localization = Strengths[(h >> 5) & 3], StrategicPartnership = Strengths[(h >> 7) & 3],
        };
    })];

    public static VrioProfile[] VrioBatch() => [.. Enumerable.Range(0, Batch).Select(i =>
    {
        // Mostly yes, so the verdict reads past the first question as often as a real resource list would.
        var h = Mix(i);
        return new VrioProfile
        {
            Resource = "resource",
            Valuable = YesUnless(h, 0), Rare = YesUnless(h, 3), CostlyToImitate = YesUnless(h, 6), Organized = YesUnless(h, 9),
        };
    })];

    public static NetworkProfile[] NetworkBatch() => [.. Enumerable.Range(0, Batch).Select(i => new NetworkProfile
    {
        Firm = (Mix(i) & 1) == 0 ? InternationalizationDegree.Low : InternationalizationDegree.High,
        Market = (Mix(i) & 2) == 0 ? InternationalizationDegree.Low : InternationalizationDegree.High,
    })];

    public static UppsalaProfile[] UppsalaBatch()
    {
        EntryMode[] modes = [.. Enum.GetValues<EntryMode>().Where(m => m != EntryMode.Unspecified)];
        return [.. Enumerable.Range(0, Batch).Select(i =>
        {
            var h = Mix(i);
            return new UppsalaProfile { Entries = [.. Enumerable.Range(0, 1 + (int)(h % 5)).Select(k => new DatedEntry(2000 + k * 3, modes[(h >> (k * 4)) % (uint)modes.Length]))] };
        })];
    }

    public static DriversProfile[] DriversBatch()
    {
        DriverKind[] kinds = [.. DriverCatalog.Drivers];
        return [.. Enumerable.Range(0, Batch).Select(i =>
        {
            var h = Mix(i);
            return new DriversProfile { Drivers = [.. kinds.Select((k, n) => new DriverInput(k, Strengths[(h >> n) & 3]))] };
        })];
    }

    public static BornGlobalProfile[] BornGlobalBatch()
    {
        SuccessFeature[] features = [.. Enum.GetValues<SuccessFeature>().Where(f => f != SuccessFeature.Unspecified)];
        return [.. Enumerable.Range(0, Batch).Select(i =>
        {
            var h = Mix(i);
            var founded = 1990 + (int)(h % 25);
            return new BornGlobalProfile
            {
                FoundedYear = founded,
                FirstForeignSaleYear = Observation.Known(founded + (int)((h >> 5) % 8)),
                ForeignSalesSharePercent = Observation.Known((h >> 8) % 1000 / 10m),
                ValueChainCoordination = (h & 1) == 0 ? ValueChainCoordination.Few : ValueChainCoordination.Many,
                CountriesInvolved = Observation.Known(1 + (int)((h >> 12) % 20)),
                SuccessFeatures = [.. features.Select((f, n) => new SuccessFeatureRating(f, Strengths[(h >> (n * 2)) & 3]))],
            };
        })];
    }

    public static (ServingRoute Route, ControlLevel Control)[] EntryModeBatch()
    {
        ServingRoute[] routes = [ServingRoute.ForeignDirectInvestment, ServingRoute.Export, ServingRoute.ContractualResourceTransfer, ServingRoute.None];
        ControlLevel[] controls = [ControlLevel.Low, ControlLevel.Intermediate, ControlLevel.High];
        return [.. Enumerable.Range(0, Batch).Select(i => (routes[Mix(i) & 3], controls[(Mix(i) >> 2) % 3]))];
    }

    private static Rated<Judgment> YesUnless(uint h, int bit) => ((h >> bit) & 7) == 0 ? Judgment.No : Judgment.Yes;

    private static OliProfile OliCombination(int index) => new()
    {
        AssetOwnership = Strengths[index & 3],
        TransactionOwnership = Strengths[(index >> 2) & 3],
        InstitutionalOwnership = Strengths[(index >> 4) & 3],
        Network = Strengths[(index >> 6) & 3],
        Location = Strengths[(index >> 8) & 3],
        Internalization = Strengths[(index >> 10) & 3],
    };

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(Data).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
