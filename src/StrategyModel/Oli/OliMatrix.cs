namespace StrategyModel.Oli;

/// <summary>Dunning's decision matrix as a pure function of which conditions hold.</summary>
/// <remarks>
/// <para>Dunning (1981, p. 79) reads the conditions in order: ownership, then internalization, then location.</para>
/// <list type="table">
/// <listheader><term>O, I, L</term><description>route</description></listheader>
/// <item><term>yes, yes, yes</term><description><see cref="ServingRoute.ForeignDirectInvestment"/></description></item>
/// <item><term>yes, yes, no</term><description><see cref="ServingRoute.Export"/></description></item>
/// <item><term>yes, no, any</term><description><see cref="ServingRoute.ContractualResourceTransfer"/></description></item>
/// <item><term>no, any, any</term><description><see cref="ServingRoute.None"/></description></item>
/// </list>
/// <para>The library pins one convention where popular summaries contradict themselves: with O held and I absent the route is
/// contractual transfer whether or not L holds. Dunning's table lists it with L absent; the textbooks read O + L without I as
/// licensing to a foreign producer. Both readings give the same route.</para>
/// <para><see cref="NetworkVariant"/> adds Singh &amp; Kundu's (2002) reading of a route when the network advantage holds.</para>
/// </remarks>
public static class OliMatrix
{
    /// <summary>Returns the route Dunning's matrix selects for the conditions that hold.</summary>
    /// <param name="ownership">Whether the ownership condition holds.</param>
    /// <param name="internalization">Whether the internalization condition holds.</param>
    /// <param name="location">Whether the location condition holds.</param>
    /// <returns>The route of serving the foreign market.</returns>
    public static ServingRoute Route(bool ownership, bool internalization, bool location) =>
        !ownership ? ServingRoute.None
        : !internalization ? ServingRoute.ContractualResourceTransfer
        : location ? ServingRoute.ForeignDirectInvestment
        : ServingRoute.Export;

    /// <summary>Returns the condition whose value decided the route.</summary>
    /// <param name="route">A route returned by <see cref="Route"/>.</param>
    /// <returns>Ownership for <see cref="ServingRoute.None"/>, internalization for contractual transfer, location for export and FDI.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="route"/> is not a defined route.</exception>
    public static OliCondition DecidingCondition(ServingRoute route) => route switch
    {
        ServingRoute.None => OliCondition.Ownership,
        ServingRoute.ContractualResourceTransfer => OliCondition.Internalization,
        ServingRoute.Export or ServingRoute.ForeignDirectInvestment => OliCondition.Location,
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown route."),
    };

    /// <summary>Returns how a network advantage changes the reading of a route (Singh &amp; Kundu 2002): the N-OLI variant.</summary>
    /// <param name="route">A route returned by <see cref="Route"/>.</param>
    /// <param name="network">Whether the network advantage holds as a condition of its own.</param>
    /// <returns><see cref="NetworkRouteVariant.None"/> when N does not hold or the route is <see cref="ServingRoute.None"/>; otherwise
    /// <see cref="NetworkRouteVariant.LocalPlatformOrchestration"/> for FDI, <see cref="NetworkRouteVariant.CrossBorderPlatformWithLocalPartners"/>
    /// for export and <see cref="NetworkRouteVariant.PartnerNetworkOrchestration"/> for contractual transfer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="route"/> is not a defined route.</exception>
    public static NetworkRouteVariant NetworkVariant(ServingRoute route, bool network) => route switch
    {
        ServingRoute.None => NetworkRouteVariant.None,
        ServingRoute.ForeignDirectInvestment => network ? NetworkRouteVariant.LocalPlatformOrchestration : NetworkRouteVariant.None,
        ServingRoute.Export => network ? NetworkRouteVariant.CrossBorderPlatformWithLocalPartners : NetworkRouteVariant.None,
        ServingRoute.ContractualResourceTransfer => network ? NetworkRouteVariant.PartnerNetworkOrchestration : NetworkRouteVariant.None,
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown route."),
    };
}
