// README's main job: evaluate the shipped Alibaba case and print its analysis, with the robustness of every verdict and what
// three scenarios would change.
//   dotnet run --project samples/StrategyModel.Samples.AlibabaAnalysis [-- [year] [--json] | --help]
// A bad argument prints a one-line usage message on standard error and exits 2.
// The year defaults to 2018, the year of the thesis the case reproduces.
using System.Globalization;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;
using StrategyModel.Sensitivity;

const string Usage = "usage: dotnet run --project samples/StrategyModel.Samples.AlibabaAnalysis [-- [year] [--json]]";
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine("Evaluates the shipped Alibaba case as of a year (default 2018) and prints its analysis: Markdown, or JSON with --json.");
    Console.WriteLine(Usage);
    return 0;
}

var year = 2018;
var json = false;
var yearGiven = false;
foreach (var arg in args)
{
    if (arg == "--json")
    {
        json = true;
    }
    else if (!yearGiven && int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 9999)
    {
        (year, yearGiven) = (parsed, true);
    }
    else
    {
        Console.Error.WriteLine($"unexpected argument '{arg}': {Usage}");
        return 2;
    }
}

#region analyze-alibaba
var alibaba = CaseLibrary.Shipped.Get("alibaba-group");
var analyzer = new CaseAnalyzer();
var analysis = analyzer.Analyze(alibaba, asOfYear: year);
var comparison = analyzer.Compare(analysis, "russia", "southeast-asia");
#endregion analyze-alibaba

if (alibaba.GetFirm(alibaba.PrimaryFirm).FoundedYear is { } founded && year < founded)
{
    // A note, not an error: the analysis of a year before the firm existed is legal, and empty. Standard error keeps stdout the report.
    Console.Error.WriteLine($"note: {year} is before {alibaba.GetFirm(alibaba.PrimaryFirm).Name} was founded ({founded}); the analysis has no facts or entries to read.");
}

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
return 0;
