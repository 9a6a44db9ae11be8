namespace StrategyModel.Evidence;

/// <summary>What a fact is evidence of.</summary>
/// <remarks>The topics are grouped in docs/case-format.md: firm and platform, ownership advantages and internal drivers, home market (push), host market (pull), policy and strategy. Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md).</remarks>
public enum FactTopic
{
    /// <summary>Not set; the case loader never produces it.</summary>
    Unspecified = 0,

    /// <summary>When, where and by whom the firm was founded. Wire name <c>founding</c>.</summary>
    Founding = 1,

    /// <summary>A business unit of the firm. Wire name <c>business-unit</c>.</summary>
    BusinessUnit = 2,

    /// <summary>What the firm's platform offers. Wire name <c>platform-features</c>.</summary>
    PlatformFeatures = 3,

    /// <summary>How goods, money or information flow through the platform. Wire name <c>platform-flow</c>.</summary>
    PlatformFlow = 4,

    /// <summary>The firm's size: users, sellers, orders, revenue. Wire name <c>scale</c>.</summary>
    Scale = 5,

    /// <summary>How many or which countries the firm serves. Wire name <c>countries-served</c>.</summary>
    CountriesServed = 6,

    /// <summary>The share of sales made abroad. Wire name <c>foreign-sales-share</c>.</summary>
    ForeignSalesShare = 7,

    /// <summary>Financial or operating performance. Wire name <c>performance</c>.</summary>
    Performance = 8,

    /// <summary>A dated event in the firm's history. Wire name <c>timeline</c>.</summary>
    Timeline = 9,

    /// <summary>The firm's ecosystem of connected businesses (an ownership advantage or internal driver). Wire name <c>ecosystem-model</c>.</summary>
    EcosystemModel = 10,

    /// <summary>The firm's technology (an ownership advantage or internal driver). Wire name <c>technology</c>.</summary>
    Technology = 11,

    /// <summary>The firm's brand (an ownership advantage or internal driver). Wire name <c>brand</c>.</summary>
    Brand = 12,

    /// <summary>The network of entrepreneurs and merchants around the firm. Wire name <c>entrepreneur-network</c>.</summary>
    EntrepreneurNetwork = 13,

    /// <summary>The quality of the firm's service. Wire name <c>service-quality</c>.</summary>
    ServiceQuality = 14,

    /// <summary>The firm's governance and management. Wire name <c>governance</c>.</summary>
    Governance = 15,

    /// <summary>Advantages the firm draws from its network of partners (N in N-OLI). Wire name <c>network-advantage</c>.</summary>
    NetworkAdvantage = 16,

    /// <summary>The founders' or managers' global vision. Wire name <c>global-vision</c>.</summary>
    GlobalVision = 17,

    /// <summary>The firm's or its managers' international experience. Wire name <c>international-experience</c>.</summary>
    InternationalExperience = 18,

    /// <summary>The firm's innovation. Wire name <c>innovation</c>.</summary>
    Innovation = 19,

    /// <summary>Saturation of the home market (a push factor). Wire name <c>home-saturation</c>.</summary>
    HomeSaturation = 20,

    /// <summary>Competition in the home market (a push factor). Wire name <c>home-competition</c>.</summary>
    HomeCompetition = 21,

    /// <summary>Home-government policy encouraging outward investment (a push factor). Wire name <c>home-policy</c>.</summary>
    HomePolicy = 22,

    /// <summary>The size of a host market (a pull factor). Wire name <c>market-size</c>.</summary>
    MarketSize = 23,

    /// <summary>Internet penetration in a host market. Wire name <c>internet-penetration</c>.</summary>
    InternetPenetration = 24,

    /// <summary>Growth of internet users in a host market. Wire name <c>internet-user-growth</c>.</summary>
    InternetUserGrowth = 25,

    /// <summary>Growth of online shopping in a host market. Wire name <c>online-shopping-growth</c>.</summary>
    OnlineShoppingGrowth = 26,

    /// <summary>What customers in a host market prefer. Wire name <c>customer-preference</c>.</summary>
    CustomerPreference = 27,

    /// <summary>Price sensitivity of customers in a host market. Wire name <c>price-preference</c>.</summary>
    PricePreference = 28,

    /// <summary>Cultural proximity between home and a host market. Wire name <c>cultural-proximity</c>.</summary>
    CulturalProximity = 29,

    /// <summary>The share of young people in a host market. Wire name <c>young-population</c>.</summary>
    YoungPopulation = 30,

    /// <summary>Gaps in a host market's retail offer. Wire name <c>retail-gaps</c>.</summary>
    RetailGaps = 31,

    /// <summary>Gaps in a host market's infrastructure (payment, logistics). Wire name <c>infrastructure-gaps</c>.</summary>
    InfrastructureGaps = 32,

    /// <summary>Political, economic or legal risk of a host market. Wire name <c>country-risk</c>.</summary>
    CountryRisk = 33,

    /// <summary>Competition in a host market. Wire name <c>market-competition</c>.</summary>
    MarketCompetition = 34,

    /// <summary>A firm's share of a host market. Wire name <c>market-share</c>.</summary>
    MarketShare = 35,

    /// <summary>Regulation in a host market. Wire name <c>host-regulation</c>.</summary>
    HostRegulation = 36,

    /// <summary>Cooperation between home and host governments. Wire name <c>intergovernmental-cooperation</c>.</summary>
    IntergovernmentalCooperation = 37,

    /// <summary>The Belt and Road Initiative as it concerns a host market. Wire name <c>belt-and-road</c>.</summary>
    BeltAndRoad = 38,

    /// <summary>Cross-border cooperation agreements, such as customs or trade facilitation. Wire name <c>cross-border-cooperation</c>.</summary>
    CrossBorderCooperation = 39,

    /// <summary>A transport corridor to or through a host market. Wire name <c>transport-corridor</c>.</summary>
    TransportCorridor = 40,

    /// <summary>A cost-leadership strategy. Wire name <c>cost-leadership</c>.</summary>
    CostLeadership = 41,

    /// <summary>A differentiation strategy. Wire name <c>differentiation</c>.</summary>
    Differentiation = 42,

    /// <summary>Localization to a host market. Wire name <c>localization</c>.</summary>
    Localization = 43,

    /// <summary>A partnership strategy. Wire name <c>partnership</c>.</summary>
    Partnership = 44,

    /// <summary>Building an ecosystem in a host market. Wire name <c>ecosystem-building</c>.</summary>
    EcosystemBuilding = 45,

    /// <summary>Targeting cities by tier. Wire name <c>tier-cities</c>.</summary>
    TierCities = 46,

    /// <summary>Offline stores or presence. Wire name <c>offline-presence</c>.</summary>
    OfflinePresence = 47,

    /// <summary>Building infrastructure such as logistics or payment. Wire name <c>infrastructure-building</c>.</summary>
    InfrastructureBuilding = 48,

    /// <summary>Acquiring traffic or users. Wire name <c>traffic-acquisition</c>.</summary>
    TrafficAcquisition = 49,

    /// <summary>Transferring technology to a partner or host market. Wire name <c>technology-transfer</c>.</summary>
    TechnologyTransfer = 50,

    /// <summary>How and when the firm entered a market. Wire name <c>entry</c>.</summary>
    Entry = 51,

    /// <summary>The firm's first sale to a foreign customer (the start of its internationalization, for the born-global tests), dated
    /// by the fact's year. Wire name <c>first-foreign-sale</c>.</summary>
    FirstForeignSale = 52,
}
