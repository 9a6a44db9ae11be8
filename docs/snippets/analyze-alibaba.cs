using System;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;

var alibaba = CaseLibrary.Shipped.Get("alibaba-group");
var analyzer = new CaseAnalyzer();
var analysis = analyzer.Analyze(alibaba, asOfYear: 2018);
var comparison = analyzer.Compare(analysis, "russia", "southeast-asia");

// The whole analysis as Markdown: each market's verdicts, then the comparison.
Console.WriteLine(MarkdownReport.Render(analysis, comparison));
