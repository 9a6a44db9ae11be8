using BenchmarkDotNet.Running;

namespace StrategyModel.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/StrategyModel.Benchmarks -- --filter '*'</c> (add <c>--job dry</c> for the CI smoke run).</summary>
public static class Program
{
    /// <summary>Entry point; exits 1 when no benchmark ran or any benchmark failed, so the CI dry run cannot rot silently.</summary>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        if (args.Any(a => a is "--list" or "--help" or "--version" or "--info"))
        {
            return 0;
        }

        var ran = summaries.Sum(s => s.Reports.Length);
        var failed = summaries.Sum(s => s.Reports.Count(r => !r.Success)) + summaries.Count(s => s.HasCriticalValidationErrors);
        Console.WriteLine($"StrategyModel.Benchmarks: {ran} benchmark(s) run, {failed} with errors.");
        return ran > 0 && failed == 0 ? 0 : 1;
    }
}
