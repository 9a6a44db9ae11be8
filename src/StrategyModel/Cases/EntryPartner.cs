namespace StrategyModel.Cases;

/// <summary>A partner in an entry (a joint venture may have several), with its share where the sources give it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EntryPartner
{
    /// <summary>Gets the id of the partner firm.</summary>
    public required string Firm { get; init; }

    /// <summary>Gets the partner's economic interest, in percent (0 to 100), or <see langword="null"/>.</summary>
    public decimal? Percent { get; init; }

    /// <summary>Gets the partner's voting interest, in percent (0 to 100), when it differs from the economic one; otherwise <see langword="null"/>.</summary>
    public decimal? VotingPercent { get; init; }
}
