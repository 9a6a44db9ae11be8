using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.TransactionCosts;

/// <summary>The default <see cref="ITransactionCostEvaluator"/>: Anderson &amp; Gatignon's (1986) propositions, summed and then clamped once.</summary>
/// <remarks>
/// <para>Steps, each a finding with a stable rule id:</para>
/// <list type="number">
/// <item><c>tce.asset-specificity</c>: highly transaction-specific assets (proprietary, tacit, customized) favour high control;
/// low specificity favours low control; medium gives intermediate control (Anderson &amp; Gatignon 1986; Williamson 1985). This is the
/// starting level: 1 (Low), 2 (Intermediate) or 3 (High).</item>
/// <item><c>tce.external-uncertainty</c>: high external uncertainty (country risk, volatility) lowers control by one level unless
/// assets are highly specific.</item>
/// <item><c>tce.internal-uncertainty</c>: under <see cref="InternalUncertaintyReading.SocioculturalDistance"/> (the default), high internal
/// uncertainty lowers control by one level unless assets are highly specific, a resource-commitment argument (Anderson &amp; Gatignon
/// 1986); under <see cref="InternalUncertaintyReading.PerformanceAmbiguity"/> it raises control by one level unless assets are of low
/// specificity (Williamson 1985).</item>
/// <item><c>tce.free-riding</c>: high potential for free riding on the firm's brand or know-how raises control by one level.</item>
/// <item><c>tce.frequency</c>: frequent, recurrent transactions between the parties raise control by one level when assets are not of
/// low specificity (Williamson 1985: recurrent specific transactions justify hierarchy).</item>
/// <item><c>tce.net</c>: the starting level plus the steps, clamped once to <see cref="ControlLevel.Low"/> .. <see cref="ControlLevel.High"/>,
/// so the result does not depend on the order of the steps.</item>
/// <item><c>tce.ownership-cap</c>: a host-country cap on foreign ownership caps the level at <see cref="OwnershipControl.Ceiling"/>.</item>
/// </list>
/// <para>Control never falls when asset specificity, free riding or frequency rise, and never rises when external uncertainty rises;
/// internal uncertainty moves it down or up according to the reading. The evaluator is pure and thread-safe.</para>
/// <para>Secondary sources number Anderson &amp; Gatignon's propositions differently; the rule ids name them by content.</para>
/// </remarks>
public sealed class TransactionCostEvaluator : ITransactionCostEvaluator
{
    private const string AndersonGatignon = "Anderson & Gatignon (1986)";
    private readonly Strength high;
    private readonly Strength lowCeiling;
    private readonly InternalUncertaintyReading internalReading;
    private readonly OwnershipControl ownership;

    /// <summary>Creates an evaluator with the default options.</summary>
    public TransactionCostEvaluator()
        : this(new TransactionCostOptions())
    {
    }

    /// <summary>Creates an evaluator with the given options, copied at construction.</summary>
    /// <param name="options">Where low and high begin, and the readings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its <see cref="TransactionCostOptions.OwnershipControl"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="TransactionCostOptions.HighThreshold"/> is not Weak, Moderate or Strong, <see cref="TransactionCostOptions.LowCeiling"/> is <see cref="Strength.Unspecified"/> or undefined or not below <see cref="TransactionCostOptions.HighThreshold"/>, the internal-uncertainty reading is unspecified or undefined, or the ownership-control options are invalid.</exception>
    public TransactionCostEvaluator(TransactionCostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Guard.Threshold(options.HighThreshold, nameof(options.HighThreshold));
        Guard.Defined(options.LowCeiling, nameof(options.LowCeiling));
        if (options.LowCeiling >= options.HighThreshold)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "LowCeiling must be below HighThreshold.");
        }

        Guard.Defined(options.InternalUncertaintyReading, nameof(options.InternalUncertaintyReading));
        ArgumentNullException.ThrowIfNull(options.OwnershipControl, nameof(options.OwnershipControl));
        high = options.HighThreshold;
        lowCeiling = options.LowCeiling;
        internalReading = options.InternalUncertaintyReading;
        ownership = new OwnershipControl(options.OwnershipControl);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A driver is <see cref="Strength.Unspecified"/> or undefined, or the ownership cap is outside 0 to 100.</exception>
    public ControlLevel DecideControl(TransactionCostProfile profile) => Run(profile).Final;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A driver is <see cref="Strength.Unspecified"/> or undefined, or the ownership cap is outside 0 to 100.</exception>
    public TransactionCostAssessment Evaluate(TransactionCostProfile profile)
    {
        var s = Run(profile);
        var thresholds = Of(Threshold("TransactionCostOptions.HighThreshold", high), Threshold("TransactionCostOptions.LowCeiling", lowCeiling));
        var asInput = Input("asset-specificity", profile.AssetSpecificity);
        var findings = ImmutableArray.CreateBuilder<Finding>(7);

        findings.Add(new Finding(
            "tce.asset-specificity",
            FindingOutcome.Decided,
            s.SpecificityBand switch
            {
                Band.High => Fmt($"Highly transaction-specific assets ({profile.AssetSpecificity.Value}) favour high-control modes: start from High (3)."),
                Band.Low => Fmt($"Assets of low specificity ({profile.AssetSpecificity.Value}) need no safeguard of control: start from Low (1)."),
                _ => Fmt($"Assets of medium specificity ({profile.AssetSpecificity.Value}) call for intermediate control: start from Intermediate (2)."),
            },
            Of(asInput),
            thresholds,
            "Anderson & Gatignon (1986); Williamson (1985)"));

        findings.Add(new Finding(
            "tce.external-uncertainty",
            Outcome(s.External, s.ExternalHigh),
            !s.ExternalHigh
                ? Fmt($"External uncertainty ({profile.ExternalUncertainty.Value}) is not high: no step (running score {s.AfterExternal}).")
                : s.External == 0
                    ? Fmt($"External uncertainty is high ({profile.ExternalUncertainty.Value}) but assets are highly specific: no step, control guards them (running score {s.AfterExternal}).")
                    : Fmt($"External uncertainty is high ({profile.ExternalUncertainty.Value}) and assets are not highly specific: flexibility is worth more than control, -1 (running score {s.AfterExternal})."),
            Of(Input("external-uncertainty", profile.ExternalUncertainty), asInput),
            thresholds,
            AndersonGatignon));

        var performance = internalReading == InternalUncertaintyReading.PerformanceAmbiguity;
        findings.Add(new Finding(
            "tce.internal-uncertainty",
            Outcome(s.Internal, s.InternalHigh),
            !s.InternalHigh
                ? Fmt($"Internal uncertainty ({profile.InternalUncertainty.Value}) is not high: no step (running score {s.AfterInternal}).")
                : performance
                    ? s.Internal == 0
                        ? Fmt($"Internal uncertainty is high ({profile.InternalUncertainty.Value}), read as the difficulty of judging agents' performance, but assets are of low specificity: the market governs them, no step (running score {s.AfterInternal}).")
                        : Fmt($"Internal uncertainty is high ({profile.InternalUncertainty.Value}), read as the difficulty of judging agents' performance: integration economizes on monitoring, +1 (running score {s.AfterInternal}).")
                    : s.Internal == 0
                        ? Fmt($"Internal uncertainty is high ({profile.InternalUncertainty.Value}) but assets are highly specific: no step (running score {s.AfterInternal}).")
                        : Fmt($"Internal uncertainty is high ({profile.InternalUncertainty.Value}): an entrant unfamiliar with a distant market does better committing less, -1 (running score {s.AfterInternal}). This is a resource-commitment argument, not a transaction-cost one."),
            Of(Input("internal-uncertainty", profile.InternalUncertainty), asInput),
            thresholds.Add(Threshold("TransactionCostOptions.InternalUncertaintyReading", internalReading)),
            performance ? "Williamson (1985)" : AndersonGatignon));

        findings.Add(new Finding(
            "tce.free-riding",
            Outcome(s.FreeRiding, s.FreeRidingHigh),
            s.FreeRidingHigh
                ? Fmt($"Free-riding potential is high ({profile.FreeRidingPotential.Value}): more control protects the brand, +1 (running score {s.AfterFreeRiding}).")
                : Fmt($"Free-riding potential ({profile.FreeRidingPotential.Value}) is not high: no step (running score {s.AfterFreeRiding})."),
            Of(Input("free-riding-potential", profile.FreeRidingPotential)),
            thresholds,
            AndersonGatignon));

        findings.Add(new Finding(
            "tce.frequency",
            Outcome(s.Frequency, s.FrequencyHigh),
            !s.FrequencyHigh
                ? Fmt($"Recurrent transactions between the parties are not highly frequent ({profile.Frequency.Value}): no step (running score {s.Score}).")
                : s.Frequency == 0
                    ? Fmt($"Recurrent transactions between the parties are frequent ({profile.Frequency.Value}) but assets are of low specificity: the market governs them well, no step (running score {s.Score}).")
                    : Fmt($"Frequent recurrent transactions between the parties ({profile.Frequency.Value}) with specific assets justify hierarchy: +1 (running score {s.Score})."),
            Of(Input("frequency", profile.Frequency), asInput),
            thresholds,
            "Williamson (1985)"));

        findings.Add(new Finding(
            "tce.net",
            FindingOutcome.Decided,
            s.Score == (int)s.Clamped
                ? Fmt($"Start {s.Start} with the steps {Signed(s.External)}, {Signed(s.Internal)}, {Signed(s.FreeRiding)}, {Signed(s.Frequency)} gives {s.Score}: {s.Clamped} control.")
                : Fmt($"Start {s.Start} with the steps {Signed(s.External)}, {Signed(s.Internal)}, {Signed(s.FreeRiding)}, {Signed(s.Frequency)} gives {s.Score}, clamped once to {s.Clamped} control."),
            Of(Input("start", s.Start), Input("net", s.Score - s.Start)),
            [],
            "Anderson & Gatignon (1986); the sum-then-clamp arithmetic is the library's convention"));

        findings.Add(profile.ForeignOwnershipCapPercent is not { } cap
            ? new Finding(
                "tce.ownership-cap",
                FindingOutcome.NotMet,
                Fmt($"No host-country cap on foreign ownership: control stays {s.Final}."),
                [],
                [],
                AndersonGatignon)
            : new Finding(
                "tce.ownership-cap",
                s.Final < s.Clamped ? FindingOutcome.Decided : FindingOutcome.Met,
                s.Final < s.Clamped
                    ? Fmt($"The host country caps foreign ownership at {Percent(cap)}%, which allows at most {s.Ceiling} control: {s.Clamped} -> {s.Final}.")
                    : Fmt($"The host country caps foreign ownership at {Percent(cap)}%, which allows up to {s.Ceiling} control: {s.Final} stays."),
                Of(new FindingInput("foreign-ownership-cap-percent", Percent(cap), [])),
                [],
                AndersonGatignon));

        return new TransactionCostAssessment
        {
            Control = s.Final,
            Summary = Fmt($"Degree of control: {s.Final}."),
            Findings = findings.ToImmutable(),
        };
    }

    private static string Percent(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Signed(int step) => step switch
    {
        > 0 => Fmt($"+{step}"),
        < 0 => Fmt($"{step}"),
        _ => "0",
    };

    private static FindingOutcome Outcome(int step, bool high) => step != 0 ? FindingOutcome.Decided : MetOrNot(high);

    private Steps Run(TransactionCostProfile profile)
    {
        ModelGuard.Model(profile);
        Guard.Defined(profile.AssetSpecificity.Value, nameof(profile.AssetSpecificity));
        Guard.Defined(profile.ExternalUncertainty.Value, nameof(profile.ExternalUncertainty));
        Guard.Defined(profile.InternalUncertainty.Value, nameof(profile.InternalUncertainty));
        Guard.Defined(profile.Frequency.Value, nameof(profile.Frequency));
        Guard.Defined(profile.FreeRidingPotential.Value, nameof(profile.FreeRidingPotential));
        if (profile.ForeignOwnershipCapPercent is { } cap && cap is < 0m or > 100m)
        {
            throw Guard.OutOfRange(nameof(profile.ForeignOwnershipCapPercent), cap, "ForeignOwnershipCapPercent must be between 0 and 100.");
        }

        var s = default(Steps);
        s.SpecificityBand = BandOf(profile.AssetSpecificity.Value);
        s.Start = s.SpecificityBand switch { Band.High => 3, Band.Low => 1, _ => 2 };

        s.ExternalHigh = profile.ExternalUncertainty.Value >= high;
        s.External = s.ExternalHigh && s.SpecificityBand != Band.High ? -1 : 0;
        s.AfterExternal = s.Start + s.External;

        s.InternalHigh = profile.InternalUncertainty.Value >= high;
        s.Internal = !s.InternalHigh ? 0
            : internalReading == InternalUncertaintyReading.PerformanceAmbiguity ? (s.SpecificityBand != Band.Low ? 1 : 0)
            : s.SpecificityBand != Band.High ? -1 : 0;
        s.AfterInternal = s.AfterExternal + s.Internal;

        s.FreeRidingHigh = profile.FreeRidingPotential.Value >= high;
        s.FreeRiding = s.FreeRidingHigh ? 1 : 0;
        s.AfterFreeRiding = s.AfterInternal + s.FreeRiding;

        s.FrequencyHigh = profile.Frequency.Value >= high;
        s.Frequency = s.FrequencyHigh && s.SpecificityBand != Band.Low ? 1 : 0;
        s.Score = s.AfterFreeRiding + s.Frequency;

        s.Clamped = (ControlLevel)Math.Clamp(s.Score, (int)ControlLevel.Low, (int)ControlLevel.High);
        s.Ceiling = profile.ForeignOwnershipCapPercent is { } c ? ownership.Ceiling(c) : ControlLevel.High;
        s.Final = s.Clamped > s.Ceiling ? s.Ceiling : s.Clamped;
        return s;
    }

    private Band BandOf(Strength value) => value >= high ? Band.High : value <= lowCeiling ? Band.Low : Band.Medium;

    private enum Band
    {
        Low,
        Medium,
        High,
    }

    private struct Steps
    {
        public Band SpecificityBand;
        public int Start;
        public bool ExternalHigh;
        public int External;
        public int AfterExternal;
        public bool InternalHigh;
        public int Internal;
        public int AfterInternal;
        public bool FreeRidingHigh;
        public int FreeRiding;
        public int AfterFreeRiding;
        public bool FrequencyHigh;
        public int Frequency;
        public int Score;
        public ControlLevel Clamped;
        public ControlLevel Ceiling;
        public ControlLevel Final;
    }
}
