using System;
using StrategyModel.Cases;

// dotnet run -- path/to/case.json
Case studyCase;
try
{
    studyCase = CaseLoader.Load(args[0]);
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

Console.WriteLine($"{studyCase.Title}: {studyCase.Facts.Length} facts, {studyCase.Markets.Length} markets");
return 0;
