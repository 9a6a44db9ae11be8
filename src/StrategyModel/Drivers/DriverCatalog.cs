using System.Collections.Immutable;

namespace StrategyModel.Drivers;

/// <summary>The category, the thesis's label and the Gerschewski, Rose &amp; Lindsay (2015) counterpart of every <see cref="DriverKind"/>.</summary>
/// <remarks>
/// <para>Labels are the thesis's wording (Wang 2018, section 2.6 and Table 2). The thesis uses "Government regulation and
/// policies" for both the home-market and the host-market driver; the two kinds share the label and differ by category.</para>
/// <para>Gerschewski et al.'s (2015) drivers of born globals' international performance are international entrepreneurial
/// orientation, learning orientation, market orientation, product/service quality, network relationships, business strategies
/// and host-market environment (<see cref="GerschewskiDrivers"/>). A kind's counterpart is the one of these it refines; it is
/// <see langword="null"/> for the kinds the thesis added (the firm's resources, the home-market block and the entry modes).
/// The three orientations have no counterpart among the thesis's kinds. <see cref="DriverKind.InternationalPerformance"/>
/// maps to the outcome of Gerschewski et al.'s model: it is kept in the enum (and in <see cref="All"/>) for the thesis's Figure 2,
/// but it is not a driver, so <see cref="Drivers"/> leaves it out and the evaluator reads it only as
/// <see cref="DriversProfile.Performance"/>. Gerschewski, Rose &amp; Lindsay, Journal of World Business 50(3), 2015 (online 2014).</para>
/// <para>The class is stateless and thread-safe.</para>
/// </remarks>
public static class DriverCatalog
{
    /// <summary>Gets every kind other than <see cref="DriverKind.Unspecified"/>, in enum order.</summary>
    public static ImmutableArray<DriverKind> All { get; } = [.. Enum.GetValues<DriverKind>().Where(k => k != DriverKind.Unspecified).Order()];

    /// <summary>Gets every driver: every kind other than <see cref="DriverKind.Unspecified"/> and the outcome <see cref="DriverKind.InternationalPerformance"/>, in enum order.</summary>
    public static ImmutableArray<DriverKind> Drivers { get; } = [.. All.Where(k => !IsOutcome(k))];

    /// <summary>Gets Gerschewski, Rose &amp; Lindsay's (2015) seven drivers of international performance, in their order.</summary>
    public static ImmutableArray<string> GerschewskiDrivers { get; } =
    [
        "International entrepreneurial orientation",
        "Learning orientation",
        "Market orientation",
        "Product/service quality",
        "Network relationships",
        "Business strategies",
        "Host market environment",
    ];

    /// <summary>Returns whether a kind is the framework's outcome rather than a driver.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> only for <see cref="DriverKind.InternationalPerformance"/>.</returns>
    public static bool IsOutcome(DriverKind kind) => kind == DriverKind.InternationalPerformance;

    /// <summary>Returns the block of the framework a kind belongs to.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="DriverKind.Unspecified"/> or undefined.</exception>
    public static DriverCategory CategoryOf(DriverKind kind) => kind switch
    {
        >= DriverKind.BusinessEcosystemModel and <= DriverKind.ProductServiceQuality => DriverCategory.Internal,
        >= DriverKind.NicheDomesticMarket and <= DriverKind.HomeGovernmentPolicy => DriverCategory.HomeMarket,
        DriverKind.MarketAttractiveness or DriverKind.HostGovernmentPolicy => DriverCategory.InternationalOpportunity,
        >= DriverKind.CostLeadership and <= DriverKind.PartnershipEntry => DriverCategory.StrategyAndEntryMode,
        DriverKind.InternationalPerformance => DriverCategory.Performance,
        _ => throw Undefined(kind),
    };

    /// <summary>Returns the thesis's wording for a kind, such as "Entrepreneur's network and experience".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="DriverKind.Unspecified"/> or undefined.</exception>
    public static string LabelOf(DriverKind kind) => kind switch
    {
        DriverKind.BusinessEcosystemModel => "Business ecosystem model",
        DriverKind.UniqueTechnology => "Unique technology",
        DriverKind.StrongBrand => "Strong brand",
        DriverKind.EntrepreneurNetworkAndExperience => "Entrepreneur's network and experience",
        DriverKind.ProductServiceQuality => "Product/Service quality",
        DriverKind.NicheDomesticMarket => "The niche domestic market",
        DriverKind.HomeCompetition => "Competition",
        DriverKind.HomeGovernmentPolicy => "Government regulation and policies",
        DriverKind.MarketAttractiveness => "Market attractiveness",
        DriverKind.HostGovernmentPolicy => "Government regulation and policies",
        DriverKind.CostLeadership => "Cost leadership",
        DriverKind.Differentiation => "Differentiation",
        DriverKind.Localization => "Localization",
        DriverKind.StrategicPartnership => "Strategic partnership",
        DriverKind.DirectHolding => "Direct holding",
        DriverKind.OwnSubsidiary => "Own subsidiary",
        DriverKind.PartnershipEntry => "Partnership",
        DriverKind.InternationalPerformance => "International performance",
        _ => throw Undefined(kind),
    };

    /// <summary>Returns the Gerschewski et al. (2015) driver a kind refines, or <see langword="null"/> when the thesis added the kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>One of <see cref="GerschewskiDrivers"/>, "International performance" for the outcome, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="DriverKind.Unspecified"/> or undefined.</exception>
    public static string? GerschewskiCounterpartOf(DriverKind kind) => kind switch
    {
        DriverKind.ProductServiceQuality => "Product/service quality",
        DriverKind.EntrepreneurNetworkAndExperience => "Network relationships",
        DriverKind.MarketAttractiveness or DriverKind.HostGovernmentPolicy => "Host market environment",
        DriverKind.CostLeadership or DriverKind.Differentiation or DriverKind.Localization or DriverKind.StrategicPartnership => "Business strategies",
        DriverKind.InternationalPerformance => "International performance",
        _ when kind != DriverKind.Unspecified && Enum.IsDefined(kind) => null,
        _ => throw Undefined(kind),
    };

    /// <summary>Returns the stable rule id of a kind's finding, <c>drivers.</c> followed by the kind's name in kebab case.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>For example <c>drivers.entrepreneur-network-and-experience</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="DriverKind.Unspecified"/> or undefined.</exception>
    public static string RuleIdOf(DriverKind kind) => kind switch
    {
        DriverKind.BusinessEcosystemModel => "drivers.business-ecosystem-model",
        DriverKind.UniqueTechnology => "drivers.unique-technology",
        DriverKind.StrongBrand => "drivers.strong-brand",
        DriverKind.EntrepreneurNetworkAndExperience => "drivers.entrepreneur-network-and-experience",
        DriverKind.ProductServiceQuality => "drivers.product-service-quality",
        DriverKind.NicheDomesticMarket => "drivers.niche-domestic-market",
        DriverKind.HomeCompetition => "drivers.home-competition",
        DriverKind.HomeGovernmentPolicy => "drivers.home-government-policy",
        DriverKind.MarketAttractiveness => "drivers.market-attractiveness",
        DriverKind.HostGovernmentPolicy => "drivers.host-government-policy",
        DriverKind.CostLeadership => "drivers.cost-leadership",
        DriverKind.Differentiation => "drivers.differentiation",
        DriverKind.Localization => "drivers.localization",
        DriverKind.StrategicPartnership => "drivers.strategic-partnership",
        DriverKind.DirectHolding => "drivers.direct-holding",
        DriverKind.OwnSubsidiary => "drivers.own-subsidiary",
        DriverKind.PartnershipEntry => "drivers.partnership-entry",
        DriverKind.InternationalPerformance => "drivers.international-performance",
        _ => throw Undefined(kind),
    };

    private static ArgumentOutOfRangeException Undefined(DriverKind kind) =>
        new(nameof(kind), kind, "kind must be a defined DriverKind other than Unspecified.");
}
