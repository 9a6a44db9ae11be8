// Load your own case file and compare two of its markets.
//   dotnet run --project samples/StrategyModel.Samples.CompareMarkets [case.json] [market-a market-b] [year]
// Without arguments it reads sample-case.json (copied next to the program): a small subset of the shipped
// Alibaba case, every fact quoted verbatim from its source. The markets default to the case's first two.
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using StrategyModel.Analysis;
using StrategyModel.Cases;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "sample-case.json");
var year = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2018;

#region load-case
Case studyCase;
try
{
    studyCase = CaseLoader.Load(path);
}
catch (CaseValidationException e)
{
    // The loader reports every problem it finds, each with a stable code and the JSON path of the bad value.
    Console.WriteLine($"{e.SourceName} is not a valid case ({e.Problems.Length} problems):");
    foreach (var problem in e.Problems)
    {
        Console.WriteLine($"  {problem.Path}: {problem.Message} ({problem.Code})");
    }

    return 1;
}
#endregion load-case

Console.WriteLine($"{studyCase.Title} ({studyCase.Id})");
Console.WriteLine($"{studyCase.Facts.Length} facts from {studyCase.Documents.Length} sources, {studyCase.Entries.Length} entries, {studyCase.Relationships.Length} relationships, {studyCase.Assessments.Length} analyst assessments.");

#region compare-markets
var marketA = args.Length > 2 ? args[1] : studyCase.Markets[0].Id;
var marketB = args.Length > 2 ? args[2] : studyCase.Markets[1].Id;
var analyzer = new CaseAnalyzer();
var analysis = analyzer.Analyze(studyCase, asOfYear: year);
var comparison = analyzer.Compare(analysis, marketA, marketB);
#endregion compare-markets

Console.WriteLine("== markets ==");
foreach (var market in analysis.Markets)
{
    Console.WriteLine($"{market.MarketName}:");
    // A verdict no rating decides is undetermined: the analysis then lists the value it takes for each value of the unrated inputs.
    Console.WriteLine($"  OLI: {market.Oli?.Summary ?? "route undetermined (" + string.Join(", ", market.GetVerdict("oli.route").DecidingInputs) + " not rated)"}");
    Console.WriteLine($"  Porter: {market.GenericStrategy?.Summary ?? "cell undetermined (" + string.Join(", ", market.GetVerdict("generic-strategies.strategy").DecidingInputs) + " not rated)"}");
    Console.WriteLine($"  Uppsala: {market.Uppsala.Summary}");
}

#region print-comparison
// One line per item that holds in at least one market: its value (or yes/no) and the number of evidence ids on each side.
Console.WriteLine($"== {comparison.MarketA} vs {comparison.MarketB}, as of {comparison.AsOfYear} ==");
string Side(bool holds, string value, int evidence) =>
    (value.Length > 0 ? value : holds ? "yes" : "no") + (evidence > 0 ? $" ({evidence})" : string.Empty);
var rows = comparison.Cells
    .Select(c => new[] { c.Row.ToString(), c.Item, Side(c.InA, c.ValueA, c.EvidenceA.Length), Side(c.InB, c.ValueB, c.EvidenceB.Length), c.Verdict.ToString() })
    .Prepend(["row", "item", comparison.MarketA, comparison.MarketB, "verdict"])
    .ToList();
var widths = Enumerable.Range(0, 5).Select(i => rows.Max(r => r[i].Length)).ToArray();
foreach (var row in rows)
{
    Console.WriteLine(string.Join("  ", row.Select((text, i) => text.PadRight(widths[i]))).TrimEnd());
}
#endregion print-comparison

Console.WriteLine("== a broken copy ==");

#region broken-case
// What a validation failure looks like: break a copy of the file in memory and parse it.
var broken = JsonNode.Parse(File.ReadAllText(path))!;
broken["entries"]![1]!["counterparty"] = "kiwi"; // no firm has the id "kiwi"
broken["relationships"]![0]!["market"] = "rusia"; // nor is there a market "rusia"
try
{
    CaseLoader.Parse(Encoding.UTF8.GetBytes(broken.ToJsonString()), "broken-copy.json");
}
catch (CaseValidationException e)
{
    Console.WriteLine($"{e.SourceName} is not a valid case ({e.Problems.Length} problems):");
    foreach (var problem in e.Problems)
    {
        Console.WriteLine($"  {problem.Path}: {problem.Message} ({problem.Code})");
    }
}
#endregion broken-case

return 0;
