using System.Collections.Concurrent;
using StrategyModel.Oli;

namespace StrategyModel.Tests.Oli;

public sealed class OliScreeningTests
{
    private static readonly OliEvaluator Evaluator = new();

    /// <summary>A deterministic, well-mixed profile for each index: each of the six inputs is a base-4 digit of a hash of the index.</summary>
    internal static OliProfile ProfileAt(int index)
    {
        var h = (uint)index * 2654435761u;
        h ^= h >> 15;
        return FromDigits(h);
    }

    /// <summary>The index-th of the 4^6 = 4,096 distinct profiles (digits of the index in base 4).</summary>
    private static OliProfile Combination(int index) => FromDigits((uint)index);

    private static OliProfile FromDigits(uint h) => new()
    {
        AssetOwnership = (Strength)((h & 3) + 1),
        TransactionOwnership = (Strength)(((h >> 2) & 3) + 1),
        InstitutionalOwnership = (Strength)(((h >> 4) & 3) + 1),
        Network = (Strength)(((h >> 6) & 3) + 1),
        Location = (Strength)(((h >> 8) & 3) + 1),
        Internalization = (Strength)(((h >> 10) & 3) + 1),
    };

    [Fact]
    public void Screen_EveryCombination_CountsFollowDunningsMatrix()
    {
        // Default thresholds (Moderate) with N its own condition (Singh & Kundu 2002; it never decides the route): O fails only when
        // all three ownership inputs are Absent or Weak, (2/4)^3 = 1/8 of 4,096 = 512; of the 3,584 with O, half lack I (contractual
        // transfer); of the 1,792 with O and I, half have L (FDI).
        var result = OliScreening.Screen(4096, Combination, Evaluator);

        result.Should().Be(new OliScreeningResult { Total = 4096, None = 512, ContractualResourceTransfer = 1792, ForeignDirectInvestment = 896, Export = 896 });

        // N read as an ownership component (the pre-2026-12 default): O fails only when all four are Absent or Weak, 1/16 = 256.
        var folded = OliScreening.Screen(4096, Combination, new OliEvaluator(new OliOptions { NetworkReading = OliNetworkReading.OwnershipComponent }));

        folded.Should().Be(new OliScreeningResult { Total = 4096, None = 256, ContractualResourceTransfer = 1920, ForeignDirectInvestment = 960, Export = 960 });
    }

    [Fact]
    public void Screen_QuarterMillionGeneratedProfiles_EqualsSequentialLoop()
    {
        const int count = 250_000;
        var expected = new long[5];
        for (var i = 0; i < count; i++)
        {
            expected[(int)Evaluator.DecideRoute(ProfileAt(i))]++;
        }

        var result = OliScreening.Screen(count, ProfileAt, Evaluator);

        result.Total.Should().Be(count);
        foreach (var route in new[] { ServingRoute.ForeignDirectInvestment, ServingRoute.Export, ServingRoute.ContractualResourceTransfer, ServingRoute.None })
        {
            result.Count(route).Should().Be(expected[(int)route], route.ToString());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Screen_AnyDegreeOfParallelism_GivesTheSameResult(int degree)
    {
        var options = new OliOptions { NetworkReading = OliNetworkReading.Excluded, LocationThreshold = Strength.Strong };
        var evaluator = new OliEvaluator(options);

        var all = OliScreening.Screen(100_000, ProfileAt, evaluator);
        var limited = OliScreening.Screen(100_000, ProfileAt, evaluator, degree);

        limited.Should().Be(all);
        (all.ForeignDirectInvestment + all.Export + all.ContractualResourceTransfer + all.None).Should().Be(100_000);
    }

    [Fact]
    public void Screen_SeveralCores_RunsOnMoreThanOneThread()
    {
        if (Environment.ProcessorCount < 2)
        {
            return;
        }

        var threads = new ConcurrentDictionary<int, bool>();
        using var second = new ManualResetEventSlim();
        OliProfile Blocking(int i)
        {
            threads.TryAdd(Environment.CurrentManagedThreadId, true);
            if (threads.Count > 1)
            {
                second.Set();
            }

            // The first worker waits (up to 10 s) until another joins, so a single-threaded screen fails instead of passing by luck.
            second.Wait(TimeSpan.FromSeconds(10));
            return ProfileAt(i);
        }

        OliScreening.Screen(100_000, Blocking, Evaluator);

        threads.Count.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Screen_ZeroCount_ReturnsZeroes() =>
        OliScreening.Screen(0, _ => throw new InvalidOperationException("not called"), Evaluator)
            .Should().Be(new OliScreeningResult { Total = 0, None = 0, ContractualResourceTransfer = 0, ForeignDirectInvestment = 0, Export = 0 });

    [Fact]
    public void Screen_BadArguments_Throw()
    {
        FluentActions.Invoking(() => OliScreening.Screen(-1, ProfileAt, Evaluator)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OliScreening.Screen(1, null!, Evaluator)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OliScreening.Screen(1, ProfileAt, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OliScreening.Screen(1, ProfileAt, Evaluator, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OliScreening.Screen(1, ProfileAt, Evaluator, -2)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Screen_UnspecifiedInput_ThrowsAggregateOfTheEvaluatorsException()
    {
        var act = () => OliScreening.Screen(10_000, i => i == 7_777 ? ProfileAt(i) with { Location = Strength.Unspecified } : ProfileAt(i), Evaluator);

        act.Should().Throw<AggregateException>().WithInnerException<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Screen_EvaluatorReturnsUndefinedRoute_ThrowsInvalidOperation()
    {
        var act = () => OliScreening.Screen(10, ProfileAt, new FixedRoute((ServingRoute)99));

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Count_EachRoute_ReturnsItsProperty()
    {
        var result = new OliScreeningResult { Total = 10, ForeignDirectInvestment = 1, Export = 2, ContractualResourceTransfer = 3, None = 4 };

        result.Count(ServingRoute.ForeignDirectInvestment).Should().Be(1);
        result.Count(ServingRoute.Export).Should().Be(2);
        result.Count(ServingRoute.ContractualResourceTransfer).Should().Be(3);
        result.Count(ServingRoute.None).Should().Be(4);
        FluentActions.Invoking(() => result.Count(ServingRoute.Unspecified)).Should().Throw<ArgumentOutOfRangeException>();
    }

    private sealed class FixedRoute(ServingRoute route) : IOliEvaluator
    {
        public ServingRoute DecideRoute(OliProfile profile) => route;

        public OliAssessment Evaluate(OliProfile profile) => throw new NotSupportedException();
    }
}
