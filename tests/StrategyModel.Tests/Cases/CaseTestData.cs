using System.Diagnostics;
using StrategyModel.Cases;

namespace StrategyModel.Tests.Cases;

/// <summary>Paths of the test cases and helpers shared by the case tests.</summary>
internal static class CaseTestData
{
    public static string Dir(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>Gets the path of the full version 1 case (the malformed corpus's version 1 files are derived from it).</summary>
    public static string FullPath => Dir("Cases", "full.json");

    public static string MinimalPath => Dir("Cases", "minimal.json");

    /// <summary>Gets the path of the full version 2 case, which exercises every property of the format.</summary>
    public static string FullV2Path => Dir("Cases", "full-v2.json");

    public static byte[] FullBytes => File.ReadAllBytes(FullPath);

    public static Case Full => CaseLoader.Load(FullPath);

    public static Case Minimal => CaseLoader.Load(MinimalPath);

    public static Case FullV2 => CaseLoader.Load(FullV2Path);

    /// <summary>Runs <paramref name="action"/> and fails when it takes longer than <paramref name="seconds"/>.</summary>
    public static T Within<T>(double seconds, Func<T> action)
    {
        var task = Task.Run(action);
        task.Wait(TimeSpan.FromSeconds(seconds)).Should().BeTrue($"the loader must finish within {seconds} s");
        return task.Result;
    }

    /// <summary>Parses bytes and returns the validation exception, failing if anything else happens.</summary>
    public static CaseValidationException Invalid(byte[] bytes, string name = "test.json", CaseLoaderOptions? options = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var act = () => CaseLoader.Parse(bytes, name, options);
        var ex = act.Should().Throw<CaseValidationException>().Which;
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        return ex;
    }

    public static CaseValidationException Invalid(string json, string name = "test.json", CaseLoaderOptions? options = null) =>
        Invalid(System.Text.Encoding.UTF8.GetBytes(json), name, options);
}
