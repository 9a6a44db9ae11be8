using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Oli;

/// <summary>The default <see cref="IOliEvaluator"/>: Dunning's OLI decision matrix with configurable thresholds, Singh &amp; Kundu's
/// network advantage as a condition of its own, and the demand side and country-specific advantages kept apart from the matrix.</summary>
/// <remarks>
/// <para>Sources: Dunning (1980, 1981, 1988); Dunning &amp; Lundan (2008) for institutional ownership advantages; Singh &amp; Kundu
/// (2002) for the network advantage of N-OLI; Rugman &amp; Verbeke (1992) for country-specific advantages; Dunning (1993) for
/// market-seeking.</para>
/// <para>The route is a function of O, I and L only (and of the attractiveness gate when a market is rated Absent): market
/// attractiveness never feeds L, so an attractive market whose location advantage is weak is served by export.</para>
/// <para>The evaluator is immutable, pure and thread-safe: it holds a copy of its options and no other state, so evaluating a
/// profile once per candidate value of an undetermined input is exact and cheap (<see cref="DecideRoute"/> allocates nothing).</para>
/// </remarks>
public sealed class OliEvaluator : IOliEvaluator
{
    private const string Citation = "Dunning (1981, p. 79)";
    private const string SinghKundu = "Singh & Kundu (2002)";
    private readonly Strength ownershipThreshold;
    private readonly Strength internalizationThreshold;
    private readonly Strength locationThreshold;
    private readonly Strength networkThreshold;
    private readonly OliNetworkReading networkReading;
    private readonly bool gate;

    /// <summary>Creates an evaluator with the default options.</summary>
    public OliEvaluator()
        : this(new OliOptions())
    {
    }

    /// <summary>Creates an evaluator with the given options, copied at construction.</summary>
    /// <param name="options">The thresholds and readings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not Weak, Moderate or Strong, or the network reading is unspecified or undefined.</exception>
    public OliEvaluator(OliOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Guard.Threshold(options.OwnershipThreshold, nameof(options.OwnershipThreshold));
        Guard.Threshold(options.InternalizationThreshold, nameof(options.InternalizationThreshold));
        Guard.Threshold(options.LocationThreshold, nameof(options.LocationThreshold));
        Guard.Threshold(options.NetworkThreshold, nameof(options.NetworkThreshold));
        Guard.Defined(options.NetworkReading, nameof(options.NetworkReading));
        ownershipThreshold = options.OwnershipThreshold;
        internalizationThreshold = options.InternalizationThreshold;
        locationThreshold = options.LocationThreshold;
        networkThreshold = options.NetworkThreshold;
        networkReading = options.NetworkReading;
        gate = options.MarketAttractivenessGate;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is <see cref="Strength.Unspecified"/> or undefined.</exception>
    public ServingRoute DecideRoute(OliProfile profile)
    {
        ModelGuard.Model(profile);
        // The verdict path reads each input once into a local, validates it and decides: the same checks, in the same order,
        // as Evaluate's Validate, without building findings.
        ArgumentNullException.ThrowIfNull(profile);
        var asset = profile.AssetOwnership.Value;
        var transaction = profile.TransactionOwnership.Value;
        var institutional = profile.InstitutionalOwnership.Value;
        var network = profile.Network.Value;
        var location = profile.Location.Value;
        var internalization = profile.Internalization.Value;
        Guard.Defined(asset, nameof(profile.AssetOwnership));
        Guard.Defined(transaction, nameof(profile.TransactionOwnership));
        Guard.Defined(institutional, nameof(profile.InstitutionalOwnership));
        Guard.Defined(network, nameof(profile.Network));
        Guard.Defined(location, nameof(profile.Location));
        Guard.Defined(internalization, nameof(profile.Internalization));
        var notServed = NotServed(profile);
        if (profile.CountrySpecificAdvantage is { } csa)
        {
            Guard.Defined(csa.Value, nameof(profile.CountrySpecificAdvantage));
        }

        if (notServed)
        {
            return ServingRoute.None;
        }

        var ownership = asset >= ownershipThreshold || transaction >= ownershipThreshold || institutional >= ownershipThreshold
            || (networkReading == OliNetworkReading.OwnershipComponent && network >= ownershipThreshold);
        return OliMatrix.Route(ownership, internalization >= internalizationThreshold, location >= locationThreshold);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is <see cref="Strength.Unspecified"/> or undefined.</exception>
    public OliAssessment Evaluate(OliProfile profile)
    {
        ModelGuard.Model(profile);
        Validate(profile);
        var countNetwork = networkReading == OliNetworkReading.OwnershipComponent;
        var strongest = StrongestOwnership(profile, countNetwork);
        var o = strongest >= ownershipThreshold;
        var i = profile.Internalization.Value >= internalizationThreshold;
        var l = profile.Location.Value >= locationThreshold;
        var n = networkReading == OliNetworkReading.DistinctAdvantage && profile.Network.Value >= networkThreshold;
        var notServed = NotServed(profile);
        var route = notServed ? ServingRoute.None : OliMatrix.Route(o, i, l);
        var deciding = notServed ? OliCondition.MarketAttractiveness : OliMatrix.DecidingCondition(route);
        var variant = OliMatrix.NetworkVariant(route, n);

        var findings = ImmutableArray.CreateBuilder<Finding>(9);
        if (profile.MarketAttractiveness is { } attractiveness)
        {
            findings.Add(AttractivenessFinding(attractiveness, notServed));
        }

        findings.Add(OwnershipFinding(profile, strongest, o, countNetwork));
        if (profile.CountrySpecificAdvantage is { } csa)
        {
            findings.Add(new Finding(
                "oli.country-specific-advantage",
                FindingOutcome.Note,
                Fmt($"The country-specific advantage ({csa.Value}: home-country policy, state ties, the home market's scale or inputs) is reported apart and not counted in O: it is open to every firm of the home country, not specific to this one."),
                Of(Input("country-specific-advantage", csa)),
                [],
                "Rugman & Verbeke (1992)"));
        }

        if (networkReading == OliNetworkReading.Excluded)
        {
            findings.Add(new Finding(
                "oli.network.excluded",
                FindingOutcome.Note,
                Fmt($"The network advantage ({profile.Network.Value}) is read but not used: NetworkReading is Excluded (Dunning's original OLI)."),
                Of(Input("network", profile.Network)),
                Of(Threshold("OliOptions.NetworkReading", networkReading)),
                SinghKundu));
        }

        findings.Add(new Finding(
            "oli.condition.internalization",
            MetOrNot(i),
            Fmt($"Internalization {(i ? "holds" : "does not hold")}: {profile.Internalization.Value} is {(i ? "at least" : "below")} the threshold {internalizationThreshold}."),
            Of(Input("internalization", profile.Internalization)),
            Of(Threshold("OliOptions.InternalizationThreshold", internalizationThreshold)),
            Citation));
        findings.Add(new Finding(
            "oli.condition.location",
            MetOrNot(l),
            Fmt($"Location {(l ? "holds" : "does not hold")}: the advantage of operating in the host market rather than serving it from home is {profile.Location.Value}, {(l ? "at least" : "below")} the threshold {locationThreshold}."),
            Of(Input("location", profile.Location)),
            Of(Threshold("OliOptions.LocationThreshold", locationThreshold)),
            "Dunning (1980, 1981, 1988)"));
        if (networkReading == OliNetworkReading.DistinctAdvantage)
        {
            findings.Add(new Finding(
                "oli.condition.network",
                MetOrNot(n),
                n
                    ? Fmt($"The network advantage holds as a condition of its own: {profile.Network.Value} is at least the threshold {networkThreshold}. It does not decide the route; it changes how the route is carried out.")
                    : Fmt($"The network advantage does not hold: {profile.Network.Value} is below the threshold {networkThreshold}. The route is read as in Dunning's OLI."),
                Of(Input("network", profile.Network)),
                Of(Threshold("OliOptions.NetworkThreshold", networkThreshold), Threshold("OliOptions.NetworkReading", networkReading)),
                SinghKundu));
        }

        findings.Add(RouteFinding(route, notServed, o, i, l));
        if (variant != NetworkRouteVariant.None)
        {
            var (id, sentence) = variant switch
            {
                NetworkRouteVariant.LocalPlatformOrchestration => ("oli.n-oli.local-platform", "With the network advantage, FDI reads as acquiring or building a local platform and orchestrating its network of sellers, payment and logistics partners."),
                NetworkRouteVariant.CrossBorderPlatformWithLocalPartners => ("oli.n-oli.cross-border-platform", "With the network advantage, export reads as serving the market from the home platform across the border, with local complementor partners (payment, delivery, marketing) supporting it."),
                _ => ("oli.n-oli.partner-network", "With the network advantage, contractual transfer reads as orchestrating the network through partners who operate it locally under contract."),
            };
            findings.Add(new Finding(
                id,
                FindingOutcome.Decided,
                sentence,
                Of(Input("route", route.ToString()), Input("network", profile.Network)),
                Of(Threshold("OliOptions.NetworkReading", networkReading)),
                SinghKundu));
        }

        return new OliAssessment
        {
            Route = route,
            OwnershipMet = o,
            InternalizationMet = i,
            LocationMet = l,
            DecidingCondition = deciding,
            NetworkMet = n,
            NetworkVariant = variant,
            MarketNotServed = notServed,
            Summary = notServed
                ? Fmt($"Route: {route} (decided by {deciding}: the market's attractiveness is Absent; O {MetText(o)}, I {MetText(i)}, L {MetText(l)}).")
                : variant != NetworkRouteVariant.None
                    ? Fmt($"Route: {route}, read as {variant} (decided by {deciding}; O {MetText(o)}, I {MetText(i)}, L {MetText(l)}, N met).")
                    : Fmt($"Route: {route} (decided by {deciding}; O {MetText(o)}, I {MetText(i)}, L {MetText(l)})."),
            Findings = findings.ToImmutable(),
        };
    }

    private static string MetText(bool met) => met ? "met" : "not met";

    private bool NotServed(OliProfile profile)
    {
        if (profile.MarketAttractiveness is not { } attractiveness)
        {
            return false;
        }

        Guard.Defined(attractiveness.Value, nameof(profile.MarketAttractiveness));
        return gate && attractiveness.Value == Strength.Absent;
    }

    private Finding AttractivenessFinding(Rated<Strength> attractiveness, bool notServed)
    {
        var thresholds = Of(Threshold("OliOptions.MarketAttractivenessGate", gate));
        var inputs = Of(Input("market-attractiveness", attractiveness));
        const string Source = "Dunning (1993)";
        if (notServed)
        {
            return new Finding(
                "oli.market-attractiveness",
                FindingOutcome.NotMet,
                "The market's attractiveness is Absent: there is no demand worth serving, so the market is not served (MarketAttractivenessGate is on), whatever O, I and L say.",
                inputs,
                thresholds,
                Source);
        }

        return attractiveness.Value == Strength.Absent
            ? new Finding(
                "oli.market-attractiveness",
                FindingOutcome.Note,
                "The market's attractiveness is Absent, but MarketAttractivenessGate is off: the route is read from O, I and L alone.",
                inputs,
                thresholds,
                Source)
            : new Finding(
                "oli.market-attractiveness",
                FindingOutcome.Met,
                Fmt($"The market's attractiveness is {attractiveness.Value}: a reason to serve it at all (market-seeking). It is not a location advantage and does not choose between export and FDI."),
                inputs,
                thresholds,
                Source);
    }

    private Finding OwnershipFinding(OliProfile profile, Strength strongest, bool o, bool countNetwork)
    {
        var inputs = ImmutableArray.CreateBuilder<FindingInput>(5);
        inputs.Add(Input("ownership.asset", profile.AssetOwnership));
        inputs.Add(Input("ownership.transaction", profile.TransactionOwnership));
        inputs.Add(Input("ownership.institutional", profile.InstitutionalOwnership));
        if (countNetwork)
        {
            inputs.Add(Input("network", profile.Network));
        }

        var rivals = profile.Rivals;
        if (!rivals.IsEmpty)
        {
            inputs.Add(Input("ownership.rivals", string.Join(", ", rivals)));
        }

        var kinds = countNetwork ? " (Oa, Ot, Oi or N)" : " (Oa, Ot or Oi)";
        var against = rivals.IsEmpty
            ? string.Empty
            : Fmt($" The ownership ratings are net of the named local rivals ({string.Join(", ", rivals)}): advantages over them, not in the abstract.");
        var sentence = o
            ? Fmt($"Ownership holds: the strongest ownership advantage{kinds} is {strongest}, at least the threshold {ownershipThreshold}.{against}")
            : Fmt($"Ownership does not hold: the strongest ownership advantage{kinds} is {strongest}, below the threshold {ownershipThreshold}.{against}");
        var source = rivals.IsEmpty ? "Dunning (1981, 1988); Dunning & Lundan (2008)" : "Dunning (1981, 1988: net ownership advantages); Dunning & Lundan (2008)";
        return new Finding(
            "oli.condition.ownership",
            MetOrNot(o),
            sentence,
            inputs.ToImmutable(),
            Of(Threshold("OliOptions.OwnershipThreshold", ownershipThreshold), Threshold("OliOptions.NetworkReading", networkReading)),
            countNetwork ? source + "; " + SinghKundu : source);
    }

    private static Finding RouteFinding(ServingRoute route, bool notServed, bool o, bool i, bool l)
    {
        var (ruleId, sentence) = notServed
            ? ("oli.route.not-served", "The market is not served: its attractiveness is Absent, so there is no demand to seek, whatever O, I and L say.")
            : route switch
            {
                ServingRoute.ForeignDirectInvestment => ("oli.route.fdi", "Ownership, internalization and location all hold: serve the market by foreign direct investment (subsidiary, acquisition or joint venture)."),
                ServingRoute.Export => ("oli.route.export", "Ownership and internalization hold but location does not: the favoured place to add value is home, so serve the market by exporting, cross-border e-commerce included."),
                ServingRoute.ContractualResourceTransfer => ("oli.route.contractual", l
                    ? "Ownership holds but internalization does not: transfer the advantage by contract (licensing, franchising); with location present the textbooks read this as licensing to a foreign producer."
                    : "Ownership holds but internalization does not: transfer the advantage by contract (licensing, franchising)."),
                _ => ("oli.route.none", "No ownership advantage meets the threshold: the firm has nothing to exploit abroad, whatever internalization and location say."),
            };
        return new Finding(
            ruleId,
            FindingOutcome.Decided,
            sentence,
            Of(Input("condition.ownership", MetText(o)), Input("condition.internalization", MetText(i)), Input("condition.location", MetText(l))),
            [],
            notServed ? "Dunning (1993)" : Citation);
    }

    private static Strength StrongestOwnership(OliProfile profile, bool countNetwork)
    {
        var max = profile.AssetOwnership.Value;
        if (profile.TransactionOwnership.Value > max)
        {
            max = profile.TransactionOwnership.Value;
        }

        if (profile.InstitutionalOwnership.Value > max)
        {
            max = profile.InstitutionalOwnership.Value;
        }

        if (countNetwork && profile.Network.Value > max)
        {
            max = profile.Network.Value;
        }

        return max;
    }

    private static void Validate(OliProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Guard.Defined(profile.AssetOwnership.Value, nameof(profile.AssetOwnership));
        Guard.Defined(profile.TransactionOwnership.Value, nameof(profile.TransactionOwnership));
        Guard.Defined(profile.InstitutionalOwnership.Value, nameof(profile.InstitutionalOwnership));
        Guard.Defined(profile.Network.Value, nameof(profile.Network));
        Guard.Defined(profile.Location.Value, nameof(profile.Location));
        Guard.Defined(profile.Internalization.Value, nameof(profile.Internalization));
        if (profile.MarketAttractiveness is { } attractiveness)
        {
            Guard.Defined(attractiveness.Value, nameof(profile.MarketAttractiveness));
        }

        if (profile.CountrySpecificAdvantage is { } csa)
        {
            Guard.Defined(csa.Value, nameof(profile.CountrySpecificAdvantage));
        }
    }
}
