using System;
using System.Text;
using System.Text.Json.Nodes;
using StrategyModel.Cases;

// What a validation failure looks like: break a copy of the shipped Alibaba case in memory and parse it.
var json = JsonNode.Parse(CaseWriter.ToJson(CaseLibrary.Shipped.Get("alibaba-group")))!;
json["entries"]![1]!["counterparty"] = "kiwi"; // no firm has the id "kiwi"
json["relationships"]![0]!["market"] = "rusia"; // nor is there a market "rusia"
try
{
    CaseLoader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), "broken-copy.json");
}
catch (CaseValidationException e)
{
    // The loader reports every problem it finds, each with a stable code and the JSON path of the bad value.
    Console.WriteLine($"{e.SourceName} is not a valid case ({e.Problems.Length} problems):");
    foreach (var problem in e.Problems)
    {
        Console.WriteLine($"  {problem.Path}: {problem.Message} ({problem.Code})");
    }
}
