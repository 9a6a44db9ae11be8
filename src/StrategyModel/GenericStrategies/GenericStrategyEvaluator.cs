using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.GenericStrategies;

/// <summary>The default <see cref="IGenericStrategyEvaluator"/>: Porter's grid with configurable thresholds, a reported hybrid and the thesis's two strategy elements.</summary>
/// <remarks>
/// <para>Rules, each a finding with a stable rule id, in this order:</para>
/// <list type="number">
/// <item><c>porter.cost-advantage</c> and <c>porter.differentiation</c> (Met/NotMet): the advantage is held when its strength is
/// at least <see cref="GenericStrategyOptions.AdvantageThreshold"/> (Porter 1980, ch. 2; 1985, ch. 1).</item>
/// <item><c>porter.scope</c> (Note): the competitive scope read from the profile.</item>
/// <item>exactly one of <c>porter.cell.cost-leadership</c>, <c>.differentiation</c>, <c>.cost-focus</c>, <c>.differentiation-focus</c>,
/// <c>.hybrid</c>, <c>.stuck-in-the-middle</c> (Decided), per <see cref="GenericStrategyMatrix"/>.</item>
/// <item>only for a hybrid, both readings as Notes, the preferred one first: <c>porter.hybrid.stuck-in-the-middle-warning</c>
/// (Porter 1980, ch. 2; 1985, ch. 1) and <c>porter.hybrid.integrated</c> (Hill 1988; Bowman &amp; Faulkner 1997).</item>
/// <item><c>porter.element.localization</c> and <c>porter.element.partnership</c> (Met/NotMet): the strategy elements Wang (2018)
/// reads beside Porter's cells, held when at least <see cref="GenericStrategyOptions.ElementThreshold"/>. They never change the cell.</item>
/// <item>only when <see cref="GenericStrategyProfile.StatedStrategy"/> is set, <c>porter.stated-strategy</c>: Met when the cell a
/// source states (for example the thesis's "cost leadership focus") is the evaluated cell, NotMet when it is not, naming the axis
/// that disagrees (scope, advantage or both). It never changes the cell.</item>
/// </list>
/// <para>The hybrid warning gives Porter's (1985, ch. 1) three conditions under which cost leadership and differentiation are
/// compatible: competitors are stuck in the middle; cost is strongly affected by share or interrelationships; the firm pioneers a
/// major innovation.</para>
/// <para>Raising an advantage never removes it from the held set. The evaluator is immutable, pure and thread-safe: it holds a
/// copy of its options and no other state.</para>
/// </remarks>
public sealed class GenericStrategyEvaluator : IGenericStrategyEvaluator
{
    private const string Porter = "Porter (1980, ch. 2; 1985, ch. 1)";
    private const string Integrated = "Hill (1988); Bowman & Faulkner (1997)";
    private const string Thesis = "Wang (2018, sections 2.6 and 3.5.3, Table 3)";
    private static readonly ImmutableArray<HybridReading> WarningFirst = [HybridReading.StuckInTheMiddleWarning, HybridReading.IntegratedStrategy];
    private static readonly ImmutableArray<HybridReading> IntegratedFirst = [HybridReading.IntegratedStrategy, HybridReading.StuckInTheMiddleWarning];
    private readonly Strength advantageThreshold;
    private readonly Strength elementThreshold;
    private readonly HybridReading preferred;

    /// <summary>Creates an evaluator with the default options.</summary>
    public GenericStrategyEvaluator()
        : this(new GenericStrategyOptions())
    {
    }

    /// <summary>Creates an evaluator with the given options, copied at construction.</summary>
    /// <param name="options">The thresholds and the preferred hybrid reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not Weak, Moderate or Strong, or the preferred reading is Unspecified or undefined.</exception>
    public GenericStrategyEvaluator(GenericStrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Guard.Threshold(options.AdvantageThreshold, nameof(options.AdvantageThreshold));
        Guard.Threshold(options.ElementThreshold, nameof(options.ElementThreshold));
        Guard.Defined(options.PreferredHybridReading, nameof(options.PreferredHybridReading));
        advantageThreshold = options.AdvantageThreshold;
        elementThreshold = options.ElementThreshold;
        preferred = options.PreferredHybridReading;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is <c>Unspecified</c> or undefined.</exception>
    public GenericStrategy DecideStrategy(GenericStrategyProfile profile)
    {
        ModelGuard.Model(profile);
        Validate(profile);
        return GenericStrategyMatrix.Strategy(
            profile.CostAdvantage.Value >= advantageThreshold, profile.Differentiation.Value >= advantageThreshold, profile.Scope.Value);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is <c>Unspecified</c> or undefined.</exception>
    public GenericStrategyAssessment Evaluate(GenericStrategyProfile profile)
    {
        ModelGuard.Model(profile);
        Validate(profile);
        var cost = profile.CostAdvantage.Value >= advantageThreshold;
        var diff = profile.Differentiation.Value >= advantageThreshold;
        var scope = profile.Scope.Value;
        var strategy = GenericStrategyMatrix.Strategy(cost, diff, scope);
        var localization = profile.Localization.Value >= elementThreshold;
        var partnership = profile.StrategicPartnership.Value >= elementThreshold;
        var advantageThresholds = Of(Threshold("GenericStrategyOptions.AdvantageThreshold", advantageThreshold));
        var elementThresholds = Of(Threshold("GenericStrategyOptions.ElementThreshold", elementThreshold));
        var costInput = Input("cost-advantage", profile.CostAdvantage);
        var diffInput = Input("differentiation", profile.Differentiation);
        var scopeInput = Input("scope", profile.Scope);

        var findings = ImmutableArray.CreateBuilder<Finding>(strategy == GenericStrategy.Hybrid ? 8 : 6);
        findings.Add(new Finding(
            "porter.cost-advantage",
            MetOrNot(cost),
            Fmt($"A cost advantage is {(cost ? "held" : "not held")}: {profile.CostAdvantage.Value} is {(cost ? "at least" : "below")} the threshold {advantageThreshold}."),
            Of(costInput),
            advantageThresholds,
            Porter));
        findings.Add(new Finding(
            "porter.differentiation",
            MetOrNot(diff),
            Fmt($"Differentiation is {(diff ? "held" : "not held")}: {profile.Differentiation.Value} is {(diff ? "at least" : "below")} the threshold {advantageThreshold}."),
            Of(diffInput),
            advantageThresholds,
            Porter));
        findings.Add(new Finding(
            "porter.scope",
            FindingOutcome.Note,
            scope == CompetitiveScope.Broad
                ? "The competitive scope is broad: the firm targets the industry across many segments."
                : "The competitive scope is narrow: the firm targets a segment (a buyer group, product line or geographic market).",
            Of(scopeInput),
            [],
            Porter));

        var cellInputs = Of(costInput, diffInput, scopeInput);
        var (ruleId, sentence, source) = strategy switch
        {
            GenericStrategy.CostLeadership => ("porter.cell.cost-leadership", "A cost advantage without differentiation across a broad scope: overall cost leadership.", Porter),
            GenericStrategy.Differentiation => ("porter.cell.differentiation", "Differentiation without a cost advantage across a broad scope: differentiation.", Porter),
            GenericStrategy.CostFocus => ("porter.cell.cost-focus", "A cost advantage without differentiation within a narrow segment: cost focus.", Porter),
            GenericStrategy.DifferentiationFocus => ("porter.cell.differentiation-focus", "Differentiation without a cost advantage within a narrow segment: differentiation focus.", Porter),
            GenericStrategy.Hybrid => ("porter.cell.hybrid", Fmt($"Both a cost advantage and differentiation are held ({ScopeWord(scope)} scope): a hybrid position, which the literature reads two ways (see the porter.hybrid findings)."), Porter + "; " + Integrated),
            _ => ("porter.cell.stuck-in-the-middle", Fmt($"Neither a cost advantage nor differentiation is held ({ScopeWord(scope)} scope): stuck in the middle, with no competitive advantage."), Porter),
        };
        findings.Add(new Finding(ruleId, FindingOutcome.Decided, sentence, cellInputs, advantageThresholds, source));

        var readings = ImmutableArray<HybridReading>.Empty;
        if (strategy == GenericStrategy.Hybrid)
        {
            readings = preferred == HybridReading.IntegratedStrategy ? IntegratedFirst : WarningFirst;
            var preferredThreshold = Of(Threshold("GenericStrategyOptions.PreferredHybridReading", preferred));
            foreach (var reading in readings)
            {
                findings.Add(reading == HybridReading.StuckInTheMiddleWarning
                    ? new Finding(
                        "porter.hybrid.stuck-in-the-middle-warning",
                        FindingOutcome.Note,
                        "Porter's warning: a firm that pursues cost leadership and differentiation at once risks achieving neither, because the two call for different investments, organization and culture. Porter (1985, ch. 1) names three conditions under which the two are compatible: competitors are stuck in the middle too; cost is strongly affected by share or interrelationships; or the firm pioneers a major innovation.",
                        cellInputs,
                        preferredThreshold,
                        Porter)
                    : new Finding(
                        "porter.hybrid.integrated",
                        FindingOutcome.Note,
                        "The integrated view: a deliberate combination of low cost and differentiation can be a sustainable position, for example when differentiation builds the volume that lowers cost (Hill 1988) or when the firm offers added value at a low price (the hybrid route of Bowman's strategy clock).",
                        cellInputs,
                        preferredThreshold,
                        Integrated));
            }
        }

        findings.Add(new Finding(
            "porter.element.localization",
            MetOrNot(localization),
            Fmt($"Localization (language, payment, logistics, local merchants) is {(localization ? "a strategy element" : "not a strategy element")}: {profile.Localization.Value} is {(localization ? "at least" : "below")} the threshold {elementThreshold}."),
            Of(Input("localization", profile.Localization)),
            elementThresholds,
            Thesis));
        findings.Add(new Finding(
            "porter.element.partnership",
            MetOrNot(partnership),
            Fmt($"Strategic partnership with local firms is {(partnership ? "a strategy element" : "not a strategy element")}: {profile.StrategicPartnership.Value} is {(partnership ? "at least" : "below")} the threshold {elementThreshold}."),
            Of(Input("strategic-partnership", profile.StrategicPartnership)),
            elementThresholds,
            Thesis));

        bool? agrees = null;
        if (profile.StatedStrategy is { } stated)
        {
            agrees = stated.Value == strategy;
            findings.Add(StatedFinding(stated, profile.StatedBy, strategy, cost, diff, scope, cellInputs));
        }

        var advantages = (cost, diff) switch
        {
            (true, true) => "cost advantage and differentiation both held",
            (true, false) => "cost advantage held, differentiation not held",
            (false, true) => "differentiation held, cost advantage not held",
            _ => "neither advantage held",
        };
        var hybridClause = strategy != GenericStrategy.Hybrid
            ? string.Empty
            : preferred == HybridReading.IntegratedStrategy
                ? " read first as an integrated strategy (Hill 1988), and also as Porter's stuck-in-the-middle warning;"
                : " read first as Porter's stuck-in-the-middle warning, and also as an integrated strategy (Hill 1988);";
        var summary = Fmt($"Strategy: {strategy} ({ScopeWord(scope)} scope; {advantages});{hybridClause} localization {(localization ? "held" : "not held")}, strategic partnership {(partnership ? "held" : "not held")}.");

        return new GenericStrategyAssessment
        {
            Strategy = strategy,
            Scope = scope,
            CostAdvantageHeld = cost,
            DifferentiationHeld = diff,
            Readings = readings,
            LocalizationElement = localization,
            PartnershipElement = partnership,
            StatedStrategyAgrees = agrees,
            Summary = agrees switch
            {
                true => summary + Fmt($" The stated strategy ({profile.StatedStrategy!.Value.Value}) agrees."),
                false => summary + Fmt($" The stated strategy ({profile.StatedStrategy!.Value.Value}) disagrees."),
                _ => summary,
            },
            Findings = findings.ToImmutable(),
        };
    }

    private static string ScopeWord(CompetitiveScope scope) => scope == CompetitiveScope.Broad ? "broad" : "narrow";

    private static Finding StatedFinding(Rated<GenericStrategy> stated, string? statedBy, GenericStrategy strategy, bool cost, bool diff, CompetitiveScope scope, ImmutableArray<FindingInput> cellInputs)
    {
        var who = string.IsNullOrWhiteSpace(statedBy) ? "the source" : statedBy;
        var (statedCost, statedDiff) = stated.Value switch
        {
            GenericStrategy.CostLeadership or GenericStrategy.CostFocus => (true, false),
            GenericStrategy.Differentiation or GenericStrategy.DifferentiationFocus => (false, true),
            GenericStrategy.Hybrid => (true, true),
            _ => (false, false),
        };
        CompetitiveScope? statedScope = stated.Value switch
        {
            GenericStrategy.CostLeadership or GenericStrategy.Differentiation => CompetitiveScope.Broad,
            GenericStrategy.CostFocus or GenericStrategy.DifferentiationFocus => CompetitiveScope.Narrow,
            _ => null,
        };
        var reasons = new List<string>(2);
        if (statedScope is { } ss && ss != scope)
        {
            reasons.Add(Fmt($"on scope, {who} says {ScopeWord(ss)}, the evaluated scope is {ScopeWord(scope)}"));
        }

        if (statedCost != cost || statedDiff != diff)
        {
            reasons.Add(Fmt($"on the source of advantage, {who} claims {AdvantageWords(statedCost, statedDiff)}, the evaluation holds {AdvantageWords(cost, diff)}"));
        }

        var agrees = stated.Value == strategy;
        var sentence = agrees
            ? Fmt($"The stated strategy agrees: {who} says {stated.Value}, and the evaluated cell is {strategy}.")
            : Fmt($"The stated strategy disagrees: {who} says {stated.Value}, but the evaluated cell is {strategy} ({(reasons.Count == 0 ? "a different cell" : string.Join("; ", reasons))}).");
        return new Finding("porter.stated-strategy", MetOrNot(agrees), sentence, cellInputs.Add(Input("stated-strategy", stated)), [], string.IsNullOrWhiteSpace(statedBy) ? Porter : Porter + "; " + statedBy);
    }

    private static string AdvantageWords(bool cost, bool diff) => (cost, diff) switch
    {
        (true, true) => "both a cost advantage and differentiation",
        (true, false) => "a cost advantage only",
        (false, true) => "differentiation only",
        _ => "neither advantage",
    };

    private static void Validate(GenericStrategyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Guard.Defined(profile.CostAdvantage.Value, nameof(profile.CostAdvantage));
        Guard.Defined(profile.Differentiation.Value, nameof(profile.Differentiation));
        Guard.Defined(profile.Scope.Value, nameof(profile.Scope));
        Guard.Defined(profile.Localization.Value, nameof(profile.Localization));
        Guard.Defined(profile.StrategicPartnership.Value, nameof(profile.StrategicPartnership));
        if (profile.StatedStrategy is { } stated)
        {
            Guard.Defined(stated.Value, nameof(profile.StatedStrategy));
        }
    }
}
