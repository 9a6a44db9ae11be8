namespace StrategyModel.Oli;

/// <summary>How many screened profiles Dunning's matrix sent down each route: the result of <see cref="OliScreening.Screen"/>.</summary>
/// <remarks>Counts only; the screened profiles are never kept. Equal results have equal counts.</remarks>
public sealed record OliScreeningResult
{
    /// <summary>Gets the number of profiles screened.</summary>
    public required long Total { get; init; }

    /// <summary>Gets the number of profiles routed to <see cref="ServingRoute.ForeignDirectInvestment"/>.</summary>
    public required long ForeignDirectInvestment { get; init; }

    /// <summary>Gets the number of profiles routed to <see cref="ServingRoute.Export"/>.</summary>
    public required long Export { get; init; }

    /// <summary>Gets the number of profiles routed to <see cref="ServingRoute.ContractualResourceTransfer"/>.</summary>
    public required long ContractualResourceTransfer { get; init; }

    /// <summary>Gets the number of profiles routed to <see cref="ServingRoute.None"/>.</summary>
    public required long None { get; init; }

    /// <summary>Returns the number of profiles routed to <paramref name="route"/>.</summary>
    /// <param name="route">A route the evaluator produces.</param>
    /// <returns>The count for that route.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="route"/> is <see cref="ServingRoute.Unspecified"/> or undefined.</exception>
    public long Count(ServingRoute route) => route switch
    {
        ServingRoute.ForeignDirectInvestment => ForeignDirectInvestment,
        ServingRoute.Export => Export,
        ServingRoute.ContractualResourceTransfer => ContractualResourceTransfer,
        ServingRoute.None => None,
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "route must be a defined ServingRoute other than Unspecified."),
    };
}
