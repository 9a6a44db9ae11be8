using StrategyModel.Evidence;

namespace StrategyModel.Cases;

/// <summary>The entering firm's equity stake in an entry's operation from a date on (51% in 2016, 83% in 2017).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StakeChange
{
    /// <summary>Gets the date from which the stake holds.</summary>
    public required YearMonth Date { get; init; }

    /// <summary>Gets the economic interest, in percent (0 to 100).</summary>
    public required decimal Percent { get; init; }

    /// <summary>Gets how exactly the source states <see cref="Percent"/> (<see cref="ValueBound.Unspecified"/> when it does not say; read as exact).</summary>
    public ValueBound Bound { get; init; }

    /// <summary>Gets the voting interest, in percent (0 to 100), when it differs from the economic one; otherwise <see langword="null"/>.</summary>
    public decimal? VotingPercent { get; init; }
}
