using System;
using StrategyModel;
using StrategyModel.EntryModes;
using StrategyModel.Uppsala;

var uppsala = new UppsalaEvaluator();
var chain = uppsala.Evaluate(new UppsalaProfile
{
    Entries =
    [
        new DatedEntry(2016, EntryMode.DirectExport, ["first-export-invoice"]),
        new DatedEntry(2018, EntryMode.StrategicAlliance),
        new DatedEntry(2021, EntryMode.GreenfieldSubsidiary, ["subsidiary-registration"]),
    ],
});
var distance = uppsala.EvaluatePsychicDistance(new PsychicDistanceProfile
{
    // Distances on the caller's own scale (higher is more distant), e.g. a Kogut-Singh index.
    Markets = [new("Neighbouring market", 2016, 0.4m), new("Overseas market", 2019, 1.8m), new("Second neighbour", 2022, 0.6m)],
});

Console.WriteLine(chain.Summary);
foreach (var finding in chain.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}

Console.WriteLine(distance.Summary);
foreach (var finding in distance.Findings)
{
    Console.WriteLine($"  [{finding.RuleId}] {finding.Outcome}: {finding.Sentence}");
}
