using System.Collections.Immutable;
using System.Globalization;
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
/// <para>Nothing in the analyzer knows about a particular firm: the case is data, the frameworks are code. Inputs come from analyst
/// assessments that rate them, or from documented derivations over the facts (<see cref="CaseAnalyzerOptions"/>), and every input
/// lists its source and evidence (<see cref="AnalysisInput"/>).</para>
/// <para>"As of" a year: facts dated later are ignored, entries and relationships dated later are ignored, and an analyst assessment
/// applies as <see cref="CaseAnalyzerOptions.AssessmentDating"/> says.</para>
/// <para>Besides each evaluator's findings, the analyzer adds its own. On <see cref="CaseAnalysis.Findings"/>:
/// <c>analysis.push-and-pull</c> (met when home-market and international-opportunity drivers are both present),
/// <c>analysis.born-global.criteria</c> (met when a born-global criterion is met; only when the firm has a founding year),
/// <c>analysis.porter.hybrid</c> (a note, only when some market is a hybrid) and <c>analysis.uppsala.patterns</c> (a note on each
/// market's establishment chain, when there are markets). On each <see cref="MarketAnalysis.Findings"/>: <c>analysis.entry-mode.fit</c>
/// (met when the firm's most committed mode belongs to the OLI route; unknown before the first entry) and <c>analysis.control.fit</c>
/// (met when that mode gives the control the transaction costs call for; only after an entry).</para>
/// <para>The analyzer is pure and thread-safe: it holds only its evaluators and a copy of its options.</para>
/// </remarks>
public sealed class CaseAnalyzer : ICaseAnalyzer
{
    private static readonly FactTopic[] AttractivenessTopics =
    [
        FactTopic.MarketSize, FactTopic.InternetPenetration, FactTopic.InternetUserGrowth, FactTopic.OnlineShoppingGrowth,
        FactTopic.CustomerPreference, FactTopic.PricePreference, FactTopic.CulturalProximity, FactTopic.YoungPopulation, FactTopic.RetailGaps,
    ];

    private static readonly FactTopic[] PolicyTopics =
    [
        FactTopic.HostRegulation, FactTopic.IntergovernmentalCooperation, FactTopic.BeltAndRoad, FactTopic.CrossBorderCooperation, FactTopic.TransportCorridor,
    ];

    private static readonly FactTopic[] EntryTacticTopics =
    [
        FactTopic.TierCities, FactTopic.OfflinePresence, FactTopic.InfrastructureBuilding, FactTopic.TrafficAcquisition, FactTopic.TechnologyTransfer,
    ];

    private static readonly FactTopic[] BusinessStrategyTopics =
    [
        FactTopic.CostLeadership, FactTopic.Differentiation, FactTopic.Localization, FactTopic.Partnership, FactTopic.EcosystemBuilding,
    ];

    private static readonly (ComparisonRow Row, FactTopic[] Topics)[] FactorRows =
    [
        (ComparisonRow.MarketAttractiveness, AttractivenessTopics),
        (ComparisonRow.RegulationAndPolicy, PolicyTopics),
        (ComparisonRow.EntryStrategy, EntryTacticTopics),
        (ComparisonRow.BusinessStrategy, BusinessStrategyTopics),
    ];

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
    private readonly int moderateCount;
    private readonly int strongCount;
    private readonly decimal highPenetration;
    private readonly int moderateLocation;
    private readonly int strongLocation;
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
    /// <param name="options">How inputs are derived from facts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A moderate count (<see cref="CaseAnalyzerOptions.ModerateEvidenceCount"/>,
    /// <see cref="CaseAnalyzerOptions.ModerateLocationFactorCount"/>) is below 2, a strong count is below its moderate count, the penetration
    /// threshold is outside 0..100, or <see cref="CaseAnalyzerOptions.AssessmentDating"/> is unspecified or undefined.</exception>
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
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ModerateEvidenceCount, 2, nameof(options.ModerateEvidenceCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.StrongEvidenceCount, options.ModerateEvidenceCount, nameof(options.StrongEvidenceCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ModerateLocationFactorCount, 2, nameof(options.ModerateLocationFactorCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.StrongLocationFactorCount, options.ModerateLocationFactorCount, nameof(options.StrongLocationFactorCount));
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
        moderateCount = options.ModerateEvidenceCount;
        strongCount = options.StrongEvidenceCount;
        highPenetration = options.HighInternetPenetrationPercent;
        moderateLocation = options.ModerateLocationFactorCount;
        strongLocation = options.StrongLocationFactorCount;
        dating = options.AssessmentDating;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="studyCase"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The case has no firm <see cref="Case.PrimaryFirm"/> (possible only for a case built in code).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOfYear"/> is outside 1600..3000.</exception>
    public CaseAnalysis Analyze(Case studyCase, int asOfYear)
    {
        ArgumentNullException.ThrowIfNull(studyCase);
        return Analyze(studyCase, studyCase.PrimaryFirm, asOfYear);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="studyCase"/> or <paramref name="firmId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The case has no firm <paramref name="firmId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOfYear"/> is outside 1600..3000.</exception>
    public CaseAnalysis Analyze(Case studyCase, string firmId, int asOfYear)
    {
        ArgumentNullException.ThrowIfNull(studyCase);
        ArgumentNullException.ThrowIfNull(firmId);
        ArgumentOutOfRangeException.ThrowIfLessThan(asOfYear, 1600);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(asOfYear, 3000);
        var firm = studyCase.GetFirm(firmId);
        var view = new CaseView(studyCase, firm.Id, asOfYear, dating);

        var firmInputs = new List<AnalysisInput>();
        var (driversProfile, driverEvidence) = BuildDrivers(view, firmInputs);
        var driversAssessment = drivers.Evaluate(driversProfile);
        var born = BuildBornGlobal(view, firm, firmInputs);
        var vrioAssessments = BuildVrio(view, firmInputs);

        var marketIds = studyCase.Markets
            .Where(m => studyCase.Entries.Any(e => e.Firm == firm.Id && e.Market == m.Id)
                || studyCase.Assessments.Any(a => a.Rates is { } r && r.Firm == firm.Id && r.Market == m.Id))
            .ToList();
        var markets = marketIds.Select(m => AnalyzeMarket(view, m, driversAssessment)).ToImmutableArray();

        var findings = ImmutableArray.CreateBuilder<Finding>();
        findings.Add(new Finding(
            "analysis.push-and-pull",
            MetOrNot(driversAssessment.PushAndPull),
            driversAssessment.PushAndPull
                ? "Both push (home-market) and pull (international-opportunity) drivers are present: the firm is driven abroad and drawn to its markets."
                : "Push and pull drivers are not both present: the evidence shows only one side of the motive to internationalize.",
            [.. driverEvidence.Where(d => DriverCatalog.CategoryOf(d.Kind) is DriverCategory.HomeMarket or DriverCategory.InternationalOpportunity)
                .Select(d => new FindingInput(DriverCatalog.RuleIdOf(d.Kind), d.Facts.Length.ToString(CultureInfo.InvariantCulture), d.Facts))],
            [],
            "Gerschewski, Rose & Lindsay (2014); Wang (2018), Figure 2"));
        if (born is not null)
        {
            findings.Add(BornGlobalFinding(born));
        }

        var hybrids = markets.Where(m => m.GenericStrategy.Strategy == GenericStrategy.Hybrid).ToList();
        if (hybrids.Count > 0)
        {
            findings.Add(new Finding(
                "analysis.porter.hybrid",
                FindingOutcome.Note,
                Fmt($"In {string.Join(" and ", hybrids.Select(m => m.MarketName))} the firm holds cost and differentiation advantages at once. Porter (1980, 1985) warns that pursuing both risks being stuck in the middle; the integrated view (Hill 1988) reads a deliberate combination as sustainable. The case's evidence supports the integrated reading only if the combination is deliberate and lasting."),
                [.. hybrids.Select(m => new FindingInput("generic-strategy." + m.MarketId, m.GenericStrategy.Strategy.ToString(), m.GenericStrategy.Findings.SelectMany(f => f.Evidence).Distinct(StringComparer.Ordinal).ToImmutableArray()))],
                [],
                "Porter (1980, 1985); Hill (1988)"));
        }

        if (markets.Length > 0)
        {
            findings.Add(new Finding(
                "analysis.uppsala.patterns",
                FindingOutcome.Note,
                string.Join(" ", markets.Select(m => Fmt($"{m.MarketName}: {m.Uppsala.Findings.Single(f => f.RuleId == "uppsala.chain").Sentence}"))),
                [.. markets.Select(m => new FindingInput("uppsala." + m.MarketId, UppsalaPattern(m.Uppsala), [.. m.Entries.SelectMany(e => e.Evidence).Distinct(StringComparer.Ordinal)]))],
                [],
                "Johanson & Vahlne (1977, 2009)"));
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
            Inputs = [.. firmInputs],
            Findings = findings.ToImmutable(),
        };
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The analysis has no such market.</exception>
    /// <exception cref="ArgumentException">The two markets are the same.</exception>
    public MarketComparison Compare(CaseAnalysis analysis, string marketA, string marketB)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(marketA);
        ArgumentNullException.ThrowIfNull(marketB);
        if (marketA == marketB)
        {
            throw new ArgumentException("Compare two different markets.", nameof(marketB));
        }

        var a = analysis.GetMarket(marketA);
        var b = analysis.GetMarket(marketB);
        var cells = new List<ComparisonCell>();

        foreach (var row in new[] { ComparisonRow.MarketAttractiveness, ComparisonRow.RegulationAndPolicy, ComparisonRow.EntryStrategy, ComparisonRow.BusinessStrategy })
        {
            var topics = a.Factors.Concat(b.Factors).Where(f => f.Row == row).Select(f => f.Topic).Distinct();
            foreach (var topic in topics)
            {
                var fa = a.Factors.FirstOrDefault(f => f.Topic == topic);
                var fb = b.Factors.FirstOrDefault(f => f.Topic == topic);
                cells.Add(Cell(row, RuleIds.Kebab(topic.ToString()), fa is not null, fb is not null, string.Empty, string.Empty, fa?.Evidence ?? [], fb?.Evidence ?? []));
            }
        }

        // Entry strategy: partner functions, modes used, the composite "local cooperation plus own subsidiary", and the named partners.
        var functions = a.Partners.Concat(b.Partners).SelectMany(p => p.Functions).Distinct();
        foreach (var function in functions)
        {
            var pa = a.Partners.Where(p => p.Functions.Contains(function)).ToList();
            var pb = b.Partners.Where(p => p.Functions.Contains(function)).ToList();
            cells.Add(Cell(ComparisonRow.EntryStrategy, "partner-function." + RuleIds.Kebab(function.ToString()), pa.Count > 0, pb.Count > 0, Names(pa), Names(pb), Ids(pa.SelectMany(p => p.Evidence)), Ids(pb.SelectMany(p => p.Evidence))));
        }

        foreach (var mode in a.Entries.Concat(b.Entries).Select(e => e.Mode).Distinct())
        {
            var ea = a.Entries.Where(e => e.Mode == mode).ToList();
            var eb = b.Entries.Where(e => e.Mode == mode).ToList();
            cells.Add(Cell(ComparisonRow.EntryStrategy, "mode." + RuleIds.Kebab(mode.ToString()), ea.Count > 0, eb.Count > 0, string.Empty, string.Empty, Ids(ea.SelectMany(e => e.Evidence)), Ids(eb.SelectMany(e => e.Evidence))));
        }

        var ca = CooperationAndSubsidiary(a);
        var cb = CooperationAndSubsidiary(b);
        AddIfAny(cells, ComparisonRow.EntryStrategy, "local-cooperation-and-subsidiary", ca.Holds, cb.Holds, ca.Evidence, cb.Evidence);
        if (a.Partners.Length > 0 || b.Partners.Length > 0)
        {
            cells.Add(Cell(ComparisonRow.EntryStrategy, "partners", a.Partners.Length > 0, b.Partners.Length > 0, Names(a.Partners), Names(b.Partners), Ids(a.Partners.SelectMany(p => p.Evidence)), Ids(b.Partners.SelectMany(p => p.Evidence)), valued: true));
        }

        // Business strategy: Porter's cell and the advantages and elements it reads.
        var ga = a.GenericStrategy;
        var gb = b.GenericStrategy;
        var evA = Ids(ga.Findings.SelectMany(f => f.Evidence));
        var evB = Ids(gb.Findings.SelectMany(f => f.Evidence));
        cells.Add(Cell(ComparisonRow.BusinessStrategy, "generic-strategy", true, true, ga.Strategy.ToString(), gb.Strategy.ToString(), evA, evB, valued: true));
        AddIfAny(cells, ComparisonRow.BusinessStrategy, "cost-advantage", ga.CostAdvantageHeld, gb.CostAdvantageHeld, evA, evB);
        AddIfAny(cells, ComparisonRow.BusinessStrategy, "differentiation-advantage", ga.DifferentiationHeld, gb.DifferentiationHeld, evA, evB);
        AddIfAny(cells, ComparisonRow.BusinessStrategy, "localization-element", ga.LocalizationElement, gb.LocalizationElement, evA, evB);
        AddIfAny(cells, ComparisonRow.BusinessStrategy, "partnership-element", ga.PartnershipElement, gb.PartnershipElement, evA, evB);

        return new MarketComparison
        {
            CaseId = analysis.CaseId,
            AsOfYear = analysis.AsOfYear,
            MarketA = marketA,
            MarketB = marketB,
            Cells = [.. cells.OrderBy(c => c.Row).ThenBy(c => c.Item, StringComparer.Ordinal)],
        };
    }

    private static void AddIfAny(List<ComparisonCell> cells, ComparisonRow row, string item, bool inA, bool inB, ImmutableArray<string> evA, ImmutableArray<string> evB)
    {
        if (inA || inB)
        {
            cells.Add(Cell(row, item, inA, inB, string.Empty, string.Empty, inA ? evA : [], inB ? evB : []));
        }
    }

    private static ComparisonCell Cell(ComparisonRow row, string item, bool inA, bool inB, string valueA, string valueB, ImmutableArray<string> evA, ImmutableArray<string> evB, bool valued = false)
    {
        var same = inA && inB && (!valued || valueA == valueB);
        return new ComparisonCell(row, item, same ? CellVerdict.Same : CellVerdict.Differ, inA, inB, valueA, valueB, evA, evB);
    }

    private static string Names(IEnumerable<PartnerSummary> partners) => string.Join(", ", partners.Select(p => p.Name).Order(StringComparer.Ordinal));

    private static ImmutableArray<string> Ids(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];

    private static (bool Holds, ImmutableArray<string> Evidence) CooperationAndSubsidiary(MarketAnalysis m)
    {
        var cooperation = m.Entries.Where(e => e.Mode == EntryMode.StrategicAlliance).ToList();
        var subsidiary = m.Entries.Where(e => e.Mode is EntryMode.JointVenture or EntryMode.Acquisition or EntryMode.GreenfieldSubsidiary).ToList();
        var holds = (cooperation.Count > 0 || m.Partners.Any(p => p.Kind == RelationshipKind.StrategicPartnership)) && subsidiary.Count > 0;
        return (holds, holds ? Ids(cooperation.Concat(subsidiary).SelectMany(e => e.Evidence)) : []);
    }

    private MarketAnalysis AnalyzeMarket(CaseView view, Market market, DriversAssessment driversAssessment)
    {
        var inputs = new List<AnalysisInput>();
        var factors = BuildFactors(view, market.Id);
        var entries = view.Case.Entries
            .Where(e => e.Firm == view.Firm && e.Market == market.Id && e.Year <= view.AsOf)
            .OrderBy(e => e.Year).ThenBy(e => e.Month ?? 0)
            .ToImmutableArray();
        var partners = view.Case.Relationships
            .Where(r => r.Firm == view.Firm && r.Market == market.Id && (r.Year is null || r.Year <= view.AsOf))
            .Select(r => new PartnerSummary(r.Counterparty, view.Case.GetFirm(r.Counterparty).Name, r.Kind, r.Functions, r.Year, r.Evidence))
            .ToImmutableArray();

        // OLI.
        var internalDrivers = driversAssessment.Drivers.Where(d => d.Category == DriverCategory.Internal).ToList();
        var strongestInternal = internalDrivers.Count == 0 ? Strength.Absent : internalDrivers.Max(d => d.Strength.Value);
        var assetDerived = (strongestInternal, Fmt($"the strongest internal driver of internationalization is {strongestInternal}"), Ids(internalDrivers.SelectMany(d => d.Strength.Evidence)));
        var asset = RateStrength(view, inputs, "oli", "ownership.asset", AssessedInput.OwnershipAsset, null, assetDerived);
        var transaction = RateStrength(view, inputs, "oli", "ownership.transaction", AssessedInput.OwnershipTransaction, null, Count("governance facts", view.Facts(FactTopic.Governance, null)));
        var institutional = RateStrength(view, inputs, "oli", "ownership.institutional", AssessedInput.OwnershipInstitutional, null, null);
        var net = RateStrength(view, inputs, "oli", "network", AssessedInput.NetworkAdvantage, null, Count("network-advantage facts", view.Facts(FactTopic.NetworkAdvantage, null)));
        var attractiveness = factors.Where(f => f.Row == ComparisonRow.MarketAttractiveness).ToList();
        var locationDerived = (Tier(attractiveness.Count, moderateLocation, strongLocation), Fmt($"{attractiveness.Count} market-attractiveness factor(s) shown by the evidence (Moderate from {moderateLocation}, Strong from {strongLocation})"), Ids(attractiveness.SelectMany(f => f.Evidence)));
        var location = RateStrength(view, inputs, "oli", "location", AssessedInput.Location, market.Id, locationDerived);
        var internalization = RateStrength(view, inputs, "oli", "internalization", AssessedInput.Internalization, market.Id, null);
        var oliAssessment = oli.Evaluate(new OliProfile
        {
            AssetOwnership = asset,
            TransactionOwnership = transaction,
            InstitutionalOwnership = institutional,
            Network = net,
            Location = location,
            Internalization = internalization,
        });

        // Transaction costs: the neutral value is Moderate, which pushes control neither up nor down.
        Rated<Strength> Tce(string name, AssessedInput input) => RateStrength(view, inputs, "transaction-costs", name, input, market.Id, null, Strength.Moderate);
        var tce = transactionCosts.Evaluate(new TransactionCostProfile
        {
            AssetSpecificity = Tce("asset-specificity", AssessedInput.AssetSpecificity),
            ExternalUncertainty = Tce("external-uncertainty", AssessedInput.ExternalUncertainty),
            InternalUncertainty = Tce("internal-uncertainty", AssessedInput.InternalUncertainty),
            Frequency = Tce("frequency", AssessedInput.TransactionFrequency),
            FreeRidingPotential = Tce("free-riding-potential", AssessedInput.FreeRidingPotential),
        });
        var recommendation = entryModes.Recommend(oliAssessment, tce);

        // Uppsala.
        var uppsalaAssessment = uppsala.Evaluate(new UppsalaProfile { Entries = [.. entries.Select(e => new DatedEntry(e.Year, e.Mode, e.Evidence))] });

        // Network model.
        var firmDegree = RateChoice(view, inputs, "network-model", "firm-degree", AssessedInput.FirmInternationalization, market.Id, ParseDegree);
        var marketDegree = RateChoice(view, inputs, "network-model", "market-degree", AssessedInput.MarketInternationalization, market.Id, ParseDegree);
        var networkAssessment = firmDegree is { } fd && marketDegree is { } md
            ? network.Evaluate(new NetworkProfile { Firm = fd, Market = md })
            : null;

        // Porter.
        var cost = RateStrength(view, inputs, "generic-strategies", "cost-advantage", AssessedInput.CostAdvantage, market.Id, Count("cost-leadership facts in the market", view.Facts(FactTopic.CostLeadership, market.Id)));
        var differentiation = RateStrength(view, inputs, "generic-strategies", "differentiation", AssessedInput.Differentiation, market.Id, Count("differentiation facts in the market", view.Facts(FactTopic.Differentiation, market.Id)));
        var localization = RateStrength(view, inputs, "generic-strategies", "localization", AssessedInput.Localization, market.Id, Count("localization facts in the market", view.Facts(FactTopic.Localization, market.Id)));
        var partnership = RateStrength(view, inputs, "generic-strategies", "strategic-partnership", AssessedInput.StrategicPartnership, market.Id, Count("partnership facts in the market", view.Facts(FactTopic.Partnership, market.Id)));
        var scope = RateChoice(view, inputs, "generic-strategies", "scope", AssessedInput.CompetitiveScope, market.Id, ParseScope)
            ?? NoEvidence(inputs, "generic-strategies", "scope", CompetitiveScope.Broad, "no assessment rates the scope; Broad (the whole market) assumed");
        var porter = genericStrategies.Evaluate(new GenericStrategyProfile
        {
            CostAdvantage = cost,
            Differentiation = differentiation,
            Scope = scope,
            Localization = localization,
            StrategicPartnership = partnership,
        });

        // The highest control rank, the later entry on a tie: MaxBy keeps the first maximum it meets, so it reads the entries backwards.
        var current = entries.Reverse().MaxBy(e => EntryModeCatalog.Get(e.Mode).ControlRank)?.Mode;

        return new MarketAnalysis
        {
            MarketId = market.Id,
            MarketName = market.Name,
            Entries = entries,
            CurrentMode = current,
            Oli = oliAssessment,
            TransactionCosts = tce,
            EntryModes = recommendation,
            Uppsala = uppsalaAssessment,
            Network = networkAssessment,
            GenericStrategy = porter,
            Factors = factors,
            Partners = partners,
            Inputs = [.. inputs],
            Findings = FitFindings(view, market, entries, current, oliAssessment, tce, recommendation),
        };
    }

    private static ImmutableArray<Finding> FitFindings(
        CaseView view,
        Market market,
        ImmutableArray<MarketEntry> entries,
        EntryMode? current,
        OliAssessment oliAssessment,
        TransactionCostAssessment tce,
        EntryModeRecommendation recommendation)
    {
        if (current is not { } mode)
        {
            return
            [
                new Finding(
                    "analysis.entry-mode.fit",
                    FindingOutcome.Unknown,
                    Fmt($"The firm has no recorded entry into {market.Name} as of {view.AsOf}; the frameworks recommend {recommendation.Best.Mode} ({oliAssessment.Route}, {tce.Control} control)."),
                    [Input("current-mode", "none"), Input("recommended-mode", recommendation.Best.Mode.ToString())],
                    [],
                    string.Empty),
            ];
        }

        var attributes = EntryModeCatalog.Get(mode);
        var rank = recommendation.Candidates.First(c => c.Mode == mode).Rank;
        var inputs = ImmutableArray.Create(
            new FindingInput("current-mode", mode.ToString(), Ids(entries.SelectMany(e => e.Evidence))),
            Input("oli.route", oliAssessment.Route.ToString()),
            Input("tce.control", tce.Control.ToString()));
        return
        [
            new Finding(
                "analysis.entry-mode.fit",
                MetOrNot(attributes.Route == oliAssessment.Route),
                attributes.Route == oliAssessment.Route
                    ? Fmt($"The firm's most committed mode in {market.Name} ({mode}) belongs to the {oliAssessment.Route} route the OLI matrix selects; it ranks {rank} of {recommendation.Candidates.Length}.")
                    : Fmt($"The firm's most committed mode in {market.Name} ({mode}) belongs to the {attributes.Route} route, but the OLI matrix selects {oliAssessment.Route}; it ranks {rank} of {recommendation.Candidates.Length}."),
                inputs,
                [],
                "Dunning (1981)"),
            new Finding(
                "analysis.control.fit",
                MetOrNot(attributes.Control == tce.Control),
                attributes.Control == tce.Control
                    ? Fmt($"{mode} gives the {tce.Control} control the transaction costs call for.")
                    : Fmt($"{mode} gives {attributes.Control} control; the transaction costs call for {tce.Control}."),
                inputs,
                [],
                "Anderson & Gatignon (1986)"),
        ];
    }

    private ImmutableArray<FactorPresence> BuildFactors(CaseView view, string marketId)
    {
        var list = ImmutableArray.CreateBuilder<FactorPresence>();
        foreach (var (row, topics) in FactorRows)
        {
            foreach (var topic in topics)
            {
                // Internet penetration counts only as a numeric percentage of at least the option; any other factor from one cited fact.
                var penetration = topic == FactTopic.InternetPenetration;
                var ids = Ids(view.Facts(topic, marketId)
                    .Where(f => !penetration || (f is { IsNumeric: true, Unit: MeasureUnit.Percent } && f.ScaledValue >= highPenetration))
                    .Select(f => f.Id));
                if (ids.Length > 0)
                {
                    var rule = penetration
                        ? Fmt($"a numeric internet penetration of at least {highPenetration}% (CaseAnalyzerOptions.HighInternetPenetrationPercent)")
                        : "at least one cited fact on the topic in the market";
                    list.Add(new FactorPresence(topic, row, ids, rule));
                }
            }
        }

        return list.ToImmutable();
    }

    private Strength CountStrength(int count) => Tier(count, moderateCount, strongCount);

    // None is Absent, one is Weak, from moderate on Moderate, from strong on Strong.
    private static Strength Tier(int count, int moderate, int strong) =>
        count >= strong ? Strength.Strong : count >= moderate ? Strength.Moderate : count == 1 ? Strength.Weak : Strength.Absent;

    private (Strength Value, string Rule, ImmutableArray<string> Evidence) Count(string what, IEnumerable<Fact> facts)
    {
        var ids = Ids(facts.Select(f => f.Id));
        var strength = CountStrength(ids.Length);
        return (strength, Fmt($"{ids.Length} {what} (Weak from 1, Moderate from {moderateCount}, Strong from {strongCount})"), ids);
    }

    private static Rated<Strength> RateStrength(
        CaseView view,
        List<AnalysisInput> inputs,
        string framework,
        string name,
        AssessedInput input,
        string? market,
        (Strength Value, string Rule, ImmutableArray<string> Evidence)? derived,
        Strength neutral = Strength.Absent)
    {
        var rated = RateChoice(view, inputs, framework, name, input, market, ParseStrength);
        if (rated is { } r)
        {
            return r;
        }

        if (derived is { } d && (d.Evidence.Length > 0 || d.Value != Strength.Absent))
        {
            inputs.Add(new AnalysisInput(framework, name, d.Value.ToString(), InputSource.DerivedFromFacts, "Derived: " + d.Rule + ".", d.Evidence));
            return new Rated<Strength>(d.Value, d.Evidence);
        }

        return NoEvidence(inputs, framework, name, neutral, Fmt($"no assessment rates it and no fact bears on it; the neutral value {neutral} is used"));
    }

    private static Rated<T> NoEvidence<T>(List<AnalysisInput> inputs, string framework, string name, T value, string rule)
        where T : struct, Enum
    {
        inputs.Add(new AnalysisInput(framework, name, value.ToString(), InputSource.NoEvidence, char.ToUpperInvariant(rule[0]) + rule[1..] + ".", []));
        return new Rated<T>(value);
    }

    private static Rated<T>? RateChoice<T>(CaseView view, List<AnalysisInput> inputs, string framework, string name, AssessedInput input, string? market, Func<Rating, T> parse, FactTopic? resource = null)
        where T : struct, Enum
    {
        var assessment = view.Rating(input, market, resource);
        if (assessment is null)
        {
            return null;
        }

        var value = parse(assessment.Rates!);
        var available = assessment.RestsOn.Where(id => view.Available(view.Case.GetFact(id))).ToList();
        var evidence = ImmutableArray.Create(assessment.Id).AddRange(available);
        var later = assessment.RestsOn.Length - available.Count;
        var setAside = later == 0 ? string.Empty : Fmt($" ({later} of its {assessment.RestsOn.Length} facts are dated after {view.AsOf} and set aside)");
        inputs.Add(new AnalysisInput(framework, name, value.ToString(), InputSource.AnalystAssessment, Fmt($"Analyst assessment {assessment.Id}{setAside}: {assessment.Statement}"), evidence));
        return new Rated<T>(value, evidence);
    }

    private static Strength ParseStrength(Rating rating) => rating.TryGetStrength(out var strength) ? strength : throw Invalid("strength", rating);

    private static Judgment ParseJudgment(Rating rating) => rating.TryGetJudgment(out var judgment) ? judgment : throw Invalid("judgment", rating);

    private static InternationalizationDegree ParseDegree(Rating rating) => rating.Value switch
    {
        "low" => InternationalizationDegree.Low,
        "high" => InternationalizationDegree.High,
        _ => throw Invalid("degree", rating),
    };

    private static CompetitiveScope ParseScope(Rating rating) => rating.Value switch
    {
        "broad" => CompetitiveScope.Broad,
        "narrow" => CompetitiveScope.Narrow,
        _ => throw Invalid("scope", rating),
    };

    private static ValueChainCoordination ParseCoordination(Rating rating) => rating.Value switch
    {
        "few" => ValueChainCoordination.Few,
        "many" => ValueChainCoordination.Many,
        _ => throw Invalid("coordination", rating),
    };

    private static InvalidOperationException Invalid(string what, Rating rating) => new($"The loader accepted an invalid {what} '{rating.Value}'.");

    private (DriversProfile Profile, ImmutableArray<DriverEvidence> Evidence) BuildDrivers(CaseView view, List<AnalysisInput> inputs)
    {
        var driverInputs = ImmutableArray.CreateBuilder<DriverInput>();
        var evidence = ImmutableArray.CreateBuilder<DriverEvidence>();
        foreach (var kind in DriverCatalog.Drivers)
        {
            var (facts, what) = DriverFacts(view, kind);
            var (strength, rule, ids) = Count(what, facts);
            inputs.Add(new AnalysisInput("drivers", RuleIds.Kebab(kind.ToString()), strength.ToString(), ids.Length == 0 ? InputSource.NoEvidence : InputSource.DerivedFromFacts, "Derived: " + rule + ".", ids));
            driverInputs.Add(new DriverInput(kind, new Rated<Strength>(strength, ids)));
            evidence.Add(new DriverEvidence(kind, ids, [.. facts.DistinctBy(f => f.Id).Select(f => f.Statement)]));
        }

        return (new DriversProfile { Drivers = driverInputs.ToImmutable() }, evidence.ToImmutable());
    }

    private static (List<Fact> Facts, string What) DriverFacts(CaseView view, DriverKind kind)
    {
        List<Fact> Topics(params FactTopic[] topics) => [.. view.FactsOn(topics)];
        List<Fact> EntryFacts(params EntryMode[] modes) =>
        [
            .. view.Case.Entries
                .Where(e => e.Firm == view.Firm && e.Year <= view.AsOf && modes.Contains(e.Mode))
                .SelectMany(e => e.Evidence)
                .Distinct(StringComparer.Ordinal)
                .Select(view.Case.GetFact),
        ];

        return kind switch
        {
            DriverKind.BusinessEcosystemModel => (Topics(FactTopic.EcosystemModel), "ecosystem-model facts"),
            DriverKind.UniqueTechnology => (Topics(FactTopic.Technology), "technology facts"),
            DriverKind.StrongBrand => (Topics(FactTopic.Brand), "brand facts"),
            DriverKind.EntrepreneurNetworkAndExperience => (Topics(FactTopic.EntrepreneurNetwork), "entrepreneur-network facts"),
            DriverKind.ProductServiceQuality => (Topics(FactTopic.ServiceQuality), "service-quality facts"),
            DriverKind.NicheDomesticMarket => (Topics(FactTopic.HomeSaturation), "home-saturation facts"),
            DriverKind.HomeCompetition => (Topics(FactTopic.HomeCompetition), "home-competition facts"),
            DriverKind.HomeGovernmentPolicy => (Topics(FactTopic.HomePolicy), "home-policy facts"),
            DriverKind.MarketAttractiveness => (Topics(AttractivenessTopics), "market-attractiveness facts across the firm's markets"),
            DriverKind.HostGovernmentPolicy => (Topics(PolicyTopics), "host-policy facts across the firm's markets"),
            DriverKind.CostLeadership => (Topics(FactTopic.CostLeadership), "cost-leadership facts"),
            DriverKind.Differentiation => (Topics(FactTopic.Differentiation), "differentiation facts"),
            DriverKind.Localization => (Topics(FactTopic.Localization), "localization facts"),
            DriverKind.StrategicPartnership => (Topics(FactTopic.Partnership), "partnership facts"),
            DriverKind.DirectHolding => (EntryFacts(EntryMode.Acquisition, EntryMode.MinorityStake), "facts behind acquisition and equity-stake entries"),
            DriverKind.OwnSubsidiary => (EntryFacts(EntryMode.GreenfieldSubsidiary, EntryMode.JointVenture), "facts behind subsidiary and joint-venture entries"),
            DriverKind.PartnershipEntry => (EntryFacts(EntryMode.StrategicAlliance), "facts behind strategic-alliance entries"),
            DriverKind.InternationalPerformance => (Topics(FactTopic.Performance), "performance facts"),
            _ => ([], "facts"),
        };
    }

    private BornGlobalAssessment? BuildBornGlobal(CaseView view, Firm firm, List<AnalysisInput> inputs)
    {
        if (firm.FoundedYear is not { } founded)
        {
            inputs.Add(new AnalysisInput("born-global", "founded-year", "unknown", InputSource.NoEvidence, "The case gives no founding year: the born-global criteria cannot be evaluated.", []));
            return null;
        }

        inputs.Add(new AnalysisInput("born-global", "founded-year", founded.ToString(CultureInfo.InvariantCulture), InputSource.DerivedFromFacts, "The firm's founding year in the case.", firm.Evidence));

        var firstEntry = view.Case.Entries.Where(e => e.Firm == firm.Id && e.Year <= view.AsOf).OrderBy(e => e.Year).FirstOrDefault();
        var firstSale = firstEntry is null
            ? Observation.Unknown<int>("the case records no dated foreign entry of the firm")
            : Observation.Known(firstEntry.Year, firstEntry.Evidence);
        inputs.Add(new AnalysisInput("born-global", "first-foreign-sale-year", firstSale.ToString(), firstEntry is null ? InputSource.NoEvidence : InputSource.DerivedFromFacts, "Derived: the year of the firm's earliest recorded foreign entry.", firstSale.Evidence));

        var shareFact = view.Facts(FactTopic.ForeignSalesShare, null).Where(f => f.IsNumeric).OrderByDescending(f => f.Year).FirstOrDefault();
        var share = shareFact switch
        {
            null => Observation.Unknown<decimal>("the case holds no fact on the foreign share of sales"),
            { ScaledValue: { } v, Unit: MeasureUnit.Percent } => Observation.Known(v, shareFact.Id),
            _ => Observation.Unknown<decimal>(shareFact.UnknownReason ?? "the share is not given in percent", shareFact.Id),
        };
        inputs.Add(new AnalysisInput("born-global", "foreign-sales-share-percent", share.ToString(), shareFact is null ? InputSource.NoEvidence : InputSource.DerivedFromFacts, "The latest numeric foreign-sales-share fact as of the year.", share.Evidence));

        var countriesFact = view.Facts(FactTopic.CountriesServed, null).Where(f => f.IsNumeric && f.ScaledValue is not null).OrderByDescending(f => f.ScaledValue).ThenBy(f => f.Id, StringComparer.Ordinal).FirstOrDefault();
        var countries = countriesFact is null
            ? Observation.Unknown<int>("the case holds no numeric fact on the countries the firm serves")
            : Observation.Known((int)countriesFact.ScaledValue!.Value, countriesFact.Id);
        inputs.Add(new AnalysisInput("born-global", "countries-involved", countries.ToString(), countriesFact is null ? InputSource.NoEvidence : InputSource.DerivedFromFacts, "Derived: the largest numeric countries-served fact as of the year.", countries.Evidence));

        var coordination = RateChoice(view, inputs, "born-global", "value-chain-coordination", AssessedInput.ValueChainCoordination, null, ParseCoordination)
            ?? NoEvidence(inputs, "born-global", "value-chain-coordination", ValueChainCoordination.Few, "no assessment rates value-chain coordination; Few (mainly logistics) assumed");

        var features = ImmutableArray.CreateBuilder<SuccessFeatureRating>();
        foreach (var (feature, topics) in new (SuccessFeature, FactTopic[])[]
        {
            (SuccessFeature.ManagersInternationalExperience, [FactTopic.InternationalExperience]),
            (SuccessFeature.GlobalVision, [FactTopic.GlobalVision]),
            (SuccessFeature.InternationalNetwork, [FactTopic.EntrepreneurNetwork, FactTopic.NetworkAdvantage]),
            (SuccessFeature.UniqueOffering, [FactTopic.EcosystemModel]),
            (SuccessFeature.InnovationCommitment, [FactTopic.Innovation, FactTopic.Technology]),
            (SuccessFeature.GlobalIntegration, [FactTopic.Governance]),
        })
        {
            var ids = Ids(view.FactsOn(topics).Select(f => f.Id));
            var strength = CountStrength(ids.Length);
            inputs.Add(new AnalysisInput("born-global", "feature." + RuleIds.Kebab(feature.ToString()), strength.ToString(), ids.Length == 0 ? InputSource.NoEvidence : InputSource.DerivedFromFacts, Fmt($"Derived: {ids.Length} fact(s) on {string.Join(", ", topics.Select(t => RuleIds.Kebab(t.ToString())))}."), ids));
            features.Add(new SuccessFeatureRating(feature, new Rated<Strength>(strength, ids)));
        }

        return bornGlobal.Evaluate(new BornGlobalProfile
        {
            FoundedYear = founded,
            FirstForeignSaleYear = firstSale,
            ForeignSalesSharePercent = share,
            ValueChainCoordination = coordination,
            CountriesInvolved = countries,
            SuccessFeatures = features.ToImmutable(),
        });
    }

    private ImmutableArray<VrioAssessment> BuildVrio(CaseView view, List<AnalysisInput> inputs)
    {
        var list = ImmutableArray.CreateBuilder<VrioAssessment>();
        foreach (var resource in VrioResources)
        {
            var name = RuleIds.Kebab(resource.ToString());
            var scratch = new List<AnalysisInput>();
            var v = RateChoice(view, scratch, "vrio", name + ".valuable", AssessedInput.VrioValuable, null, ParseJudgment, resource);
            var r = RateChoice(view, scratch, "vrio", name + ".rare", AssessedInput.VrioRare, null, ParseJudgment, resource);
            var i = RateChoice(view, scratch, "vrio", name + ".inimitable", AssessedInput.VrioInimitable, null, ParseJudgment, resource);
            var o = RateChoice(view, scratch, "vrio", name + ".organized", AssessedInput.VrioOrganized, null, ParseJudgment, resource);
            if (v is { } vv && r is { } rr && i is { } ii && o is { } oo)
            {
                inputs.AddRange(scratch);
                list.Add(vrio.Evaluate(new VrioProfile { Resource = name, Valuable = vv, Rare = rr, CostlyToImitate = ii, Organized = oo }));
            }
        }

        return list.ToImmutable();
    }

    private static ImmutableArray<PlatformModelRow> BuildPlatformModels(CaseView view, Firm firm)
    {
        var rows = ImmutableArray.CreateBuilder<PlatformModelRow>();
        foreach (var model in new[] { PlatformModel.B2B, PlatformModel.B2C, PlatformModel.C2C })
        {
            var units = firm.BusinessUnits.Where(u => u.PlatformModel == model && (u.LaunchedYear is null || u.LaunchedYear <= view.AsOf)).ToList();
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
                Ids(features.Concat(flows).Select(f => f.Id).Concat(units.SelectMany(u => u.Evidence)))));
        }

        return rows.ToImmutable();
    }

    private static Finding BornGlobalFinding(BornGlobalAssessment born)
    {
        var criteria = string.Join("; ", born.Criteria.Select(c => Fmt($"{c.Criterion.Name}: {c.Outcome}")));
        var inputs = born.Criteria.Select(c => Input("criterion." + c.Criterion.Name, c.Outcome.ToString())).ToImmutableArray();
        return born.IsBornGlobalByAnyCriterion
            ? new Finding("analysis.born-global.criteria", FindingOutcome.Met, Fmt($"At least one quantitative born-global criterion is met ({criteria})."), inputs, [], "Rennie (1993); Knight & Cavusgil (1996, 2004)")
            : new Finding(
                "analysis.born-global.criteria",
                FindingOutcome.NotMet,
                Fmt($"No quantitative born-global criterion is met ({criteria}); {born.FeaturesPresent} of 6 success features are present. Calling the firm a born global rests on qualitative evidence, not on the criteria."),
                inputs,
                [],
                "Rennie (1993); Knight & Cavusgil (1996, 2004); Oviatt & McDougall (1994)");
    }

    private static string UppsalaPattern(UppsalaAssessment u) =>
        u.FirstYear is null ? "not started"
        : u.FollowedChain ? "followed the chain"
        : u.Leapfrogged ? "leapfrogged"
        : "moved down after its highest stage";

    /// <summary>The case seen from one firm as of one year.</summary>
    private sealed class CaseView(Case studyCase, string firm, int asOf, AssessmentDating dating)
    {
        public Case Case { get; } = studyCase;

        public string Firm { get; } = firm;

        public int AsOf { get; } = asOf;

        public bool Available(Fact fact) => fact.Year is null || fact.Year <= AsOf;

        public bool AvailableForFirm(Fact fact) => Available(fact) && (fact.Firm is null || fact.Firm == Firm);

        public IEnumerable<Fact> Facts(FactTopic topic, string? market) => Case.FactsAbout(topic, market: market).Where(AvailableForFirm);

        public IEnumerable<Fact> FactsOn(FactTopic[] topics) => Case.Facts.Where(f => topics.Contains(f.Topic) && AvailableForFirm(f));

        public AnalystAssessment? Rating(AssessedInput input, string? market, FactTopic? resource)
        {
            var assessment = Case.FindRating(input, Firm, market, resource);
            if (assessment is null)
            {
                return null;
            }

            var applies = dating == AssessmentDating.AllFactsAvailable
                ? assessment.RestsOn.All(id => Available(Case.GetFact(id)))
                : assessment.RestsOn.Any(id => Available(Case.GetFact(id)));
            return applies ? assessment : null;
        }
    }
}
