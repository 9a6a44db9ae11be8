using System.Collections.Immutable;

namespace StrategyModel.Reporting;

// The read-back types of the JSON report (report.schema.json, docs/report-format.md), read with JsonReportReader.
// Each record mirrors one object of the report, property for property; enum values are kept as the names the report writes
// (such as "Export" or "InternationalAmongOthers"), so a report written by a later minor release with a new value still reads.
// Arrays the report leaves out (robustness without a robustness report, distances and institutions when the case has none)
// read as empty arrays. Records compare their arrays by reference: compare the fields you need.

/// <summary>A JSON report read back (<see cref="JsonReportReader"/>): the analysis of one case as of one year.</summary>
/// <param name="ReportVersion">The report format's version (<see cref="JsonReport.ReportVersion"/>).</param>
/// <param name="CaseId">The case's id.</param>
/// <param name="CaseTitle">The case's title.</param>
/// <param name="FirmId">The focal firm's id.</param>
/// <param name="FirmName">The focal firm's name.</param>
/// <param name="AsOfYear">The year the analysis is as of.</param>
/// <param name="Findings">The findings across frameworks.</param>
/// <param name="Verdicts">The firm-level verdicts (born global, VRIO).</param>
/// <param name="PlatformModels">The cross-border platform models.</param>
/// <param name="Drivers">The drivers of internationalization.</param>
/// <param name="BornGlobal">The born-global assessment, or <see langword="null"/> when there is none.</param>
/// <param name="Vrio">The VRIO assessment of each resource.</param>
/// <param name="Markets">Each market's analysis.</param>
/// <param name="Inputs">The firm-level inputs with their sources.</param>
/// <param name="PsychicDistance">The psychic-distance order check, or <see langword="null"/> when the case has no distances.</param>
/// <param name="Robustness">The robustness of the firm-level verdicts; empty when the report was rendered without robustness.</param>
/// <param name="Comparison">The comparison of two markets, or <see langword="null"/> when the report has none.</param>
/// <param name="Scenarios">The scenario comparisons; empty when the report has none.</param>
public sealed record ReportDocument(
    int ReportVersion,
    string CaseId,
    string CaseTitle,
    string FirmId,
    string FirmName,
    int AsOfYear,
    ImmutableArray<ReportFinding> Findings,
    ImmutableArray<ReportVerdictRange> Verdicts,
    ImmutableArray<ReportPlatformModel> PlatformModels,
    ReportDrivers Drivers,
    ReportBornGlobal? BornGlobal,
    ImmutableArray<ReportVrio> Vrio,
    ImmutableArray<ReportMarket> Markets,
    ImmutableArray<ReportInput> Inputs,
    ReportPsychicDistance? PsychicDistance = null,
    ImmutableArray<ReportVerdictRobustness> Robustness = default,
    ReportComparison? Comparison = null,
    ImmutableArray<ReportScenario> Scenarios = default)
{
    /// <summary>Gets the robustness of the firm-level verdicts; empty when the report was rendered without robustness.</summary>
    public ImmutableArray<ReportVerdictRobustness> Robustness { get; init; } = Robustness.OrEmpty();

    /// <summary>Gets the scenario comparisons; empty when the report has none.</summary>
    public ImmutableArray<ReportScenario> Scenarios { get; init; } = Scenarios.OrEmpty();

    /// <summary>Gets the market with this id.</summary>
    /// <param name="marketId">The market's id, such as <c>russia</c>.</param>
    /// <returns>The market.</returns>
    /// <exception cref="KeyNotFoundException">The report has no such market.</exception>
    public ReportMarket GetMarket(string marketId) =>
        Markets.FirstOrDefault(m => m.MarketId == marketId)
        ?? throw new KeyNotFoundException($"The report has no market '{marketId}'. Markets: {string.Join(", ", Markets.Select(m => m.MarketId))}.");
}

/// <summary>A finding: one rule's outcome with the inputs, thresholds, evidence and source behind it.</summary>
/// <param name="RuleId">The rule's id, such as <c>oli.route</c>.</param>
/// <param name="Outcome">The outcome's name (<c>Met</c>, <c>NotMet</c>, ...).</param>
/// <param name="Sentence">The finding in words.</param>
/// <param name="Inputs">The inputs the rule read.</param>
/// <param name="Thresholds">The options the rule compared with.</param>
/// <param name="Evidence">The evidence ids.</param>
/// <param name="Source">The literature the rule follows.</param>
public sealed record ReportFinding(
    string RuleId,
    string Outcome,
    string Sentence,
    ImmutableArray<ReportFindingInput> Inputs,
    ImmutableArray<ReportThreshold> Thresholds,
    ImmutableArray<string> Evidence,
    string Source);

/// <summary>An input a finding read.</summary>
/// <param name="Name">The input's name.</param>
/// <param name="Value">Its value as text.</param>
/// <param name="Evidence">The evidence ids behind it.</param>
public sealed record ReportFindingInput(string Name, string Value, ImmutableArray<string> Evidence);

/// <summary>An option a finding compared with.</summary>
/// <param name="Option">The option's name.</param>
/// <param name="Value">Its value as invariant text.</param>
public sealed record ReportThreshold(string Option, string Value);

/// <summary>A verdict with its value or, when undetermined, its branches.</summary>
/// <param name="Verdict">The verdict's name, such as <c>oli.route</c>.</param>
/// <param name="Value">The value, or <see langword="null"/> when the verdict is undetermined.</param>
/// <param name="Branches">Each possible value with the input values that lead to it.</param>
/// <param name="UndeterminedInputs">The inputs left unrated.</param>
/// <param name="DecidingInputs">The inputs whose value decides between the branches.</param>
public sealed record ReportVerdictRange(
    string Verdict,
    string? Value,
    ImmutableArray<ReportVerdictBranch> Branches,
    ImmutableArray<string> UndeterminedInputs,
    ImmutableArray<string> DecidingInputs);

/// <summary>One possible value of an undetermined verdict.</summary>
/// <param name="Value">The value.</param>
/// <param name="Combinations">How many combinations of the undetermined inputs give it.</param>
/// <param name="When">The input values that lead to it.</param>
public sealed record ReportVerdictBranch(string Value, int Combinations, ImmutableArray<ReportBranchCondition> When);

/// <summary>An input and the values under which a branch holds.</summary>
/// <param name="Input">The input's name.</param>
/// <param name="Values">Its values.</param>
public sealed record ReportBranchCondition(string Input, ImmutableArray<string> Values);

/// <summary>The robustness of one verdict under perturbed inputs and thresholds.</summary>
/// <param name="Verdict">The verdict's name.</param>
/// <param name="Value">The verdict's value as rated.</param>
/// <param name="Robustness">The share of perturbations that keep the value, rounded to four places.</param>
/// <param name="Perturbations">The number of perturbations tried.</param>
/// <param name="Kept">The number that kept the value.</param>
/// <param name="SingleSteps">The single-step perturbations tried.</param>
/// <param name="SingleStepsKept">The single steps that kept the value.</param>
/// <param name="PairSteps">The pairs of steps tried.</param>
/// <param name="PairStepsKept">The pairs that kept the value.</param>
/// <param name="ThresholdSettings">The threshold settings tried.</param>
/// <param name="ThresholdSettingsKept">The threshold settings that kept the value.</param>
/// <param name="DecidingInputs">The inputs a single step of which flips the verdict.</param>
/// <param name="DecidingThresholds">The thresholds a setting of which flips the verdict.</param>
/// <param name="Flips">The single-step and threshold flips.</param>
/// <param name="PairFlips">The number of pairs of steps that flip the verdict.</param>
public sealed record ReportVerdictRobustness(
    string Verdict,
    string Value,
    double Robustness,
    int Perturbations,
    int Kept,
    int SingleSteps,
    int SingleStepsKept,
    int PairSteps,
    int PairStepsKept,
    int ThresholdSettings,
    int ThresholdSettingsKept,
    ImmutableArray<string> DecidingInputs,
    ImmutableArray<string> DecidingThresholds,
    ImmutableArray<ReportFlip> Flips,
    int PairFlips);

/// <summary>A perturbation that changes a verdict.</summary>
/// <param name="Kind">The perturbation's kind (<c>SingleStep</c> or <c>Threshold</c>).</param>
/// <param name="Changes">What was changed.</param>
/// <param name="To">The verdict's value under the perturbation.</param>
public sealed record ReportFlip(string Kind, ImmutableArray<ReportInputChange> Changes, string To);

/// <summary>One input or threshold changed by a perturbation.</summary>
/// <param name="Name">The input's or threshold's name.</param>
/// <param name="From">The value as rated.</param>
/// <param name="To">The perturbed value.</param>
public sealed record ReportInputChange(string Name, string From, string To);

/// <summary>A cross-border platform model.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Parties">The parties it connects.</param>
/// <param name="Features">Its transaction features.</param>
/// <param name="Flows">Its transaction processes.</param>
/// <param name="Platforms">The firm's platforms that follow it.</param>
/// <param name="Evidence">The evidence ids.</param>
public sealed record ReportPlatformModel(
    string Model,
    string Parties,
    ImmutableArray<string> Features,
    ImmutableArray<string> Flows,
    ImmutableArray<string> Platforms,
    ImmutableArray<string> Evidence);

/// <summary>The drivers of internationalization.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The assessment in words.</param>
/// <param name="PushAndPull">Whether push and pull drivers are both present.</param>
/// <param name="Drivers">Each driver.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportDrivers(string Framework, string Summary, bool PushAndPull, ImmutableArray<ReportDriver> Drivers, ImmutableArray<ReportFinding> Findings);

/// <summary>One driver of internationalization.</summary>
/// <param name="Kind">The driver's kind.</param>
/// <param name="Category">Its category (push or pull).</param>
/// <param name="Label">Its label.</param>
/// <param name="Strength">Its rated strength.</param>
/// <param name="Present">Whether it is rated present.</param>
/// <param name="Evidence">The evidence ids.</param>
public sealed record ReportDriver(string Kind, string Category, string Label, string Strength, bool Present, ImmutableArray<string> Evidence);

/// <summary>The born-global assessment.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The assessment in words.</param>
/// <param name="VentureType">The venture type, or <see langword="null"/> when undetermined.</param>
/// <param name="IsBornGlobalByAnyCriterion">Whether any criterion calls the firm born global.</param>
/// <param name="FeaturesPresent">The number of born-global features present.</param>
/// <param name="Criteria">Each criterion's outcome.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportBornGlobal(
    string Framework,
    string Summary,
    string? VentureType,
    bool IsBornGlobalByAnyCriterion,
    int FeaturesPresent,
    ImmutableArray<ReportBornGlobalCriterion> Criteria,
    ImmutableArray<ReportFinding> Findings);

/// <summary>One born-global criterion's outcome.</summary>
/// <param name="Name">The criterion's name.</param>
/// <param name="Outcome">The outcome's name.</param>
/// <param name="Reason">Why.</param>
public sealed record ReportBornGlobalCriterion(string Name, string Outcome, string Reason);

/// <summary>The VRIO assessment of one resource.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The assessment in words.</param>
/// <param name="Resource">The resource.</param>
/// <param name="Implication">The competitive implication.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportVrio(string Framework, string Summary, string Resource, string Implication, ImmutableArray<ReportFinding> Findings);

/// <summary>One market's analysis.</summary>
/// <param name="MarketId">The market's id.</param>
/// <param name="MarketName">The market's name.</param>
/// <param name="CurrentMode">The entry mode in force, or <see langword="null"/> when none is.</param>
/// <param name="Entries">The firm's entries into the market.</param>
/// <param name="History">The ownership history: entries, stake changes and exits in date order.</param>
/// <param name="Exit">How the firm left the market, or <see langword="null"/>.</param>
/// <param name="Verdicts">The market's verdicts (route, control, best mode, network situation, generic strategy).</param>
/// <param name="Oli">The OLI assessment, or <see langword="null"/> when undetermined.</param>
/// <param name="TransactionCosts">The transaction-cost assessment, or <see langword="null"/> when undetermined.</param>
/// <param name="EntryModes">The ranked entry modes, or <see langword="null"/> when undetermined.</param>
/// <param name="Uppsala">The Uppsala assessment.</param>
/// <param name="Network">The network-model assessment, or <see langword="null"/> when undetermined.</param>
/// <param name="GenericStrategy">The generic-strategy assessment, or <see langword="null"/> when undetermined.</param>
/// <param name="Partners">The partners, supporting arrangements and investees.</param>
/// <param name="Factors">The factors and strategy elements the evidence shows.</param>
/// <param name="Findings">The frameworks against the firm's choices.</param>
/// <param name="Inputs">The market's inputs with their sources.</param>
/// <param name="Robustness">The robustness of the market's verdicts; empty when the report was rendered without robustness.</param>
/// <param name="Distances">The distances to the market; empty when the case has none.</param>
/// <param name="Institutions">The market's institutions; empty when the case has none.</param>
/// <param name="OwnershipCapInForcePercent">The foreign-ownership cap in force, or <see langword="null"/>.</param>
public sealed record ReportMarket(
    string MarketId,
    string MarketName,
    string? CurrentMode,
    ImmutableArray<ReportEntry> Entries,
    ImmutableArray<ReportHistoryEvent> History,
    ReportExit? Exit,
    ImmutableArray<ReportVerdictRange> Verdicts,
    ReportOli? Oli,
    ReportTransactionCosts? TransactionCosts,
    ReportEntryModes? EntryModes,
    ReportUppsala Uppsala,
    ReportNetwork? Network,
    ReportGenericStrategy? GenericStrategy,
    ImmutableArray<ReportPartner> Partners,
    ImmutableArray<ReportFactor> Factors,
    ImmutableArray<ReportFinding> Findings,
    ImmutableArray<ReportInput> Inputs,
    ImmutableArray<ReportVerdictRobustness> Robustness = default,
    ImmutableArray<ReportDistance> Distances = default,
    ImmutableArray<ReportInstitutions> Institutions = default,
    decimal? OwnershipCapInForcePercent = null)
{
    /// <summary>Gets the robustness of the market's verdicts; empty when the report was rendered without robustness.</summary>
    public ImmutableArray<ReportVerdictRobustness> Robustness { get; init; } = Robustness.OrEmpty();

    /// <summary>Gets the distances to the market; empty when the case has none.</summary>
    public ImmutableArray<ReportDistance> Distances { get; init; } = Distances.OrEmpty();

    /// <summary>Gets the market's institutions; empty when the case has none.</summary>
    public ImmutableArray<ReportInstitutions> Institutions { get; init; } = Institutions.OrEmpty();

    /// <summary>Gets the verdict with this name.</summary>
    /// <param name="verdict">The verdict's name, such as <c>oli.route</c>.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="KeyNotFoundException">The market has no such verdict.</exception>
    public ReportVerdictRange GetVerdict(string verdict) =>
        Verdicts.FirstOrDefault(v => v.Verdict == verdict) ?? throw new KeyNotFoundException($"The market has no verdict '{verdict}'.");
}

/// <summary>An entry of the firm into a market.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Year">The year of entry.</param>
/// <param name="Mode">The entry mode.</param>
/// <param name="Counterparty">The counterparty's id, or <see langword="null"/>.</param>
/// <param name="Description">The entry in words.</param>
/// <param name="Evidence">The evidence ids.</param>
/// <param name="Month">The month of entry, or <see langword="null"/> when the source gives only the year.</param>
public sealed record ReportEntry(string Id, int Year, string Mode, string? Counterparty, string Description, ImmutableArray<string> Evidence, int? Month = null);

/// <summary>An event of a market's ownership history.</summary>
/// <param name="Date">The date: <c>yyyy</c> or <c>yyyy-MM</c>.</param>
/// <param name="EntryId">The entry it belongs to.</param>
/// <param name="Kind">The event's kind (<c>Entered</c>, <c>StakeIncreased</c>, <c>StakeReduced</c>, <c>Ended</c>, <c>StakeInBuyer</c>).</param>
/// <param name="Mode">The entry's mode.</param>
/// <param name="Detail">The event in words.</param>
/// <param name="StakePercent">The stake after the event, or <see langword="null"/>.</param>
public sealed record ReportHistoryEvent(string Date, string EntryId, string Kind, string Mode, string Detail, decimal? StakePercent = null);

/// <summary>How the firm left a market.</summary>
/// <param name="Kind">The exit's kind.</param>
/// <param name="Date">The date: <c>yyyy</c> or <c>yyyy-MM</c>.</param>
/// <param name="Buyer">The buyer's id, or <see langword="null"/>.</param>
public sealed record ReportExit(string Kind, string Date, string? Buyer);

/// <summary>The OLI assessment of a market.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The assessment in words.</param>
/// <param name="Route">The route of serving the market.</param>
/// <param name="DecidingCondition">The condition that decides the route.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportOli(string Framework, string Summary, string Route, string DecidingCondition, ImmutableArray<ReportFinding> Findings);

/// <summary>The transaction-cost assessment of a market.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The assessment in words.</param>
/// <param name="Control">The degree of control.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportTransactionCosts(string Framework, string Summary, string Control, ImmutableArray<ReportFinding> Findings);

/// <summary>The ranked entry modes of a market.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The recommendation in words.</param>
/// <param name="Candidates">The modes, best first.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportEntryModes(string Framework, string Summary, ImmutableArray<ReportEntryModeCandidate> Candidates, ImmutableArray<ReportFinding> Findings);

/// <summary>A ranked entry mode.</summary>
/// <param name="Rank">Its rank, 1 for the best.</param>
/// <param name="Mode">The mode.</param>
/// <param name="RouteMatches">Whether its route matches the OLI route.</param>
/// <param name="ControlDistance">How far its control is from the advised control.</param>
/// <param name="Reasons">Why it ranks where it does.</param>
public sealed record ReportEntryModeCandidate(int Rank, string Mode, bool RouteMatches, int ControlDistance, ImmutableArray<string> Reasons);

/// <summary>The Uppsala assessment of a market.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The assessment in words.</param>
/// <param name="HighestStage">The highest establishment stage reached.</param>
/// <param name="Leapfrogged">Whether a stage was skipped.</param>
/// <param name="FollowedChain">Whether the firm followed the establishment chain.</param>
/// <param name="Pace">The pace of the chain.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportUppsala(string Framework, string Summary, string HighestStage, bool Leapfrogged, bool FollowedChain, string Pace, ImmutableArray<ReportFinding> Findings);

/// <summary>The network-model assessment of a market.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The assessment in words.</param>
/// <param name="Situation">The situation (<c>EarlyStarter</c>, <c>LateStarter</c>, <c>LonelyInternational</c>, <c>InternationalAmongOthers</c>).</param>
/// <param name="Expectation">What the model expects of the firm in that situation.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportNetwork(string Framework, string Summary, string Situation, string Expectation, ImmutableArray<ReportFinding> Findings);

/// <summary>The generic-strategy assessment of a market.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The assessment in words.</param>
/// <param name="Strategy">The generic strategy.</param>
/// <param name="Scope">The competitive scope (<c>Broad</c> or <c>Narrow</c>).</param>
/// <param name="Readings">The hybrid readings that apply.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportGenericStrategy(string Framework, string Summary, string Strategy, string Scope, ImmutableArray<string> Readings, ImmutableArray<ReportFinding> Findings);

/// <summary>A partner, supporting arrangement or investee in a market.</summary>
/// <param name="FirmId">The partner's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">The relationship's kind.</param>
/// <param name="Functions">The functions it serves.</param>
/// <param name="Evidence">The evidence ids.</param>
/// <param name="Year">The year it began, or <see langword="null"/>.</param>
public sealed record ReportPartner(string FirmId, string Name, string Kind, ImmutableArray<string> Functions, ImmutableArray<string> Evidence, int? Year = null);

/// <summary>A factor or strategy element and whether the evidence shows it.</summary>
/// <param name="Topic">The fact topic, in kebab case.</param>
/// <param name="Row">The comparison row it belongs to.</param>
/// <param name="Rule">The rule that decides it.</param>
/// <param name="Present">Whether the evidence shows it.</param>
/// <param name="Evidence">The evidence ids.</param>
public sealed record ReportFactor(string Topic, string Row, string Rule, bool Present, ImmutableArray<string> Evidence);

/// <summary>The comparison of two markets.</summary>
/// <param name="MarketA">The first market's id.</param>
/// <param name="MarketB">The second market's id.</param>
/// <param name="Cells">Each item's cell.</param>
public sealed record ReportComparison(string MarketA, string MarketB, ImmutableArray<ReportComparisonCell> Cells);

/// <summary>One item of a market comparison.</summary>
/// <param name="Row">The comparison row.</param>
/// <param name="Item">The item.</param>
/// <param name="Verdict">The cell's verdict (<c>Same</c>, <c>Differ</c>, <c>NotComparable</c>).</param>
/// <param name="InA">Whether the item is shown in the first market.</param>
/// <param name="InB">Whether the item is shown in the second market.</param>
/// <param name="StateA">The first market's state (<c>Present</c>, <c>AbsentWithEvidence</c>, <c>NotAssessed</c>).</param>
/// <param name="StateB">The second market's state.</param>
/// <param name="ValueA">The first market's value, or empty.</param>
/// <param name="ValueB">The second market's value, or empty.</param>
/// <param name="EvidenceA">The first market's evidence ids.</param>
/// <param name="EvidenceB">The second market's evidence ids.</param>
public sealed record ReportComparisonCell(
    string Row,
    string Item,
    string Verdict,
    bool InA,
    bool InB,
    string StateA,
    string StateB,
    string ValueA,
    string ValueB,
    ImmutableArray<string> EvidenceA,
    ImmutableArray<string> EvidenceB);

/// <summary>An input of the analysis with its source.</summary>
/// <param name="Framework">The framework that reads it.</param>
/// <param name="Name">The input's name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Rule">The rule that derives it.</param>
/// <param name="Rubric">The rubric it is rated against, or <see langword="null"/>.</param>
/// <param name="Confidence">The analyst's confidence.</param>
/// <param name="Evidence">The evidence ids.</param>
/// <param name="CounterEvidence">The evidence ids against it.</param>
/// <param name="OutcomeEvidence">The outcome evidence ids.</param>
/// <param name="SpeaksFor">The year the rating speaks for, or <see langword="null"/>.</param>
public sealed record ReportInput(
    string Framework,
    string Name,
    string Value,
    string Source,
    string Rule,
    string? Rubric,
    string Confidence,
    ImmutableArray<string> Evidence,
    ImmutableArray<string> CounterEvidence,
    ImmutableArray<string> OutcomeEvidence,
    int? SpeaksFor = null);

/// <summary>A scenario and the verdicts it changes.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Description">Its description.</param>
/// <param name="Overrides">Its overrides.</param>
/// <param name="Changes">The verdicts it changes.</param>
public sealed record ReportScenario(string Name, string Description, ImmutableArray<ReportScenarioOverride> Overrides, ImmutableArray<ReportVerdictChange> Changes);

/// <summary>One override of a scenario: an input or a setting, in one market or all.</summary>
/// <param name="Market">The market, or <see langword="null"/> for all.</param>
/// <param name="Value">The value.</param>
/// <param name="Setting">The setting overridden, or <see langword="null"/> when an input is.</param>
/// <param name="Input">The input overridden, or <see langword="null"/> when a setting is.</param>
public sealed record ReportScenarioOverride(string? Market, string Value, string? Setting = null, string? Input = null);

/// <summary>A verdict a scenario changes.</summary>
/// <param name="Market">The market, or <see langword="null"/> for a firm-level verdict.</param>
/// <param name="Verdict">The verdict's name.</param>
/// <param name="Base">Its value as rated.</param>
/// <param name="Scenario">Its value under the scenario.</param>
public sealed record ReportVerdictChange(string? Market, string Verdict, string Base, string Scenario);

/// <summary>The psychic-distance order check.</summary>
/// <param name="Framework">The framework's id.</param>
/// <param name="Summary">The assessment in words.</param>
/// <param name="EnteredInOrderOfIncreasingDistance">Whether the markets were entered in order of increasing distance.</param>
/// <param name="Inversions">The number of pairs entered against that order.</param>
/// <param name="Pairs">The number of pairs compared.</param>
/// <param name="EntryOrder">The markets in order of entry.</param>
/// <param name="Findings">The findings.</param>
public sealed record ReportPsychicDistance(
    string Framework,
    string Summary,
    bool EnteredInOrderOfIncreasingDistance,
    int Inversions,
    int Pairs,
    ImmutableArray<string> EntryOrder,
    ImmutableArray<ReportFinding> Findings);

/// <summary>A distance between the home country and a market.</summary>
/// <param name="Id">The distance's id.</param>
/// <param name="From">The home country.</param>
/// <param name="Measures">The measures.</param>
/// <param name="To">The host country, or <see langword="null"/> when the distance names a market.</param>
/// <param name="Market">The market, or <see langword="null"/> when the distance names a country.</param>
/// <param name="KogutSingh">The Kogut-Singh index, or <see langword="null"/> without cultural scores.</param>
/// <param name="KogutSinghConvention">The variance convention of the index, or <see langword="null"/>.</param>
/// <param name="KogutSinghSource">The source of the cultural scores, or <see langword="null"/>.</param>
public sealed record ReportDistance(
    string Id,
    string From,
    ImmutableArray<ReportDistanceMeasure> Measures,
    string? To = null,
    string? Market = null,
    decimal? KogutSingh = null,
    string? KogutSinghConvention = null,
    string? KogutSinghSource = null);

/// <summary>One measure of a distance.</summary>
/// <param name="Dimension">The CAGE dimension.</param>
/// <param name="Name">The measure's name.</param>
/// <param name="Evidence">The evidence ids.</param>
/// <param name="Stimulus">The psychic-distance stimulus, or <see langword="null"/>.</param>
/// <param name="Value">The value, or <see langword="null"/> when the measure is a level.</param>
/// <param name="Level">The level, or <see langword="null"/> when the measure is a value.</param>
/// <param name="Source">The source, or <see langword="null"/>.</param>
public sealed record ReportDistanceMeasure(
    string Dimension,
    string Name,
    ImmutableArray<string> Evidence,
    string? Stimulus = null,
    decimal? Value = null,
    string? Level = null,
    string? Source = null);

/// <summary>The institutions of a country or market.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Voids">The institutional voids.</param>
/// <param name="OwnershipCaps">The foreign-ownership caps.</param>
/// <param name="Country">The country, or <see langword="null"/>.</param>
/// <param name="Market">The market, or <see langword="null"/>.</param>
/// <param name="PoliticalRisk">The political risk, or <see langword="null"/>.</param>
public sealed record ReportInstitutions(
    string Id,
    ImmutableArray<ReportVoid> Voids,
    ImmutableArray<ReportOwnershipCap> OwnershipCaps,
    string? Country = null,
    string? Market = null,
    ReportPoliticalRisk? PoliticalRisk = null);

/// <summary>An institutional void.</summary>
/// <param name="Kind">The void's kind.</param>
/// <param name="Level">Its level.</param>
/// <param name="Confidence">The analyst's confidence.</param>
/// <param name="Evidence">The evidence ids.</param>
/// <param name="AsOf">The year it is rated as of, or <see langword="null"/>.</param>
public sealed record ReportVoid(string Kind, string Level, string Confidence, ImmutableArray<string> Evidence, int? AsOf = null);

/// <summary>A foreign-ownership cap.</summary>
/// <param name="Percent">The cap, in percent.</param>
/// <param name="Year">The year it took effect.</param>
/// <param name="Source">Its source.</param>
/// <param name="Evidence">The evidence ids.</param>
/// <param name="Sector">The sector it applies to, or <see langword="null"/>.</param>
public sealed record ReportOwnershipCap(decimal Percent, int Year, string Source, ImmutableArray<string> Evidence, string? Sector = null);

/// <summary>The political risk of a country.</summary>
/// <param name="Level">The level.</param>
/// <param name="Confidence">The analyst's confidence.</param>
/// <param name="Evidence">The evidence ids.</param>
/// <param name="AsOf">The year it is rated as of, or <see langword="null"/>.</param>
public sealed record ReportPoliticalRisk(string Level, string Confidence, ImmutableArray<string> Evidence, int? AsOf = null);
