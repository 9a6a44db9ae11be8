namespace StrategyModel.Oli;

/// <summary>How a network advantage (N) changes the reading of the route Dunning's matrix selects: the N-OLI variants after Singh &amp; Kundu (2002).</summary>
/// <remarks>
/// <para>Singh &amp; Kundu (2002) argue that an e-commerce firm with network-based advantages internationalizes fast and through
/// partners: it orchestrates a network of complementors rather than running a hierarchy, and its presence can be virtual. The
/// variant keeps the route (FDI, export or contractual transfer) and says how a network firm carries it out.
/// See <see cref="OliMatrix.NetworkVariant"/>. Values are stable and never renumbered.</para>
/// </remarks>
public enum NetworkRouteVariant
{
    /// <summary>Not set; never produced by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>No N-OLI variant applies: N does not hold, is not read as a condition of its own, or the route is <see cref="ServingRoute.None"/>.</summary>
    None = 1,

    /// <summary>FDI with N: acquire or build a local platform and orchestrate its network of sellers, payment and logistics partners.</summary>
    LocalPlatformOrchestration = 2,

    /// <summary>Export with N: serve the market from the home platform across the border, with local complementor partners (payment,
    /// delivery, marketing) supporting it.</summary>
    CrossBorderPlatformWithLocalPartners = 3,

    /// <summary>Contractual transfer with N: orchestrate the network through partners who operate it locally under contract.</summary>
    PartnerNetworkOrchestration = 4,
}
