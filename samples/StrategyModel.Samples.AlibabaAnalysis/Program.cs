// README's main job: evaluate the shipped Alibaba case and print its analysis.
//   dotnet run --project samples/StrategyModel.Samples.AlibabaAnalysis [year] [--json]
// The year defaults to 2018, the year of the thesis the case reproduces.
using System.Globalization;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;

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

Console.Write(json ? JsonReport.Render(analysis, comparison) : MarkdownReport.Render(analysis, comparison));
