using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.TransactionCosts;

/// <summary>The default <see cref="ITransactionCostEvaluator"/>: Anderson &amp; Gatignon's (1986) propositions applied in a fixed order.</summary>
/// <remarks>
/// <para>Steps, each a finding with a stable rule id:</para>
/// <list type="number">
/// <item><c>tce.asset-specificity</c>: highly transaction-specific assets (proprietary, tacit, customized) favour high control;
/// low specificity favours low control; medium gives intermediate control (Anderson &amp; Gatignon 1986; Williamson 1985).</item>
/// <item><c>tce.external-uncertainty</c>: high external uncertainty (country risk, volatility) lowers control by one level unless
/// assets are highly specific, where control stays high.</item>
/// <item><c>tce.internal-uncertainty</c>: high internal uncertainty (unfamiliarity, sociocultural distance) lowers control by one
/// level unless assets are highly specific.</item>
/// <item><c>tce.free-riding</c>: high potential for free riding on the firm's brand or know-how raises control by one level.</item>
/// <item><c>tce.frequency</c>: frequent, recurrent transactions raise control by one level when assets are not of low
/// specificity (Williamson 1985: recurrent specific transactions justify hierarchy).</item>
/// </list>
/// <para>Control is clamped to <see cref="ControlLevel.Low"/> .. <see cref="ControlLevel.High"/>. Control never falls when asset
/// specificity, free riding or frequency rise, and never rises when either uncertainty rises. The evaluator is pure and thread-safe.</para>
/// <para>Secondary sources number Anderson &amp; Gatignon's propositions differently; the rule ids name them by content.</para>
/// </remarks>
public sealed class TransactionCostEvaluator : ITransactionCostEvaluator
{
    private const string AndersonGatignon = "Anderson & Gatignon (1986)";
    private readonly Strength high;
    private readonly Strength lowCeiling;

    /// <summary>Creates an evaluator with the default options.</summary>
    public TransactionCostEvaluator()
        : this(new TransactionCostOptions())
    {
    }

    /// <summary>Creates an evaluator with the given options, copied at construction.</summary>
    /// <param name="options">Where low and high begin.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="TransactionCostOptions.HighThreshold"/> is not Weak, Moderate or Strong, <see cref="TransactionCostOptions.LowCeiling"/> is <see cref="Strength.Unspecified"/> or undefined, or <see cref="TransactionCostOptions.LowCeiling"/> is not below <see cref="TransactionCostOptions.HighThreshold"/>.</exception>
    public TransactionCostEvaluator(TransactionCostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Guard.Threshold(options.HighThreshold, nameof(options.HighThreshold));
        Guard.Defined(options.LowCeiling, nameof(options.LowCeiling));
        if (options.LowCeiling >= options.HighThreshold)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "LowCeiling must be below HighThreshold.");
        }

        high = options.HighThreshold;
        lowCeiling = options.LowCeiling;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A driver is <see cref="Strength.Unspecified"/> or undefined.</exception>
    public ControlLevel DecideControl(TransactionCostProfile profile) => Run(profile).Final;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A driver is <see cref="Strength.Unspecified"/> or undefined.</exception>
    public TransactionCostAssessment Evaluate(TransactionCostProfile profile)
    {
        var s = Run(profile);
        var thresholds = Of(Threshold("TransactionCostOptions.HighThreshold", high), Threshold("TransactionCostOptions.LowCeiling", lowCeiling));
        var asInput = Input("asset-specificity", profile.AssetSpecificity);
        var findings = ImmutableArray.CreateBuilder<Finding>(5);

        findings.Add(new Finding(
            "tce.asset-specificity",
            FindingOutcome.Decided,
            s.SpecificityBand switch
            {
                Band.High => Fmt($"Highly transaction-specific assets ({profile.AssetSpecificity.Value}) favour high-control modes: start from High."),
                Band.Low => Fmt($"Assets of low specificity ({profile.AssetSpecificity.Value}) need no safeguard of control: start from Low."),
                _ => Fmt($"Assets of medium specificity ({profile.AssetSpecificity.Value}) call for intermediate control: start from Intermediate."),
            },
            Of(asInput),
            thresholds,
            "Anderson & Gatignon (1986); Williamson (1985)"));

        findings.Add(new Finding(
            "tce.external-uncertainty",
            s.ExternalApplied ? FindingOutcome.Decided : MetOrNot(s.ExternalHigh),
            !s.ExternalHigh
                ? Fmt($"External uncertainty ({profile.ExternalUncertainty.Value}) is not high: control stays {s.AfterSpecificity}.")
                : s.SpecificityBand == Band.High
                    ? Fmt($"External uncertainty is high ({profile.ExternalUncertainty.Value}) but assets are highly specific: control stays {s.AfterSpecificity} to guard them.")
                    : Fmt($"External uncertainty is high ({profile.ExternalUncertainty.Value}) and assets are not highly specific: flexibility is worth more than control, {s.AfterSpecificity} -> {s.AfterExternal}."),
            Of(Input("external-uncertainty", profile.ExternalUncertainty), asInput),
            thresholds,
            AndersonGatignon));

        findings.Add(new Finding(
            "tce.internal-uncertainty",
            s.InternalApplied ? FindingOutcome.Decided : MetOrNot(s.InternalHigh),
            !s.InternalHigh
                ? Fmt($"Internal uncertainty ({profile.InternalUncertainty.Value}) is not high: control stays {s.AfterExternal}.")
                : s.SpecificityBand == Band.High
                    ? Fmt($"Internal uncertainty is high ({profile.InternalUncertainty.Value}) but assets are highly specific: control stays {s.AfterExternal}.")
                    : Fmt($"Internal uncertainty is high ({profile.InternalUncertainty.Value}): an unfamiliar entrant does better with less control, {s.AfterExternal} -> {s.AfterInternal}."),
            Of(Input("internal-uncertainty", profile.InternalUncertainty), asInput),
            thresholds,
            AndersonGatignon));

        findings.Add(new Finding(
            "tce.free-riding",
            s.FreeRidingApplied ? FindingOutcome.Decided : MetOrNot(s.FreeRidingHigh),
            s.FreeRidingHigh
                ? Fmt($"Free-riding potential is high ({profile.FreeRidingPotential.Value}): more control protects the brand, {s.AfterInternal} -> {s.AfterFreeRiding}.")
                : Fmt($"Free-riding potential ({profile.FreeRidingPotential.Value}) is not high: control stays {s.AfterInternal}."),
            Of(Input("free-riding-potential", profile.FreeRidingPotential)),
            thresholds,
            AndersonGatignon));

        findings.Add(new Finding(
            "tce.frequency",
            s.FrequencyApplied ? FindingOutcome.Decided : MetOrNot(s.FrequencyHigh && s.SpecificityBand != Band.Low),
            !s.FrequencyHigh
                ? Fmt($"Transactions are not highly frequent ({profile.Frequency.Value}): control stays {s.AfterFreeRiding}.")
                : s.SpecificityBand == Band.Low
                    ? Fmt($"Transactions are frequent ({profile.Frequency.Value}) but assets are of low specificity: the market governs them well, control stays {s.AfterFreeRiding}.")
                    : Fmt($"Frequent transactions ({profile.Frequency.Value}) with specific assets justify hierarchy: {s.AfterFreeRiding} -> {s.Final}."),
            Of(Input("frequency", profile.Frequency), asInput),
            thresholds,
            "Williamson (1985)"));

        return new TransactionCostAssessment
        {
            Control = s.Final,
            Summary = Fmt($"Degree of control: {s.Final}."),
            Findings = findings.ToImmutable(),
        };
    }

    private Steps Run(TransactionCostProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Guard.Defined(profile.AssetSpecificity.Value, nameof(profile.AssetSpecificity));
        Guard.Defined(profile.ExternalUncertainty.Value, nameof(profile.ExternalUncertainty));
        Guard.Defined(profile.InternalUncertainty.Value, nameof(profile.InternalUncertainty));
        Guard.Defined(profile.Frequency.Value, nameof(profile.Frequency));
        Guard.Defined(profile.FreeRidingPotential.Value, nameof(profile.FreeRidingPotential));

        var s = default(Steps);
        s.SpecificityBand = BandOf(profile.AssetSpecificity.Value);
        s.AfterSpecificity = s.SpecificityBand switch { Band.High => ControlLevel.High, Band.Low => ControlLevel.Low, _ => ControlLevel.Intermediate };

        s.ExternalHigh = profile.ExternalUncertainty.Value >= high;
        s.ExternalApplied = s.ExternalHigh && s.SpecificityBand != Band.High && s.AfterSpecificity > ControlLevel.Low;
        s.AfterExternal = s.ExternalApplied ? s.AfterSpecificity - 1 : s.AfterSpecificity;

        s.InternalHigh = profile.InternalUncertainty.Value >= high;
        s.InternalApplied = s.InternalHigh && s.SpecificityBand != Band.High && s.AfterExternal > ControlLevel.Low;
        s.AfterInternal = s.InternalApplied ? s.AfterExternal - 1 : s.AfterExternal;

        s.FreeRidingHigh = profile.FreeRidingPotential.Value >= high;
        s.FreeRidingApplied = s.FreeRidingHigh && s.AfterInternal < ControlLevel.High;
        s.AfterFreeRiding = s.FreeRidingApplied ? s.AfterInternal + 1 : s.AfterInternal;

        s.FrequencyHigh = profile.Frequency.Value >= high;
        s.FrequencyApplied = s.FrequencyHigh && s.SpecificityBand != Band.Low && s.AfterFreeRiding < ControlLevel.High;
        s.Final = s.FrequencyApplied ? s.AfterFreeRiding + 1 : s.AfterFreeRiding;
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
        public ControlLevel AfterSpecificity;
        public bool ExternalHigh;
        public bool ExternalApplied;
        public ControlLevel AfterExternal;
        public bool InternalHigh;
        public bool InternalApplied;
        public ControlLevel AfterInternal;
        public bool FreeRidingHigh;
        public bool FreeRidingApplied;
        public ControlLevel AfterFreeRiding;
        public bool FrequencyHigh;
        public bool FrequencyApplied;
        public ControlLevel Final;
    }
}
