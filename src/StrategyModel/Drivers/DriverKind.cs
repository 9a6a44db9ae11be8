namespace StrategyModel.Drivers;

/// <summary>Each element of the thesis's research framework (Wang 2018, section 2.6, Figure 2).</summary>
/// <remarks>Values are stable and never renumbered. <see cref="DriverCatalog"/> holds each kind's category, label and Gerschewski counterpart.</remarks>
public enum DriverKind
{
    /// <summary>Not set; rejected by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>Internal: the business ecosystem model.</summary>
    BusinessEcosystemModel = 1,

    /// <summary>Internal: unique technology.</summary>
    UniqueTechnology = 2,

    /// <summary>Internal: a strong brand.</summary>
    StrongBrand = 3,

    /// <summary>Internal: the entrepreneur's (and top management team's) network and experience.</summary>
    EntrepreneurNetworkAndExperience = 4,

    /// <summary>Internal: product/service quality.</summary>
    ProductServiceQuality = 5,

    /// <summary>Home market: a niche (saturating) domestic market.</summary>
    NicheDomesticMarket = 6,

    /// <summary>Home market: competition at home.</summary>
    HomeCompetition = 7,

    /// <summary>Home market: government regulation and policies of the home country.</summary>
    HomeGovernmentPolicy = 8,

    /// <summary>International opportunity: the foreign market's attractiveness.</summary>
    MarketAttractiveness = 9,

    /// <summary>International opportunity: government regulation and policies of the host country, and the alliance of home and host.</summary>
    HostGovernmentPolicy = 10,

    /// <summary>Business strategy: cost leadership.</summary>
    CostLeadership = 11,

    /// <summary>Business strategy: differentiation.</summary>
    Differentiation = 12,

    /// <summary>Business strategy: localization.</summary>
    Localization = 13,

    /// <summary>Business strategy: strategic partnership.</summary>
    StrategicPartnership = 14,

    /// <summary>Entry mode: direct holding of local companies.</summary>
    DirectHolding = 15,

    /// <summary>Entry mode: launching its own subsidiary.</summary>
    OwnSubsidiary = 16,

    /// <summary>Entry mode: partnership with local companies.</summary>
    PartnershipEntry = 17,

    /// <summary>The outcome: international performance.</summary>
    InternationalPerformance = 18,
}
