// README's main job: evaluate the shipped Alibaba case and print its analysis, with the robustness of every verdict and what
// three scenarios would change.
//   dotnet run --project samples/StrategyModel.Samples.AlibabaAnalysis [year] [--json]
// The year defaults to 2018, the year of the thesis the case reproduces.
using System.Globalization;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;
using StrategyModel.Sensitivity;

var year = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } text
    ? int.Parse(text, CultureInfo.InvariantCulture)
    : 2018;
var json = args.Contains("--json");

#region analyze-alibaba
var alibaba = CaseLibrary.Shipped.Get("alibaba-group");
var analyzer = new CaseAnalyzer();
var analysis = analyzer.Analyze(alibaba, asOfYear: year);
var comparison = analyzer.Compare(analysis, "russia", "southeast-asia");
#endregion analyze-alibaba

#region robustness-alibaba
// Every verdict's robustness: each rated input one step up and down, alone and in pairs, and every threshold swept.
var robustnessAnalyzer = new RobustnessAnalyzer();
var robustness = robustnessAnalyzer.Analyze(alibaba, asOfYear: year);

// Scenarios as data (the format of docs/robustness.md) and from code; the case itself is not edited.
var scenarios = ScenarioReader.Parse(
    """
    {
      "scenarios": [
        {
          "name": "cap of 49% on foreign ownership in Southeast Asia",
          "description": "A host-country cap on foreign equity, as in the joint-venture regimes of several ASEAN states.",
          "overrides": [ { "setting": "transaction-costs.foreign-ownership-cap-percent", "market": "southeast-asia", "value": 49 } ]
        },
        {
          "name": "logistics void closed in Russia",
          "description": "Cross-border parcels reach Russian buyers as fast as domestic ones: operating locally gains nothing on delivery.",
          "overrides": [ { "input": "oli.location", "market": "russia", "value": "Absent" } ]
        }
      ]
    }
    """,
    "alibaba-scenarios.json").Add(
    new Scenario("asset specificity Strong in Russia", [ScenarioOverride.Input("transaction-costs.asset-specificity", "Strong", "russia")])
    {
        Description = "Serving Russia needs assets of little use elsewhere (own warehouses, local payment).",
    });
var compared = scenarios.Select(s => robustnessAnalyzer.Compare(alibaba, year, s)).ToList();
#endregion robustness-alibaba

Console.Write(json ? JsonReport.Render(analysis, comparison, robustness, compared) : MarkdownReport.Render(analysis, comparison, robustness, compared));
