using System.Collections.Immutable;
using System.Globalization;
using StrategyModel.Analysis.Inputs;
using StrategyModel.Assessments;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;
using StrategyModel.Vrio;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Analysis;

/// <summary>The default <see cref="ICaseAnalyzer"/>: builds each framework's inputs from a case's evidence and runs every evaluator.</summary>
/// <remarks>
/// <para>Nothing in the analyzer knows about a particular firm: the case is data, the frameworks are code. The method is stated in
/// docs/method.md: a construct is read only from an analyst rating made against its rubric (docs/rubrics.md), with its evidence,
/// counter-evidence, confidence and the year it speaks for; fact counts never become strengths (they are shown as a labelled
/// evidence-volume indicator, <see cref="CaseAnalysis.DriverEvidence"/>); factual inputs (a founding year, a share of sales) are
/// read from dated facts. An input no rating decides is <see cref="InputSource.Undetermined"/>: every verdict that reads it is
/// evaluated for each value it could take and reported as a <see cref="VerdictRange"/>.</para>
/// <para>"As of" a year, without hindsight by default: facts dated later (an undated fact takes its document's date), entries,
/// stake changes, ends and relationships dated later are ignored, and a rating applies as <see cref="CaseAnalyzerOptions.AssessmentDating"/>
/// says; a rating that does not apply is reported as set aside with the reason (<see cref="InputSource.SetAside"/>).</para>
/// <para>Besides each evaluator's findings, the analyzer adds its own. On <see cref="CaseAnalysis.Findings"/>:
/// <c>analysis.push-and-pull</c>, <c>analysis.born-global.criteria</c> (only when the firm has a founding year),
/// <c>analysis.porter.hybrid</c> (a note, only when some market is a hybrid), <c>analysis.uppsala.patterns</c> (a note on each
/// market's establishment chain, when there are markets), and <c>analysis.uppsala.psychic-distance</c> (only when the case holds
/// distances: the entry order against psychic distance, docs/distance/psychic-distance.md). On each <see cref="MarketAnalysis.Findings"/>: <c>analysis.history</c>
/// (a note on the ownership history: entered, increased, reduced, exited), <c>analysis.entry-mode.fit</c> and
/// <c>analysis.control.fit</c> (does the mode in force follow the OLI route and the control the transaction costs call for:
/// Unknown before the first entry, after an exit or when the verdict is undetermined; <see cref="FindingOutcome.NotATest"/> when an
/// input they read rests on the firm's own entries or relationships in that market); and, when the case holds them for the market,
/// <c>analysis.distance</c> (a note on its distance measures) and <c>analysis.institutions</c> (its voids, ownership caps and
/// political risk, docs/distance/institutions.md). The strictest ownership cap in force caps the transaction-cost control.</para>
/// <para>The analyzer is pure and thread-safe: it holds only its evaluators and a copy of its options.</para>
/// </remarks>
public sealed class CaseAnalyzer : ICaseAnalyzer
{
    private static readonly FactTopic[] VrioResources =
    [
        FactTopic.EcosystemModel, FactTopic.Technology, FactTopic.Brand, FactTopic.EntrepreneurNetwork, FactTopic.ServiceQuality,
    ];

    private readonly IOliEvaluator oli;
    private readonly ITransactionCostEvaluator transactionCosts;
    private readonly IEntryModeAdvisor entryModes;
    private readonly IGenericStrategyEvaluator genericStrategies;
    private readonly IBornGlobalEvaluator bornGlobal;
    private readonly IUppsalaEvaluator uppsala;
    private readonly INetworkEvaluator network;
    private readonly IVrioEvaluator vrio;
    private readonly IDriversEvaluator drivers;
    private readonly decimal highPenetration;
    private readonly AssessmentDating dating;

    /// <summary>Creates an analyzer with every evaluator at its default options.</summary>
    public CaseAnalyzer()
        : this(
            new OliEvaluator(),
            new TransactionCostEvaluator(),
            new EntryModeAdvisor(),
            new GenericStrategyEvaluator(),
            new BornGlobalEvaluator(),
            new UppsalaEvaluator(),
            new NetworkEvaluator(),
            new VrioEvaluator(),
            new DriversEvaluator(),
            new CaseAnalyzerOptions())
    {
    }

    /// <summary>Creates an analyzer from the given evaluators and options (the options are copied).</summary>
    /// <param name="oli">The OLI evaluator.</param>
    /// <param name="transactionCosts">The transaction-cost evaluator.</param>
    /// <param name="entryModes">The entry-mode advisor.</param>
    /// <param name="genericStrategies">Porter's generic-strategy evaluator.</param>
    /// <param name="bornGlobal">The born-global evaluator.</param>
    /// <param name="uppsala">The Uppsala evaluator.</param>
    /// <param name="network">The network-model evaluator.</param>
    /// <param name="vrio">The VRIO evaluator.</param>
    /// <param name="drivers">The drivers evaluator.</param>
    /// <param name="options">How inputs are read from the case.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The penetration threshold is outside 0..100, or
    /// <see cref="CaseAnalyzerOptions.AssessmentDating"/> is unspecified or undefined.</exception>
    public CaseAnalyzer(
        IOliEvaluator oli,
        ITransactionCostEvaluator transactionCosts,
        IEntryModeAdvisor entryModes,
        IGenericStrategyEvaluator genericStrategies,
        IBornGlobalEvaluator bornGlobal,
        IUppsalaEvaluator uppsala,
        INetworkEvaluator network,
        IVrioEvaluator vrio,
        IDriversEvaluator drivers,
        CaseAnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(oli);
        ArgumentNullException.ThrowIfNull(transactionCosts);
        ArgumentNullException.ThrowIfNull(entryModes);
        ArgumentNullException.ThrowIfNull(genericStrategies);
        ArgumentNullException.ThrowIfNull(bornGlobal);
        ArgumentNullException.ThrowIfNull(uppsala);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(vrio);
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(options);
        Guard.Defined(options.AssessmentDating, nameof(options.AssessmentDating));
        if (options.HighInternetPenetrationPercent is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.HighInternetPenetrationPercent, "HighInternetPenetrationPercent must be within 0..100.");
        }

        this.oli = oli;
        this.transactionCosts = transactionCosts;
        this.entryModes = entryModes;
        this.genericStrategies = genericStrategies;
        this.bornGlobal = bornGlobal;
        this.uppsala = uppsala;
        this.network = network;
        this.vrio = vrio;
        this.drivers = drivers;
        highPenetration = options.HighInternetPenetrationPercent;
        dating = options.AssessmentDating;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="studyCase"/> is null.</exception>
    /// <exception cref="ArgumentException">The case holds a null where a value is required or breaks a rule of the case format (such as
    /// a <see cref="Case.PrimaryFirm"/> that names no firm); the exception names <paramref name="studyCase"/> and the path.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOfYear"/> is outside 1600..3000.</exception>
    public CaseAnalysis Analyze(Case studyCase, int asOfYear)
    {
        ModelGuard.Case(studyCase);
        return Analyze(studyCase, studyCase.PrimaryFirm, asOfYear);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="studyCase"/> or <paramref name="firmId"/> is null.</exception>
    /// <exception cref="ArgumentException">The case has no firm <paramref name="firmId"/>, or the case holds a null where a value is
    /// required or breaks a rule of the case format (the exception names <paramref name="studyCase"/> and the path).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOfYear"/> is outside 1600..3000.</exception>
    public CaseAnalysis Analyze(Case studyCase, string firmId, int asOfYear) => Analyze(studyCase, firmId, asOfYear, null);

    // The run with hooks: a scenario's overrides and the capture of each verdict's profile (Sensitivity.RobustnessAnalyzer).
    internal CaseAnalysis Analyze(Case studyCase, string firmId, int asOfYear, AnalysisHooks? hooks)
    {
        ModelGuard.Case(studyCase);
        ArgumentNullException.ThrowIfNull(firmId);
        ArgumentOutOfRangeException.ThrowIfLessThan(asOfYear, 1600);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(asOfYear, 3000);
        if (!studyCase.Firms.Any(f => f.Id == firmId))
        {
            throw new ArgumentException($"The case has no firm '{firmId}'.", nameof(firmId));
        }

        var firm = studyCase.GetFirm(firmId);
        var view = new EvidenceView(studyCase, firm, asOfYear, dating);
        var recorder = new InputRecorder(view);
        var verdicts = ImmutableArray.CreateBuilder<VerdictRange>();

        var (driversAssessment, driverEvidence) = DriverInputs.Build(recorder, drivers);
        var born = BornGlobalInputs.Build(recorder, bornGlobal, verdicts);
        var vrioAssessments = BuildVrio(recorder, verdicts, hooks);

        var marketIds = studyCase.Markets.OrEmpty()
            .Where(m => studyCase.Entries.OrEmpty().Any(e => e.Market == m.Id && view.IsOwn(e))
                || studyCase.Assessments.OrEmpty().Any(a => a.Rates is { } r && view.OwnParties.Contains(r.Firm) && r.Market == m.Id))
            .ToList();
        var markets = marketIds.Select(m => AnalyzeMarket(view, m, hooks)).ToImmutableArray();

        var findings = ImmutableArray.CreateBuilder<Finding>();
        findings.Add(DriverInputs.PushAndPull(driversAssessment, driverEvidence));
        if (born is not null)
        {
            findings.Add(BornGlobalInputs.Finding(born));
        }

        var hybrids = markets.Where(m => m.GenericStrategy?.Strategy == GenericStrategy.Hybrid).ToList();
        if (hybrids.Count > 0)
        {
            findings.Add(new Finding(
                "analysis.porter.hybrid",
                FindingOutcome.Note,
                Fmt($"In {string.Join(" and ", hybrids.Select(m => m.MarketName))} the firm holds cost and differentiation advantages at once. Porter (1980, 1985) warns that pursuing both risks being stuck in the middle unless competitors are stuck in the middle too, cost is strongly affected by share or interrelationships, or the firm pioneers a major innovation; the integrated view (Hill 1988) reads a deliberate combination as sustainable."),
                [.. hybrids.Select(m => new FindingInput("generic-strategy." + m.MarketId, m.GenericStrategy!.Strategy.ToString(), m.GenericStrategy.Findings.SelectMany(f => f.Evidence).Distinct(StringComparer.Ordinal).ToImmutableArray()))],
                [],
                "Porter (1980, 1985); Hill (1988)"));
        }

        if (markets.Length > 0)
        {
            findings.Add(new Finding(
                "analysis.uppsala.patterns",
                FindingOutcome.Note,
                string.Join(" ", markets.Select(m => Fmt($"{m.MarketName}: {m.Uppsala.Findings.First(f => f.RuleId == "uppsala.chain").Sentence}"))),
                [.. markets.Select(m => new FindingInput("uppsala." + m.MarketId, UppsalaPattern(m.Uppsala), [.. m.Entries.SelectMany(e => e.Evidence).Distinct(StringComparer.Ordinal)]))],
                [],
                "Johanson & Vahlne (1977, 2009); Benito & Welch (1997)"));
        }

        // Uppsala: entry in order of psychic distance, checked when the case holds distances.
        PsychicDistanceAssessment? psychic = null;
        if (!studyCase.Distances.OrEmpty().IsEmpty)
        {
            (psychic, var order) = DistanceInputs.PsychicOrder(uppsala, markets);
            findings.Add(order);
        }

        return new CaseAnalysis
        {
            CaseId = studyCase.Id,
            CaseTitle = studyCase.Title,
            FirmId = firm.Id,
            FirmName = firm.Name,
            AsOfYear = asOfYear,
            PlatformModels = BuildPlatformModels(view, firm),
            Drivers = driversAssessment,
            DriverEvidence = driverEvidence,
            BornGlobal = born,
            Vrio = vrioAssessments,
            Markets = markets,
            Inputs = [.. recorder.Inputs],
            Verdicts = verdicts.ToImmutable(),
            Findings = findings.ToImmutable(),
            PsychicDistance = psychic,
            Facts = [.. studyCase.Facts.OrEmpty().Where(view.Available)],
        };
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The analysis has no such market (the exception names <paramref name="marketA"/> or
    /// <paramref name="marketB"/>), the two markets are the same, or the analysis holds a null where a value is required (it names
    /// <paramref name="analysis"/> and the path).</exception>
    public MarketComparison Compare(CaseAnalysis analysis, string marketA, string marketB) => MarketComparer.Compare(analysis, marketA, marketB);

    private MarketAnalysis AnalyzeMarket(EvidenceView view, Market market, AnalysisHooks? hooks)
    {
        var recorder = new InputRecorder(view);
        var verdicts = ImmutableArray.CreateBuilder<VerdictRange>();
        var factors = MarketComparer.Factors(view, market.Id, highPenetration);
        var history = new EntryHistory(view, market.Id);
        var partners = view.Case.Relationships.OrEmpty()
            .Where(r => view.OwnParties.Contains(r.Firm) && r.Market == market.Id && (r.Year is null || r.Year <= view.AsOf) && (r.End is not { } end || end.Year > view.AsOf))
            .Select(r => new PartnerSummary(r.Counterparty, view.Case.Firms.OrEmpty().FirstOrDefault(f => f.Id == r.Counterparty)?.Name ?? r.Counterparty, r.Kind, r.Functions.OrEmpty(), r.Year, r.Evidence.OrEmpty()))
            .ToImmutableArray();

        // OLI: every input from its rating; an unrated input is enumerated, never Absent.
        var oliBuilder = new ProfileBuilder<OliProfile>(recorder, "oli", new OliProfile { AssetOwnership = Strength.Absent, Location = Strength.Absent, Internalization = Strength.Absent }, hooks, market.Id)
            .Read("ownership.asset", AssessedInput.OwnershipAsset, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { AssetOwnership = v })
            .Read("ownership.transaction", AssessedInput.OwnershipTransaction, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { TransactionOwnership = v })
            .Read("ownership.institutional", AssessedInput.OwnershipInstitutional, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { InstitutionalOwnership = v })
            .Read("network", AssessedInput.NetworkAdvantage, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { Network = v })
            .Read("location", AssessedInput.Location, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { Location = v })
            .Read("internalization", AssessedInput.Internalization, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { Internalization = v }, explains: market.Id)
            .ReadOptional("market-attractiveness", AssessedInput.MarketAttractiveness, market.Id, Scales.AsStrength, (p, v) => p with { MarketAttractiveness = v })
            .ReadOptional("country-specific-advantage", AssessedInput.CountrySpecificAdvantage, market.Id, Scales.AsStrength, (p, v) => p with { CountrySpecificAdvantage = v });
        var rivals = view.Rating(AssessedInput.OwnershipAsset, market.Id).Applies?.Rates?.Rivals.OrEmpty() ?? [];
        if (!rivals.IsEmpty)
        {
            oliBuilder.Set(p => p with { Rivals = [.. rivals.Select(id => view.Case.Firms.OrEmpty().FirstOrDefault(f => f.Id == id)?.Name ?? id)] });
        }
        var (routeRange, oliAssessment, oliBranches) = oliBuilder.Evaluate("oli.route", oli.Evaluate, a => a.Route.ToString());
        verdicts.Add(routeRange);

        // Transaction costs; a host-country cap on foreign ownership in force caps the control (and so the entry mode advised).
        var distances = DistanceInputs.PairsFor(view, market);
        var institutions = DistanceInputs.InstitutionsFor(view, market);
        var cap = DistanceInputs.CapFor(view, market, institutions);
        var tceBuilder = new ProfileBuilder<TransactionCostProfile>(recorder, "transaction-costs", new TransactionCostProfile
        {
            AssetSpecificity = Strength.Absent,
            ExternalUncertainty = Strength.Absent,
            InternalUncertainty = Strength.Absent,
            Frequency = Strength.Absent,
            FreeRidingPotential = Strength.Absent,
            ForeignOwnershipCapPercent = cap?.Percent,
        }, hooks, market.Id)
            .Read("asset-specificity", AssessedInput.AssetSpecificity, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { AssetSpecificity = v }, explains: market.Id)
            .Read("external-uncertainty", AssessedInput.ExternalUncertainty, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { ExternalUncertainty = v }, explains: market.Id)
            .Read("internal-uncertainty", AssessedInput.InternalUncertainty, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { InternalUncertainty = v }, explains: market.Id)
            .Read("frequency", AssessedInput.TransactionFrequency, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { Frequency = v }, explains: market.Id)
            .Read("free-riding-potential", AssessedInput.FreeRidingPotential, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { FreeRidingPotential = v }, explains: market.Id)
            .Setting("foreign-ownership-cap-percent", (p, v) => p with { ForeignOwnershipCapPercent = v });
        var (controlRange, tce, tceBranches) = tceBuilder.Evaluate("transaction-costs.control", transactionCosts.Evaluate, a => a.Control.ToString());
        verdicts.Add(controlRange);

        // Entry modes: the best mode over every route and control the undetermined inputs allow.
        var (modeRange, recommendation) = BestMode(oliBranches, tceBranches, routeRange, controlRange);
        verdicts.Add(modeRange);

        // Uppsala: the firm's own ownership history in the market.
        var uppsalaProfile = new UppsalaProfile
        {
            Entries = [.. UppsalaEntries(history)],
            Countries = market.Countries.OrEmpty(),
            AsOfYear = view.AsOf,
        };
        hooks?.Record(market.Id, "uppsala.reading", uppsalaProfile);
        var uppsalaAssessment = uppsala.Evaluate(uppsalaProfile);

        // Network model.
        var networkBuilder = new ProfileBuilder<NetworkProfile>(recorder, "network-model", new NetworkProfile { Firm = InternationalizationDegree.Low, Market = InternationalizationDegree.Low }, hooks, market.Id)
            .Read("firm-degree", AssessedInput.FirmInternationalization, market.Id, Scales.AsDegree, Scales.Degrees, (p, v) => p with { Firm = v })
            .Read("market-degree", AssessedInput.MarketInternationalization, market.Id, Scales.AsDegree, Scales.Degrees, (p, v) => p with { Market = v });
        var (networkRange, networkAssessment, _) = networkBuilder.Evaluate("network-model.situation", network.Evaluate, a => a.Situation.ToString());
        verdicts.Add(networkRange);

        // Porter.
        var porterBuilder = new ProfileBuilder<GenericStrategyProfile>(recorder, "generic-strategies", new GenericStrategyProfile { CostAdvantage = Strength.Absent, Differentiation = Strength.Absent, Scope = CompetitiveScope.Broad }, hooks, market.Id)
            .Read("cost-advantage", AssessedInput.CostAdvantage, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { CostAdvantage = v })
            .Read("differentiation", AssessedInput.Differentiation, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { Differentiation = v })
            .Read("scope", AssessedInput.CompetitiveScope, market.Id, Scales.AsScope, Scales.Scopes, (p, v) => p with { Scope = v })
            .Read("localization", AssessedInput.Localization, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { Localization = v })
            .Read("strategic-partnership", AssessedInput.StrategicPartnership, market.Id, Scales.AsStrength, Scales.Strengths, (p, v) => p with { StrategicPartnership = v });
        var (porterRange, porter, _) = porterBuilder.Evaluate("generic-strategies.strategy", genericStrategies.Evaluate, a => a.Strategy.ToString());
        verdicts.Add(porterRange);

        var findings = ImmutableArray.CreateBuilder<Finding>();
        findings.Add(HistoryFinding(market, history));
        if (RivalsFinding(view, market, rivals) is { } rivalsFinding)
        {
            findings.Add(rivalsFinding);
        }

        findings.AddRange(FitFindings(view, market, history, routeRange, controlRange, recorder));

        var analysis = new MarketAnalysis
        {
            MarketId = market.Id,
            MarketName = market.Name,
            Entries = history.Entries,
            History = history.Events,
            CurrentMode = history.CurrentMode,
            Exit = history.Exit,
            Oli = oliAssessment,
            TransactionCosts = tce,
            EntryModes = recommendation,
            Uppsala = uppsalaAssessment,
            Network = networkAssessment,
            GenericStrategy = porter,
            Verdicts = verdicts.ToImmutable(),
            Factors = factors,
            Partners = partners,
            Inputs = [.. recorder.Inputs],
            Findings = findings.ToImmutable(),
            Distances = distances,
            Institutions = institutions,
            OwnershipCap = cap,
        };

        // Distance and institutions notes, when the case holds them for this market.
        var extra = new[] { DistanceInputs.DistanceFinding(analysis), DistanceInputs.InstitutionsFinding(view, analysis) }.OfType<Finding>().ToList();
        return extra.Count == 0 ? analysis : analysis with { Findings = [.. analysis.Findings, .. extra] };
    }

    private (VerdictRange Range, EntryModeRecommendation? Recommendation) BestMode(
        ImmutableArray<(string Value, OliAssessment Assessment)> routes,
        ImmutableArray<(string Value, TransactionCostAssessment Assessment)> controls,
        VerdictRange routeRange,
        VerdictRange controlRange)
    {
        var results = new List<(string Mode, string Route, string Control, EntryModeRecommendation Recommendation)>();
        foreach (var (route, o) in routes)
        {
            foreach (var (control, t) in controls)
            {
                var r = entryModes.Recommend(o, t);
                results.Add((r.Best.Mode.ToString(), route, control, r));
            }
        }

        var modes = results.Select(r => r.Mode).Distinct(StringComparer.Ordinal).ToList();
        var branches = modes.Select(mode =>
        {
            var rows = results.Where(r => r.Mode == mode).ToList();
            var when = ImmutableArray.CreateBuilder<BranchCondition>();
            if (routes.Length > 1 && rows.Select(r => r.Route).Distinct().Count() < routes.Length)
            {
                when.Add(new BranchCondition("oli.route", [.. rows.Select(r => r.Route).Distinct(StringComparer.Ordinal)]));
            }

            if (controls.Length > 1 && rows.Select(r => r.Control).Distinct().Count() < controls.Length)
            {
                when.Add(new BranchCondition("transaction-costs.control", [.. rows.Select(r => r.Control).Distinct(StringComparer.Ordinal)]));
            }

            return new VerdictBranch(mode, when.ToImmutable(), rows.Count);
        }).ToImmutableArray();
        var routeDecides = routes.Length > 1 && results.GroupBy(r => r.Control).Any(g => g.Select(r => r.Mode).Distinct().Count() > 1);
        var controlDecides = controls.Length > 1 && results.GroupBy(r => r.Route).Any(g => g.Select(r => r.Mode).Distinct().Count() > 1);
        var range = new VerdictRange
        {
            Verdict = "entry-modes.best",
            Value = modes.Count == 1 ? modes[0] : null,
            Branches = branches,
            UndeterminedInputs = [.. routeRange.UndeterminedInputs.Concat(controlRange.UndeterminedInputs)],
            DecidingInputs = [.. (routeDecides ? routeRange.DecidingInputs : []).Concat(controlDecides ? controlRange.DecidingInputs : [])],
        };
        var determined = routeRange.IsDetermined && controlRange.IsDetermined ? results[0].Recommendation : null;
        return (range, determined);
    }

    private static Finding HistoryFinding(Market market, EntryHistory history)
    {
        var evidence = history.Evidence;
        if (history.Entries.Length == 0)
        {
            return new Finding("analysis.history", FindingOutcome.Note, Fmt($"The firm has no entry of its own into {market.Name} as of this year."), [], [], "Benito & Welch (1997)");
        }

        var steps = string.Join("; ", history.Events.Select(e => Fmt($"{e.Date}: {Describe(e)}")));
        var state = history.Exit is { } exit
            ? Fmt($"The firm has exited {market.Name}: the last operation ended in {exit.Date} ({exit.Kind}{(exit.Buyer is { } b ? ", to " + b : string.Empty)}).")
            : Fmt($"Mode in force: {history.CurrentMode}.");
        return new Finding(
            "analysis.history",
            FindingOutcome.Note,
            Fmt($"Ownership history in {market.Name}: {steps}. {state}"),
            [new FindingInput("mode-in-force", history.Exit is null ? history.CurrentMode?.ToString() ?? "none" : "exited", evidence)],
            [],
            "Benito & Welch (1997); Welch & Luostarinen (1988)");
    }

    // The rivals the case's competitor records name in the market (dated as of the year), and those the ownership rating is made
    // against: O is "net" of rivals (Dunning 1988), and the network model reads the market's net of competitors (Johanson &
    // Mattsson 1988). A rival the records name that the rating does not is reported, not assumed.
    private static Finding? RivalsFinding(EvidenceView view, Market market, ImmutableArray<string> ratedAgainst)
    {
        var records = view.Case.Competitors.OrEmpty()
            .Where(c => view.OwnParties.Contains(c.Firm) && c.Market == market.Id)
            .Select(c => (c.CompetitorFirm, Evidence: view.AvailableIds(c.Evidence.OrEmpty())))
            .Where(c => !c.Evidence.IsEmpty)
            .ToList();
        if (records.Count == 0 && ratedAgainst.IsEmpty)
        {
            return null;
        }

        string Name(string id) => view.Case.Firms.OrEmpty().FirstOrDefault(f => f.Id == id)?.Name ?? id;
        var named = records.Select(r => Name(r.CompetitorFirm)).Distinct(StringComparer.Ordinal).ToList();
        var against = ratedAgainst.Select(Name).ToList();
        var unrated = named.Except(against, StringComparer.Ordinal).ToList();
        var sentence = Fmt($"The case names {(named.Count == 0 ? "no rival" : string.Join(", ", named))} as {(named.Count == 1 ? "a rival" : "rivals")} in {market.Name}; the ownership advantage is rated against {(against.Count == 0 ? "no named rival" : string.Join(", ", against))}.")
            + (unrated.Count > 0 ? Fmt($" Not in that rating: {string.Join(", ", unrated)}.") : string.Empty);
        return new Finding(
            "analysis.rivals",
            FindingOutcome.Note,
            sentence,
            [.. records.Select(r => new FindingInput("rival." + r.CompetitorFirm, Name(r.CompetitorFirm), r.Evidence))],
            [],
            "Dunning (1988); Johanson & Mattsson (1988)");
    }

    private static string Describe(EntryEvent e) => e.Kind switch
    {
        EntryEventKind.Entered => Fmt($"entered by {e.Mode}{(e.Detail.Length > 0 ? " (" + e.Detail + ")" : string.Empty)}{(e.StakePercent is { } s ? Fmt($", {s}%") : string.Empty)}"),
        EntryEventKind.StakeIncreased => "increased its " + e.Detail,
        EntryEventKind.StakeReduced => "reduced its " + e.Detail,
        EntryEventKind.Ended => Fmt($"{e.Mode} ended: {e.Detail}"),
        _ => Fmt($"took a stake of {e.StakePercent}% in {e.Detail}"),
    };

    private static IEnumerable<Finding> FitFindings(EvidenceView view, Market market, EntryHistory history, VerdictRange route, VerdictRange control, InputRecorder recorder)
    {
        var current = history.CurrentMode;
        if (current is not { } mode)
        {
            var why = history.Exit is not null ? Fmt($"the firm has exited {market.Name}") : Fmt($"the firm has no entry into {market.Name} as of {view.AsOf}");
            yield return new Finding("analysis.entry-mode.fit", FindingOutcome.Unknown, Fmt($"No mode is in force to compare: {why}."), [Input("mode-in-force", "none")], [], string.Empty);
            yield break;
        }

        var attributes = EntryModeCatalog.Get(mode);
        var evidence = history.Evidence;
        yield return Fit(
            "analysis.entry-mode.fit",
            mode,
            evidence,
            route,
            attributes.Route?.ToString() ?? "none",
            recorder.Circular("oli"),
            attributes.Route is { } r ? Fmt($"the {r} route") : "no route of its own (a supporting arrangement)",
            "Dunning (1981, 1988)");
        yield return Fit(
            "analysis.control.fit",
            mode,
            evidence,
            control,
            attributes.Control.ToString(),
            recorder.Circular("transaction-costs"),
            Fmt($"{attributes.Control} control"),
            "Anderson & Gatignon (1986)");
    }

    private static Finding Fit(string rule, EntryMode mode, ImmutableArray<string> evidence, VerdictRange range, string modeValue, ImmutableArray<AnalysisInput> circular, string gives, string source)
    {
        var inputs = ImmutableArray.Create(new FindingInput("mode-in-force", mode.ToString(), evidence), Input(range.Verdict, range.Value ?? "Undetermined"));
        if (!circular.IsEmpty)
        {
            var names = string.Join(", ", circular.Select(i => i.Framework + "." + i.Name));
            return new Finding(rule, FindingOutcome.NotATest, Fmt($"Not a test: {names} rest on the firm's own entries or relationships in this market, so comparing {mode} with {range.Verdict} would explain the mode by the mode."), inputs.AddRange(circular.Select(i => new FindingInput(i.Framework + "." + i.Name, i.Value, i.OutcomeEvidence))), [], source);
        }

        if (range.Value is not { } value)
        {
            var fits = range.Branches.Where(b => b.Value == modeValue).ToList();
            var sentence = fits.Count == 0
                ? Fmt($"{mode} gives {gives}, which no value of the undetermined inputs ({string.Join(", ", range.UndeterminedInputs)}) calls for.")
                : Fmt($"{mode} gives {gives}; {range.Verdict} is undetermined, and calls for it when {string.Join("; ", fits[0].When.Select(w => w.ToString()))}.");
            return new Finding(rule, fits.Count == 0 ? FindingOutcome.NotMet : FindingOutcome.Unknown, sentence, inputs, [], source);
        }

        return new Finding(
            rule,
            MetOrNot(value == modeValue),
            value == modeValue ? Fmt($"The mode in force, {mode}, gives {gives}, which {range.Verdict} calls for.") : Fmt($"The mode in force, {mode}, gives {gives}; {range.Verdict} calls for {value}."),
            inputs,
            [],
            source);
    }

    // VRIO per resource, firm-wide and, where the case rates a resource for a market, per market: value depends on the market
    // (Barney 1991; review item 16).
    private ImmutableArray<VrioAssessment> BuildVrio(InputRecorder recorder, ImmutableArray<VerdictRange>.Builder verdicts, AnalysisHooks? hooks)
    {
        var list = ImmutableArray.CreateBuilder<VrioAssessment>();
        AssessedInput[] questions = [AssessedInput.VrioValuable, AssessedInput.VrioRare, AssessedInput.VrioInimitable, AssessedInput.VrioOrganized];
        var markets = recorder.View.Case.Assessments.OrEmpty()
            .Select(a => a.Rates).Where(r => r is { Market: not null } && questions.Contains(r.Input)).Select(r => r!.Market)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var resource in VrioResources)
        {
            foreach (var market in markets.Prepend(null))
            {
                var name = RuleIds.Kebab(resource.ToString());
                // A market reading needs a rating made for that market; its other questions may fall back to the firm-wide ratings.
                var rated = market is null
                    ? questions.Any(input => recorder.View.Rating(input, null, resource) is { Applies: not null } or { SetAside: not null })
                    : recorder.View.Case.Assessments.OrEmpty().Any(a => a.Rates is { } r && r.Market == market && r.Resource == resource && questions.Contains(r.Input) && recorder.View.OwnParties.Contains(r.Firm));
                if (!rated)
                {
                    continue;
                }

                var key = market is null ? name : name + "." + market;
                var builder = new ProfileBuilder<VrioProfile>(recorder, "vrio", new VrioProfile { Resource = name, Market = market, Valuable = Judgment.No, Rare = Judgment.No, CostlyToImitate = Judgment.No, Organized = Judgment.No }, hooks)
                    .Read(key + ".valuable", AssessedInput.VrioValuable, market, Scales.AsJudgment, Scales.Judgments, (p, v) => p with { Valuable = v }, resource: resource)
                    .Read(key + ".rare", AssessedInput.VrioRare, market, Scales.AsJudgment, Scales.Judgments, (p, v) => p with { Rare = v }, resource: resource)
                    .Read(key + ".inimitable", AssessedInput.VrioInimitable, market, Scales.AsJudgment, Scales.Judgments, (p, v) => p with { CostlyToImitate = v }, resource: resource)
                    .Read(key + ".organized", AssessedInput.VrioOrganized, market, Scales.AsJudgment, Scales.Judgments, (p, v) => p with { Organized = v }, resource: resource);
                var (range, assessment, _) = builder.Evaluate("vrio." + key, vrio.Evaluate, a => a.Implication.ToString());
                verdicts.Add(range);
                if (assessment is not null)
                {
                    list.Add(assessment);
                }
            }
        }

        return list.ToImmutable();
    }

    private static ImmutableArray<PlatformModelRow> BuildPlatformModels(EvidenceView view, Firm firm)
    {
        var rows = ImmutableArray.CreateBuilder<PlatformModelRow>();
        foreach (var model in new[] { PlatformModel.B2B, PlatformModel.B2C, PlatformModel.C2C })
        {
            var units = firm.BusinessUnits.OrEmpty().Where(u => u.PlatformModel == model && (u.LaunchedYear is null || u.LaunchedYear <= view.AsOf)).ToList();
            var features = view.Facts(FactTopic.PlatformFeatures, null).Where(f => f.PlatformModel == model).ToList();
            var flows = view.Facts(FactTopic.PlatformFlow, null).Where(f => f.PlatformModel == model).ToList();
            if (units.Count == 0 && features.Count == 0 && flows.Count == 0)
            {
                continue;
            }

            rows.Add(new PlatformModelRow(
                model,
                model switch { PlatformModel.B2B => "Firm and firm", PlatformModel.B2C => "Firm and consumer", _ => "Consumer and consumer" },
                [.. features.Select(f => f.Citations[0].Quote)],
                [.. flows.Select(f => f.Citations[0].Quote)],
                [.. units.Select(u => u.Name)],
                [.. features.Concat(flows).Select(f => f.Id).Concat(units.SelectMany(u => u.Evidence.OrEmpty())).Distinct(StringComparer.Ordinal)]));
        }

        return rows.ToImmutable();
    }

    // Each own entry with its end; a sale paid in a stake in the buyer leaves that stake in force from the sale (Benito & Welch 1997).
    private static IEnumerable<DatedEntry> UppsalaEntries(EntryHistory history)
    {
        foreach (var e in history.Entries)
        {
            yield return new DatedEntry(e.Year, e.Mode, e.Evidence.OrEmpty())
            {
                Name = e.Id,
                EndYear = e.End?.Date.Year,
                EndKind = e.End?.Kind ?? EntryEndKind.Unspecified,
                Countries = e.Countries.OrEmpty(),
            };
        }

        foreach (var e in history.BuyerStakes)
        {
            yield return new DatedEntry(e.End!.Date.Year, EntryMode.MinorityStake, e.Evidence.OrEmpty())
            {
                Name = e.Id + ".stake-in-buyer",
                Countries = e.Countries.OrEmpty(),
            };
        }
    }

    internal static string UppsalaPattern(UppsalaAssessment u) =>
        u.FirstYear is null ? "not started"
        : u.Exited ? "exited"
        : u.MovedDown ? "moved down"
        : u.LeapfroggedAtFirstEntry || u.Leapfrogged ? "leapfrogged"
        : u.FollowedChain ? "followed the chain"
        : "did not follow the chain";
}
