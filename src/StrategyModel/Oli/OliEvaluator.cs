using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Oli;

/// <summary>The default <see cref="IOliEvaluator"/>: Dunning's OLI decision matrix with configurable thresholds.</summary>
/// <remarks>
/// <para>Sources: Dunning (1977, 1980, 1981, 1988, 2000); Singh &amp; Kundu (2002) for the network advantage of N-OLI.</para>
/// <para>The evaluator is immutable, pure and thread-safe: it holds a copy of its options and no other state.</para>
/// </remarks>
public sealed class OliEvaluator : IOliEvaluator
{
    private const string Citation = "Dunning (1981, p. 79)";
    private readonly Strength ownershipThreshold;
    private readonly Strength internalizationThreshold;
    private readonly Strength locationThreshold;
    private readonly bool countNetwork;

    /// <summary>Creates an evaluator with the default options.</summary>
    public OliEvaluator()
        : this(new OliOptions())
    {
    }

    /// <summary>Creates an evaluator with the given options, copied at construction.</summary>
    /// <param name="options">The thresholds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not Weak, Moderate or Strong.</exception>
    public OliEvaluator(OliOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Guard.Threshold(options.OwnershipThreshold, nameof(options.OwnershipThreshold));
        Guard.Threshold(options.InternalizationThreshold, nameof(options.InternalizationThreshold));
        Guard.Threshold(options.LocationThreshold, nameof(options.LocationThreshold));
        ownershipThreshold = options.OwnershipThreshold;
        internalizationThreshold = options.InternalizationThreshold;
        locationThreshold = options.LocationThreshold;
        countNetwork = options.CountNetworkAsOwnership;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is <see cref="Strength.Unspecified"/> or undefined.</exception>
    public ServingRoute DecideRoute(OliProfile profile)
    {
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
        var ownership = asset >= ownershipThreshold || transaction >= ownershipThreshold || institutional >= ownershipThreshold
            || (countNetwork && network >= ownershipThreshold);
        return OliMatrix.Route(ownership, internalization >= internalizationThreshold, location >= locationThreshold);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is <see cref="Strength.Unspecified"/> or undefined.</exception>
    public OliAssessment Evaluate(OliProfile profile)
    {
        Validate(profile);
        var strongest = StrongestOwnership(profile);
        var o = strongest >= ownershipThreshold;
        var i = profile.Internalization.Value >= internalizationThreshold;
        var l = profile.Location.Value >= locationThreshold;
        var route = OliMatrix.Route(o, i, l);
        var deciding = OliMatrix.DecidingCondition(route);

        var ownershipInputs = ImmutableArray.CreateBuilder<FindingInput>();
        ownershipInputs.Add(Input("ownership.asset", profile.AssetOwnership));
        ownershipInputs.Add(Input("ownership.transaction", profile.TransactionOwnership));
        ownershipInputs.Add(Input("ownership.institutional", profile.InstitutionalOwnership));
        if (countNetwork)
        {
            ownershipInputs.Add(Input("network", profile.Network));
        }

        var ownershipThresholds = Of(
            Threshold("OliOptions.OwnershipThreshold", ownershipThreshold),
            Threshold("OliOptions.CountNetworkAsOwnership", countNetwork));
        var findings = ImmutableArray.CreateBuilder<Finding>(5);
        findings.Add(new Finding(
            "oli.condition.ownership",
            MetOrNot(o),
            o
                ? Fmt($"Ownership holds: the strongest ownership advantage{(countNetwork ? " (Oa, Ot, Oi or N)" : " (Oa, Ot or Oi)")} is {strongest}, at least the threshold {ownershipThreshold}.")
                : Fmt($"Ownership does not hold: the strongest ownership advantage{(countNetwork ? " (Oa, Ot, Oi or N)" : " (Oa, Ot or Oi)")} is {strongest}, below the threshold {ownershipThreshold}."),
            ownershipInputs.ToImmutable(),
            ownershipThresholds,
            countNetwork ? "Dunning (1981, 2000); Singh & Kundu (2002)" : "Dunning (1981, 2000)"));
        if (!countNetwork)
        {
            findings.Add(new Finding(
                "oli.network.excluded",
                FindingOutcome.Note,
                Fmt($"The network advantage ({profile.Network.Value}) is not counted as ownership: CountNetworkAsOwnership is off (Dunning's original OLI)."),
                Of(Input("network", profile.Network)),
                Of(Threshold("OliOptions.CountNetworkAsOwnership", false)),
                "Singh & Kundu (2002)"));
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
            Fmt($"Location {(l ? "holds" : "does not hold")}: the host market's advantage {profile.Location.Value} is {(l ? "at least" : "below")} the threshold {locationThreshold}."),
            Of(Input("location", profile.Location)),
            Of(Threshold("OliOptions.LocationThreshold", locationThreshold)),
            Citation));

        var (ruleId, sentence) = route switch
        {
            ServingRoute.ForeignDirectInvestment => ("oli.route.fdi", "Ownership, internalization and location all hold: serve the market by foreign direct investment (subsidiary, acquisition or joint venture)."),
            ServingRoute.Export => ("oli.route.export", "Ownership and internalization hold but location does not: serve the market by exporting from home, cross-border e-commerce included."),
            ServingRoute.ContractualResourceTransfer => ("oli.route.contractual", l
                ? "Ownership holds but internalization does not: transfer the advantage by contract (licensing, franchising); with location present the textbooks read this as licensing to a foreign producer."
                : "Ownership holds but internalization does not: transfer the advantage by contract (licensing, franchising)."),
            _ => ("oli.route.none", "No ownership advantage meets the threshold: the firm has nothing to exploit abroad, whatever internalization and location say."),
        };
        findings.Add(new Finding(
            ruleId,
            FindingOutcome.Decided,
            sentence,
            Of(Input("condition.ownership", o ? "met" : "not met"), Input("condition.internalization", i ? "met" : "not met"), Input("condition.location", l ? "met" : "not met")),
            [],
            Citation));

        return new OliAssessment
        {
            Route = route,
            OwnershipMet = o,
            InternalizationMet = i,
            LocationMet = l,
            DecidingCondition = deciding,
            Summary = Fmt($"Route: {route} (decided by {deciding}; O {(o ? "met" : "not met")}, I {(i ? "met" : "not met")}, L {(l ? "met" : "not met")})."),
            Findings = findings.ToImmutable(),
        };
    }

    private Strength StrongestOwnership(OliProfile profile)
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
    }
}
