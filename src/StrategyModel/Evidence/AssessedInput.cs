namespace StrategyModel.Evidence;

/// <summary>A framework input an analyst assessment can rate.</summary>
/// <remarks>The scope and allowed values of each input are listed in docs/case-format.md. Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md).</remarks>
public enum AssessedInput
{
    /// <summary>Not set; the case loader never produces it.</summary>
    Unspecified = 0,

    /// <summary>Dunning's asset ownership advantage (Oa) of a firm. Wire name <c>ownership-asset</c>.</summary>
    OwnershipAsset = 1,

    /// <summary>Dunning's transaction ownership advantage (Ot) of a firm. Wire name <c>ownership-transaction</c>.</summary>
    OwnershipTransaction = 2,

    /// <summary>Dunning's institutional ownership advantage (Oi) of a firm. Wire name <c>ownership-institutional</c>.</summary>
    OwnershipInstitutional = 3,

    /// <summary>The network advantage (N) of N-OLI of a firm. Wire name <c>network-advantage</c>.</summary>
    NetworkAdvantage = 4,

    /// <summary>The location advantage (L) of a host market for a firm. Wire name <c>location</c>.</summary>
    Location = 5,

    /// <summary>The internalization advantage (I) of a firm in a host market. Wire name <c>internalization</c>.</summary>
    Internalization = 6,

    /// <summary>Asset specificity of a firm's transactions in a market (transaction-cost economics). Wire name <c>asset-specificity</c>.</summary>
    AssetSpecificity = 7,

    /// <summary>External uncertainty a firm faces in a market. Wire name <c>external-uncertainty</c>.</summary>
    ExternalUncertainty = 8,

    /// <summary>Internal (behavioural) uncertainty a firm faces in a market. Wire name <c>internal-uncertainty</c>.</summary>
    InternalUncertainty = 9,

    /// <summary>Frequency of a firm's transactions in a market. Wire name <c>transaction-frequency</c>.</summary>
    TransactionFrequency = 10,

    /// <summary>Potential for partners to free-ride on a firm's brand in a market. Wire name <c>free-riding-potential</c>.</summary>
    FreeRidingPotential = 11,

    /// <summary>A firm's cost advantage in a market (Porter). Wire name <c>cost-advantage</c>.</summary>
    CostAdvantage = 12,

    /// <summary>A firm's differentiation in a market (Porter). Wire name <c>differentiation</c>.</summary>
    Differentiation = 13,

    /// <summary>A firm's localization in a market. Wire name <c>localization</c>.</summary>
    Localization = 14,

    /// <summary>A firm's strategic partnerships in a market. Wire name <c>strategic-partnership</c>.</summary>
    StrategicPartnership = 15,

    /// <summary>A firm's competitive scope in a market (Porter): broad or narrow. Wire name <c>competitive-scope</c>.</summary>
    CompetitiveScope = 16,

    /// <summary>A firm's degree of internationalization (Johanson and Mattsson): low or high. Wire name <c>firm-internationalization</c>.</summary>
    FirmInternationalization = 17,

    /// <summary>A market's degree of internationalization (Johanson and Mattsson): low or high. Wire name <c>market-internationalization</c>.</summary>
    MarketInternationalization = 18,

    /// <summary>How many value-chain activities a firm coordinates across borders: few or many. Wire name <c>value-chain-coordination</c>.</summary>
    ValueChainCoordination = 19,

    /// <summary>Whether a resource of a firm is valuable (VRIO). Wire name <c>vrio-valuable</c>.</summary>
    VrioValuable = 20,

    /// <summary>Whether a resource of a firm is rare (VRIO). Wire name <c>vrio-rare</c>.</summary>
    VrioRare = 21,

    /// <summary>Whether a resource of a firm is costly to imitate (VRIO). Wire name <c>vrio-inimitable</c>.</summary>
    VrioInimitable = 22,

    /// <summary>Whether a firm is organized to exploit a resource (VRIO). Wire name <c>vrio-organized</c>.</summary>
    VrioOrganized = 23,

    /// <summary>The demand side of a host market for a firm: whether it is worth serving at all (market size, growth, online
    /// adoption). Kept apart from <see cref="Location"/>, which is the advantage of operating in the market rather than serving it
    /// from home (Dunning 1980, 1988). Wire name <c>market-attractiveness</c>.</summary>
    MarketAttractiveness = 24,

    /// <summary>Country-specific advantages (CSAs) a firm draws on, such as home-state ties or home-country programmes, kept apart
    /// from its firm-specific ownership advantages (Rugman &amp; Verbeke 1992). Wire name <c>country-specific-advantage</c>.</summary>
    CountrySpecificAdvantage = 25,

    /// <summary>One driver of internationalization of a firm (Gerschewski, Rose &amp; Lindsay 2015; the thesis's Figure 2); the
    /// rating names the driver. Wire name <c>driver</c>.</summary>
    Driver = 26,

    /// <summary>One success feature of an international new venture (Oviatt &amp; McDougall 1995); the rating names the feature.
    /// Wire name <c>success-feature</c>.</summary>
    SuccessFeature = 27,

    /// <summary>The direction of a firm's international performance on a stated metric: an outcome, not a driver (Gerschewski,
    /// Rose &amp; Lindsay 2015). Wire name <c>international-performance</c>.</summary>
    InternationalPerformance = 28,
}
