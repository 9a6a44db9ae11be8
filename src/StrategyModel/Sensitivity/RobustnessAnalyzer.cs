using System.Collections.Immutable;
using System.Globalization;
using StrategyModel.Analysis;
using StrategyModel.Analysis.Inputs;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;
using StrategyModel.Vrio;

namespace StrategyModel.Sensitivity;

/// <summary>How robust each verdict of a case analysis is: every rated ordinal input moved one step up and down, alone and in pairs,
/// every threshold option swept across its documented range; and what a scenario (a named set of overrides) changes.</summary>
/// <remarks>
/// <para>The analyzer runs the <see cref="CaseAnalyzer"/> once and keeps, for each verdict, the profile the evaluator read and the
/// ordinal inputs behind it (rated, or undetermined and enumerated as in <see cref="VerdictRange"/>). A perturbation re-decides the
/// verdict on the evaluators' verdict paths (<see cref="IOliEvaluator.DecideRoute"/>, <see cref="ITransactionCostEvaluator.DecideControl"/>,
/// <see cref="IGenericStrategyEvaluator.DecideStrategy"/>, <see cref="IVrioEvaluator.DecideImplication"/>,
/// <see cref="NetworkEvaluator.SituationOf"/>); with the options in force each distinct combination of inputs is evaluated once and
/// remembered, so the perturbations themselves allocate nothing. The best entry mode is the composition of the route and the control
/// (<see cref="IEntryModeAdvisor.Recommend(ServingRoute, ControlLevel)"/>); the Uppsala reading has no ordinal inputs and is swept over
/// the Uppsala options only.</para>
/// <para>Verdicts are analysed in parallel (<see cref="RobustnessOptions.MaxDegreeOfParallelism"/>); each works on caches of its
/// own, and the result is the same with one thread and with many. The analyzer is pure and thread-safe.</para>
/// </remarks>
public sealed class RobustnessAnalyzer
{
    private static readonly string[] Patterns = ["not started", "exited", "moved down", "leapfrogged", "followed the chain", "did not follow the chain"];
    private static readonly Strength[] Thresholds = [Strength.Weak, Strength.Moderate, Strength.Strong];

    private readonly CaseAnalyzer analyzer;
    private readonly OliEvaluator oli;
    private readonly TransactionCostEvaluator transactionCosts;
    private readonly GenericStrategyEvaluator genericStrategies;
    private readonly UppsalaEvaluator uppsala;
    private readonly VrioEvaluator vrio = new();
    private readonly ImmutableArray<(ThresholdSetting Setting, OliEvaluator Evaluator)> oliSweeps;
    private readonly ImmutableArray<(ThresholdSetting Setting, TransactionCostEvaluator Evaluator)> tceSweeps;
    private readonly ImmutableArray<(ThresholdSetting Setting, GenericStrategyEvaluator Evaluator)> porterSweeps;
    private readonly ImmutableArray<(ThresholdSetting Setting, UppsalaEvaluator Evaluator)> uppsalaSweeps;
    private readonly int[,] best;
    private readonly bool pairs;
    private readonly int parallelism;

    /// <summary>Creates an analyzer with every evaluator at its default options.</summary>
    public RobustnessAnalyzer()
        : this(new RobustnessOptions())
    {
    }

    /// <summary>Creates an analyzer from options (read once: later changes to them have no effect).</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or one of its option objects is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range (as the evaluators check it), or
    /// <see cref="RobustnessOptions.MaxDegreeOfParallelism"/> is 0 or below -1.</exception>
    public RobustnessAnalyzer(RobustnessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Oli, nameof(options.Oli));
        ArgumentNullException.ThrowIfNull(options.TransactionCosts, nameof(options.TransactionCosts));
        ArgumentNullException.ThrowIfNull(options.GenericStrategies, nameof(options.GenericStrategies));
        ArgumentNullException.ThrowIfNull(options.Uppsala, nameof(options.Uppsala));
        ArgumentNullException.ThrowIfNull(options.Analyzer, nameof(options.Analyzer));
        if (options.MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or at least 1.");
        }

        oli = new OliEvaluator(Copy(options.Oli));
        transactionCosts = new TransactionCostEvaluator(Copy(options.TransactionCosts));
        genericStrategies = new GenericStrategyEvaluator(Copy(options.GenericStrategies));
        uppsala = new UppsalaEvaluator(Copy(options.Uppsala));
        var advisor = new EntryModeAdvisor();
        analyzer = new CaseAnalyzer(oli, transactionCosts, advisor, genericStrategies, new BornGlobalEvaluator(), uppsala, new NetworkEvaluator(), vrio, new DriversEvaluator(), options.Analyzer);
        var sweep = options.IncludeThresholds;
        oliSweeps = sweep ? [.. OliSweeps(options.Oli)] : [];
        tceSweeps = sweep ? [.. TransactionCostSweeps(options.TransactionCosts)] : [];
        porterSweeps = sweep ? [.. PorterSweeps(options.GenericStrategies)] : [];
        uppsalaSweeps = sweep ? [.. UppsalaSweeps(options.Uppsala)] : [];
        pairs = options.IncludePairs;
        parallelism = options.MaxDegreeOfParallelism;
        best = new int[5, 4];
        foreach (var route in new[] { ServingRoute.ForeignDirectInvestment, ServingRoute.Export, ServingRoute.ContractualResourceTransfer, ServingRoute.None })
        {
            foreach (var control in new[] { ControlLevel.Low, ControlLevel.Intermediate, ControlLevel.High })
            {
                best[(int)route, (int)control] = (int)advisor.Recommend(route, control).Best.Mode;
            }
        }
    }

    /// <summary>Analyses the case's primary firm as of a year and measures the robustness of every verdict.</summary>
    /// <param name="studyCase">The case.</param>
    /// <param name="asOfYear">The year the analysis is as of.</param>
    /// <returns>The analysis and one robustness line per verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="studyCase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOfYear"/> is outside 1600..3000.</exception>
    public RobustnessReport Analyze(Case studyCase, int asOfYear)
    {
        ModelGuard.Case(studyCase);
        return Analyze(studyCase, studyCase.PrimaryFirm, asOfYear);
    }

    /// <summary>Analyses one firm of a case as of a year and measures the robustness of every verdict.</summary>
    /// <param name="studyCase">The case.</param>
    /// <param name="firmId">The firm's id.</param>
    /// <param name="asOfYear">The year the analysis is as of.</param>
    /// <returns>The analysis and one robustness line per verdict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The case has no firm <paramref name="firmId"/> (the exception names it), or the case holds a null where a value is required or breaks a rule of the case format.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOfYear"/> is outside 1600..3000.</exception>
    public RobustnessReport Analyze(Case studyCase, string firmId, int asOfYear)
    {
        ModelGuard.Case(studyCase);
        ArgumentNullException.ThrowIfNull(firmId);
        var hooks = new AnalysisHooks { Capture = true };
        var analysis = analyzer.Analyze(studyCase, firmId, asOfYear, hooks);
        var models = Models(analysis, hooks.Captured);
        var lines = new VerdictRobustness[models.Count];
        var ranges = models.Select(m => Range(analysis, m)).ToArray();
        if (parallelism == 1)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = Measure(models[i], ranges[i], pairs);
            }
        }
        else
        {
            Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => lines[i] = Measure(models[i], ranges[i], pairs));
        }

        return new RobustnessReport { Analysis = analysis, Verdicts = [.. lines] };
    }

    /// <summary>Analyses the case's primary firm as of a year with and without a scenario, and reports the verdicts that change.</summary>
    /// <param name="studyCase">The case (not edited).</param>
    /// <param name="asOfYear">The year the analysis is as of.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An override names an input or setting the analyzer does not read for the firm (or in that
    /// market), or sets an input to a value off its scale.</exception>
    public ScenarioComparison Compare(Case studyCase, int asOfYear, Scenario scenario)
    {
        ModelGuard.Case(studyCase);
        return Compare(studyCase, studyCase.PrimaryFirm, asOfYear, scenario);
    }

    /// <summary>Analyses one firm of a case as of a year with and without a scenario, and reports the verdicts that change.</summary>
    /// <param name="studyCase">The case (not edited).</param>
    /// <param name="firmId">The firm's id.</param>
    /// <param name="asOfYear">The year the analysis is as of.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The case has no firm <paramref name="firmId"/> (the exception names it), or the case holds a null where a value is required or breaks a rule of the case format.</exception>
    /// <exception cref="ArgumentException">An override names an input or setting the analyzer does not read for the firm (or in that
    /// market), or sets an input to a value off its scale.</exception>
    public ScenarioComparison Compare(Case studyCase, string firmId, int asOfYear, Scenario scenario)
    {
        ModelGuard.Case(studyCase);
        ArgumentNullException.ThrowIfNull(firmId);
        ModelGuard.Model(scenario);
        var baseline = analyzer.Analyze(studyCase, firmId, asOfYear);
        var hooks = new AnalysisHooks
        {
            InputOverrides = scenario.Overrides.Where(o => o.Kind == ScenarioOverrideKind.Input).ToImmutableDictionary(o => (o.Target, o.Market), o => o.Value),
            SettingOverrides = scenario.Overrides.Where(o => o.Kind == ScenarioOverrideKind.Setting)
                .ToImmutableDictionary(o => (o.Target, o.Market), o => decimal.Parse(o.Value, NumberStyles.Number, CultureInfo.InvariantCulture)),
        };
        var result = analyzer.Analyze(studyCase, firmId, asOfYear, hooks);
        var used = hooks.Used.ToHashSet();
        foreach (var o in scenario.Overrides)
        {
            if (!used.Contains((o.Target, o.Market)))
            {
                throw new ArgumentException($"Scenario '{scenario.Name}': the override of {o.Target}{(o.Market is null ? string.Empty : " in market " + o.Market)} matches no input or setting the analyzer reads for this firm as of {asOfYear}.", nameof(scenario));
            }
        }

        var changes = ImmutableArray.CreateBuilder<VerdictChange>();
        foreach (var (b, s) in baseline.Verdicts.Zip(result.Verdicts))
        {
            if (Text(b) != Text(s))
            {
                changes.Add(new VerdictChange(null, b.Verdict, Text(b), Text(s)));
            }
        }

        foreach (var (bm, sm) in baseline.Markets.Zip(result.Markets))
        {
            foreach (var (b, s) in bm.Verdicts.Zip(sm.Verdicts))
            {
                if (Text(b) != Text(s))
                {
                    changes.Add(new VerdictChange(bm.MarketId, b.Verdict, Text(b), Text(s)));
                }
            }
        }

        return new ScenarioComparison { Scenario = scenario, Changes = changes.ToImmutable(), Baseline = baseline, Result = result };
    }

    /// <summary>The verdict as text: its value, or <c>Undetermined (A or B)</c> with the branches in order.</summary>
    internal static string Text(VerdictRange range) => range.Value ?? "Undetermined (" + string.Join(" or ", range.Branches.Select(b => b.Value)) + ")";

    private static VerdictRange? Range(CaseAnalysis analysis, VerdictModel model) =>
        model.Market is null
            ? analysis.Verdicts.FirstOrDefault(v => v.Verdict == model.Verdict)
            : analysis.GetMarket(model.Market).Verdicts.FirstOrDefault(v => v.Verdict == model.Verdict);

    private List<VerdictModel> Models(CaseAnalysis analysis, IReadOnlyCollection<CapturedVerdict> captured)
    {
        var byKey = captured.ToDictionary(c => (c.Market, c.Verdict));
        var models = new List<VerdictModel>();
        foreach (var market in analysis.Markets)
        {
            var m = market.MarketId;
            var route = new ProfileModel<OliProfile>(
                m, "oli.route", (CapturedProfile<OliProfile>)byKey[(m, "oli.route")].Profile, p => (int)oli.DecideRoute(p),
                [.. oliSweeps.Select(s => (s.Setting, (Func<OliProfile, int>)(p => (int)s.Evaluator.DecideRoute(p))))],
                c => ((ServingRoute)c).ToString());
            var control = new ProfileModel<TransactionCostProfile>(
                m, "transaction-costs.control", (CapturedProfile<TransactionCostProfile>)byKey[(m, "transaction-costs.control")].Profile, p => (int)transactionCosts.DecideControl(p),
                [.. tceSweeps.Select(s => (s.Setting, (Func<TransactionCostProfile, int>)(p => (int)s.Evaluator.DecideControl(p))))],
                c => ((ControlLevel)c).ToString());
            models.Add(route);
            models.Add(control);
            models.Add(new BestModeModel(m, route, control, best));
            models.Add(new ProfileModel<UppsalaProfile>(
                m, "uppsala.reading", new CapturedProfile<UppsalaProfile>((UppsalaProfile)byKey[(m, "uppsala.reading")].Profile, []), p => Pattern(uppsala, p),
                [.. uppsalaSweeps.Select(s => (s.Setting, (Func<UppsalaProfile, int>)(p => Pattern(s.Evaluator, p))))],
                c => Patterns[c]));
            models.Add(new ProfileModel<NetworkProfile>(
                m, "network-model.situation", (CapturedProfile<NetworkProfile>)byKey[(m, "network-model.situation")].Profile,
                p => (int)NetworkEvaluator.SituationOf(p.Firm.Value, p.Market.Value), [], c => ((NetworkSituation)c).ToString()));
            models.Add(new ProfileModel<GenericStrategyProfile>(
                m, "generic-strategies.strategy", (CapturedProfile<GenericStrategyProfile>)byKey[(m, "generic-strategies.strategy")].Profile, p => (int)genericStrategies.DecideStrategy(p),
                [.. porterSweeps.Select(s => (s.Setting, (Func<GenericStrategyProfile, int>)(p => (int)s.Evaluator.DecideStrategy(p))))],
                c => ((GenericStrategy)c).ToString()));
        }

        foreach (var range in analysis.Verdicts.Where(v => v.Verdict.StartsWith("vrio.", StringComparison.Ordinal)))
        {
            models.Add(new ProfileModel<VrioProfile>(
                null, range.Verdict, (CapturedProfile<VrioProfile>)byKey[(null, range.Verdict)].Profile, p => (int)vrio.DecideImplication(p), [], c => ((CompetitiveImplication)c).ToString()));
        }

        return models;
    }

    private static int Pattern(UppsalaEvaluator evaluator, UppsalaProfile profile) => Array.IndexOf(Patterns, CaseAnalyzer.UppsalaPattern(evaluator.Evaluate(profile)));

    // Every perturbation of one verdict. The loops work on two stack buffers; only a flip allocates (its record).
    private static VerdictRobustness Measure(VerdictModel model, VerdictRange? range, bool pairs)
    {
        var inputs = model.Inputs;
        var n = inputs.Length;
        Span<int> start = stackalloc int[n];
        Span<int> work = stackalloc int[n];
        for (var d = 0; d < n; d++)
        {
            start[d] = Math.Max(inputs[d].BaseIndex, 0);
        }

        start.CopyTo(work);
        var baseline = model.Outcome(work, 0);
        var flips = new List<Flip>();
        int singles = 0, singlesKept = 0, pairCount = 0, pairsKept = 0, settings = 0, settingsKept = 0;
        for (var d = 0; d < n; d++)
        {
            for (var step = -1; step <= 1; step += 2)
            {
                if (!Movable(inputs[d], step))
                {
                    continue;
                }

                singles++;
                start.CopyTo(work);
                work[d] += step;
                var outcome = model.Outcome(work, 0);
                if (outcome == baseline)
                {
                    singlesKept++;
                }
                else
                {
                    flips.Add(new Flip(PerturbationKind.SingleStep, [Change(inputs[d], step)], model.Describe(outcome)));
                }
            }
        }

        for (var a = 0; pairs && a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                for (var sa = -1; sa <= 1; sa += 2)
                {
                    for (var sb = -1; sb <= 1; sb += 2)
                    {
                        if (!Movable(inputs[a], sa) || !Movable(inputs[b], sb))
                        {
                            continue;
                        }

                        pairCount++;
                        start.CopyTo(work);
                        work[a] += sa;
                        work[b] += sb;
                        var outcome = model.Outcome(work, 0);
                        if (outcome == baseline)
                        {
                            pairsKept++;
                        }
                        else
                        {
                            flips.Add(new Flip(PerturbationKind.PairOfSteps, [Change(inputs[a], sa), Change(inputs[b], sb)], model.Describe(outcome)));
                        }
                    }
                }
            }
        }

        for (var s = 0; s < model.Settings.Length; s++)
        {
            settings++;
            start.CopyTo(work);
            var outcome = model.Outcome(work, s + 1);
            if (outcome == baseline)
            {
                settingsKept++;
            }
            else
            {
                var setting = model.Settings[s];
                flips.Add(new Flip(PerturbationKind.Threshold, [new InputChange(setting.Option, setting.From, setting.Value)], model.Describe(outcome)));
            }
        }

        return new VerdictRobustness
        {
            Market = model.Market,
            Verdict = model.Verdict,
            Value = model.Describe(baseline),
            Range = range,
            Inputs = [.. inputs.Select(i => i.Name)],
            SingleSteps = singles,
            SingleStepsKept = singlesKept,
            PairSteps = pairCount,
            PairStepsKept = pairsKept,
            ThresholdSettings = settings,
            ThresholdSettingsKept = settingsKept,
            DecidingInputs = [.. flips.Where(f => f.Kind == PerturbationKind.SingleStep).Select(f => f.Changes[0].Name).Distinct(StringComparer.Ordinal)],
            DecidingThresholds = [.. flips.Where(f => f.Kind == PerturbationKind.Threshold).Select(f => f.Changes[0].Name).Distinct(StringComparer.Ordinal)],
            Flips = [.. flips],
        };
    }

    private static bool Movable(ModelInput input, int step) => input.BaseIndex >= 0 && input.BaseIndex + step >= 0 && input.BaseIndex + step < input.Labels.Length;

    private static InputChange Change(ModelInput input, int step) => new(input.Name, input.Labels[input.BaseIndex], input.Labels[input.BaseIndex + step]) { Step = step };

    private static IEnumerable<(ThresholdSetting, OliEvaluator)> OliSweeps(OliOptions o)
    {
        foreach (var (name, get, set) in new (string, Func<OliOptions, Strength>, Action<OliOptions, Strength>)[]
        {
            ("OwnershipThreshold", x => x.OwnershipThreshold, (x, v) => x.OwnershipThreshold = v),
            ("InternalizationThreshold", x => x.InternalizationThreshold, (x, v) => x.InternalizationThreshold = v),
            ("LocationThreshold", x => x.LocationThreshold, (x, v) => x.LocationThreshold = v),
            ("NetworkThreshold", x => x.NetworkThreshold, (x, v) => x.NetworkThreshold = v),
        })
        {
            foreach (var value in Thresholds.Where(t => t != get(o)))
            {
                var copy = Copy(o);
                set(copy, value);
                yield return (new ThresholdSetting("OliOptions." + name, get(o).ToString(), value.ToString()), new OliEvaluator(copy));
            }
        }

        foreach (var reading in new[] { OliNetworkReading.DistinctAdvantage, OliNetworkReading.OwnershipComponent, OliNetworkReading.Excluded }.Where(r => r != o.NetworkReading))
        {
            var copy = Copy(o);
            copy.NetworkReading = reading;
            yield return (new ThresholdSetting("OliOptions.NetworkReading", o.NetworkReading.ToString(), reading.ToString()), new OliEvaluator(copy));
        }

        var gate = Copy(o);
        gate.MarketAttractivenessGate = !o.MarketAttractivenessGate;
        yield return (new ThresholdSetting("OliOptions.MarketAttractivenessGate", Bool(o.MarketAttractivenessGate), Bool(gate.MarketAttractivenessGate)), new OliEvaluator(gate));
    }

    private static IEnumerable<(ThresholdSetting, TransactionCostEvaluator)> TransactionCostSweeps(TransactionCostOptions o)
    {
        var candidates = new List<(ThresholdSetting Setting, TransactionCostOptions Options)>();
        foreach (var value in Thresholds.Where(t => t != o.HighThreshold))
        {
            var copy = Copy(o);
            copy.HighThreshold = value;
            candidates.Add((new ThresholdSetting("TransactionCostOptions.HighThreshold", o.HighThreshold.ToString(), value.ToString()), copy));
        }

        foreach (var value in new[] { Strength.Absent, Strength.Weak, Strength.Moderate }.Where(t => t != o.LowCeiling))
        {
            var copy = Copy(o);
            copy.LowCeiling = value;
            candidates.Add((new ThresholdSetting("TransactionCostOptions.LowCeiling", o.LowCeiling.ToString(), value.ToString()), copy));
        }

        foreach (var value in new[] { InternalUncertaintyReading.SocioculturalDistance, InternalUncertaintyReading.PerformanceAmbiguity }.Where(r => r != o.InternalUncertaintyReading))
        {
            var copy = Copy(o);
            copy.InternalUncertaintyReading = value;
            candidates.Add((new ThresholdSetting("TransactionCostOptions.InternalUncertaintyReading", o.InternalUncertaintyReading.ToString(), value.ToString()), copy));
        }

        foreach (var (name, get, set, values) in new (string, Func<OwnershipControlOptions, decimal>, Action<OwnershipControlOptions, decimal>, decimal[])[]
        {
            ("SmallStakeBelowPercent", x => x.SmallStakeBelowPercent, (x, v) => x.SmallStakeBelowPercent = v, [10m, 20m, 30m, 40m, 50m]),
            ("MajorityAbovePercent", x => x.MajorityAbovePercent, (x, v) => x.MajorityAbovePercent = v, [50m, 60m, 75m, 90m]),
            ("WhollyOwnedFromPercent", x => x.WhollyOwnedFromPercent, (x, v) => x.WhollyOwnedFromPercent = v, [80m, 90m, 95m, 99m, 100m]),
            ("BalancedTolerancePoints", x => x.BalancedTolerancePoints, (x, v) => x.BalancedTolerancePoints = v, [0m, 5m, 10m]),
        })
        {
            foreach (var value in values.Where(v => v != get(o.OwnershipControl)))
            {
                var copy = Copy(o);
                set(copy.OwnershipControl, value);
                candidates.Add((new ThresholdSetting("OwnershipControlOptions." + name, Number(get(o.OwnershipControl)), Number(value)), copy));
            }
        }

        foreach (var value in new[] { ControlLevel.Intermediate, ControlLevel.High }.Where(c => c != o.OwnershipControl.RestrictiveExclusiveContractControl))
        {
            var copy = Copy(o);
            copy.OwnershipControl.RestrictiveExclusiveContractControl = value;
            candidates.Add((new ThresholdSetting("OwnershipControlOptions.RestrictiveExclusiveContractControl", o.OwnershipControl.RestrictiveExclusiveContractControl.ToString(), value.ToString()), copy));
        }

        foreach (var (setting, options) in candidates)
        {
            // A value the options' own rules forbid with the others in force (LowCeiling not below HighThreshold, say) is not swept.
            TransactionCostEvaluator? evaluator;
            try
            {
                evaluator = new TransactionCostEvaluator(options);
            }
            catch (ArgumentException)
            {
                evaluator = null;
            }

            if (evaluator is not null)
            {
                yield return (setting, evaluator);
            }
        }
    }

    private static IEnumerable<(ThresholdSetting, GenericStrategyEvaluator)> PorterSweeps(GenericStrategyOptions o)
    {
        foreach (var value in Thresholds.Where(t => t != o.AdvantageThreshold))
        {
            var copy = Copy(o);
            copy.AdvantageThreshold = value;
            yield return (new ThresholdSetting("GenericStrategyOptions.AdvantageThreshold", o.AdvantageThreshold.ToString(), value.ToString()), new GenericStrategyEvaluator(copy));
        }

        foreach (var value in Thresholds.Where(t => t != o.ElementThreshold))
        {
            var copy = Copy(o);
            copy.ElementThreshold = value;
            yield return (new ThresholdSetting("GenericStrategyOptions.ElementThreshold", o.ElementThreshold.ToString(), value.ToString()), new GenericStrategyEvaluator(copy));
        }

        foreach (var value in new[] { HybridReading.StuckInTheMiddleWarning, HybridReading.IntegratedStrategy }.Where(r => r != o.PreferredHybridReading))
        {
            var copy = Copy(o);
            copy.PreferredHybridReading = value;
            yield return (new ThresholdSetting("GenericStrategyOptions.PreferredHybridReading", o.PreferredHybridReading.ToString(), value.ToString()), new GenericStrategyEvaluator(copy));
        }
    }

    private static IEnumerable<(ThresholdSetting, UppsalaEvaluator)> UppsalaSweeps(UppsalaOptions o)
    {
        foreach (var value in Enumerable.Range(0, 6).Where(v => v != o.MaxYearsPerStageForFastPace))
        {
            var copy = Copy(o);
            copy.MaxYearsPerStageForFastPace = value;
            yield return (new ThresholdSetting("UppsalaOptions.MaxYearsPerStageForFastPace", o.MaxYearsPerStageForFastPace.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture)), new UppsalaEvaluator(copy));
        }

        var mapping = Copy(o);
        var isDefault = ReferenceEquals(o.StageMapping, EstablishmentStageMapping.Default);
        mapping.StageMapping = isDefault ? EstablishmentStageMapping.ThesisReading : EstablishmentStageMapping.Default;
        yield return (new ThresholdSetting("UppsalaOptions.StageMapping", isDefault ? "Default" : "other", isDefault ? "ThesisReading" : "Default"), new UppsalaEvaluator(mapping));
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static OliOptions Copy(OliOptions o) => new()
    {
        OwnershipThreshold = o.OwnershipThreshold,
        InternalizationThreshold = o.InternalizationThreshold,
        LocationThreshold = o.LocationThreshold,
        NetworkThreshold = o.NetworkThreshold,
        NetworkReading = o.NetworkReading,
        MarketAttractivenessGate = o.MarketAttractivenessGate,
    };

    private static TransactionCostOptions Copy(TransactionCostOptions o) => new()
    {
        HighThreshold = o.HighThreshold,
        LowCeiling = o.LowCeiling,
        InternalUncertaintyReading = o.InternalUncertaintyReading,
        OwnershipControl = o.OwnershipControl is { } c
            ? new OwnershipControlOptions
            {
                SmallStakeBelowPercent = c.SmallStakeBelowPercent,
                MajorityAbovePercent = c.MajorityAbovePercent,
                WhollyOwnedFromPercent = c.WhollyOwnedFromPercent,
                BalancedTolerancePoints = c.BalancedTolerancePoints,
                RestrictiveExclusiveContractControl = c.RestrictiveExclusiveContractControl,
            }
            : null!,
    };

    private static GenericStrategyOptions Copy(GenericStrategyOptions o) => new()
    {
        AdvantageThreshold = o.AdvantageThreshold,
        ElementThreshold = o.ElementThreshold,
        PreferredHybridReading = o.PreferredHybridReading,
    };

    private static UppsalaOptions Copy(UppsalaOptions o) => new()
    {
        MaxYearsPerStageForFastPace = o.MaxYearsPerStageForFastPace,
        StageMapping = o.StageMapping,
    };
}
