namespace StrategyModel.Oli;

/// <summary>Screens many firm-market profiles through an <see cref="IOliEvaluator"/> on every core and counts the routes, without collecting the profiles.</summary>
/// <remarks>
/// <para>Each profile is produced on demand by the caller's <c>profileAt(index)</c>, decided with the allocation-free
/// <see cref="IOliEvaluator.DecideRoute"/> and dropped: memory stays flat however many profiles are screened (per call the
/// screening itself allocates a fixed amount for its slices and counters, independent of the count). The index range is split
/// into a fixed number of contiguous slices, eight per worker, run in parallel with
/// <see cref="Parallel.For{TLocal}(int, int, ParallelOptions, Func{TLocal}, Func{int, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>,
/// each worker counting into its own counters, merged once per worker.</para>
/// <para>The result is deterministic: it is the same for any degree of parallelism and equals a sequential run, provided
/// <c>profileAt</c> is a pure function of the index and the evaluator is thread-safe (every evaluator of this library is).
/// Thread-safe: calls are independent.</para>
/// </remarks>
public static class OliScreening
{
    private const int SlicesPerWorker = 8;

    // One counter per route value; slot 0 (Unspecified) also collects any undefined route a custom evaluator returns.
    private const int RouteSlots = (int)ServingRoute.None + 1;

    /// <summary>Decides the route of <paramref name="count"/> profiles, <c>profileAt(0)</c> to <c>profileAt(count - 1)</c>, in parallel, and counts them per route.</summary>
    /// <param name="count">How many profiles to screen; 0 gives an empty result.</param>
    /// <param name="profileAt">Produces the profile at an index; called once per index, from several threads at once, so it must be thread-safe.</param>
    /// <param name="evaluator">The evaluator whose <see cref="IOliEvaluator.DecideRoute"/> decides each profile.</param>
    /// <param name="maxDegreeOfParallelism">The most threads used; -1 (the default) uses every core.</param>
    /// <returns>The number of profiles per route.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or <paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="profileAt"/> or <paramref name="evaluator"/> is null.</exception>
    /// <exception cref="AggregateException"><paramref name="profileAt"/> or the evaluator threw (for example, for a profile with an
    /// <see cref="Strength.Unspecified"/> input); the inner exceptions are theirs.</exception>
    /// <exception cref="InvalidOperationException">The evaluator returned <see cref="ServingRoute.Unspecified"/> or an undefined route.</exception>
    public static OliScreeningResult Screen(int count, Func<int, OliProfile> profileAt, IOliEvaluator evaluator, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(profileAt);
        ArgumentNullException.ThrowIfNull(evaluator);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "maxDegreeOfParallelism must be positive, or -1 for every core.");
        }

        var totals = new long[RouteSlots];
        if (count > 0)
        {
            // A fixed number of contiguous slices (a few per worker, for balance) whatever the count, so the bookkeeping allocated
            // per call does not grow with the number of profiles.
            var workers = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
            var slices = (int)Math.Min(count, Math.Max(1L, (long)workers * SlicesPerWorker));
            Parallel.For(
                0,
                slices,
                new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
                () => new long[RouteSlots],
                (slice, _, local) =>
                {
                    var end = (int)((slice + 1L) * count / slices);
                    for (var i = (int)((long)slice * count / slices); i < end; i++)
                    {
                        var route = (uint)evaluator.DecideRoute(profileAt(i));
                        local[route < RouteSlots ? route : 0]++;
                    }

                    return local;
                },
                local =>
                {
                    for (var r = 0; r < local.Length; r++)
                    {
                        Interlocked.Add(ref totals[r], local[r]);
                    }
                });
        }

        return Result(count, totals);
    }

    private static OliScreeningResult Result(long total, long[] counts)
    {
        if (counts[(int)ServingRoute.Unspecified] != 0)
        {
            throw new InvalidOperationException("The evaluator returned ServingRoute.Unspecified or an undefined route, which no cell of Dunning's matrix is.");
        }

        return new OliScreeningResult
        {
            Total = total,
            ForeignDirectInvestment = counts[(int)ServingRoute.ForeignDirectInvestment],
            Export = counts[(int)ServingRoute.Export],
            ContractualResourceTransfer = counts[(int)ServingRoute.ContractualResourceTransfer],
            None = counts[(int)ServingRoute.None],
        };
    }
}
