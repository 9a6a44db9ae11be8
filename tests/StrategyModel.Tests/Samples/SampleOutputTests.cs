using System.Globalization;
using System.Reflection;
using System.Text;

namespace StrategyModel.Tests.Samples;

/// <summary>Serializes the tests that redirect <see cref="Console"/>, which is process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleBoundTests
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console";
}

/// <summary>
/// Runs every sample in process and compares what it prints with the sample's <c>expected-output.txt</c>, so the samples
/// (and the docs pages that import them) cannot drift from the library. Each sample runs under tr-TR to prove its output is
/// culture-invariant. After an intended change, run the tests with STRATEGYMODEL_ACCEPT_SAMPLES=1 and review the diff.
/// </summary>
[Collection(ConsoleBoundTests.Name)]
public sealed class SampleOutputTests
{
    /// <summary>Every sample project under samples/, by folder name. A new sample is one more line here.</summary>
    public static TheoryData<string> Samples { get; } = new()
    {
        "StrategyModel.Samples.EvaluateYourFirm",
        "StrategyModel.Samples.DependencyInjection",
        "StrategyModel.Samples.AlibabaAnalysis",
        "StrategyModel.Samples.CompareMarkets",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Main_UnderTurkishCulture_PrintsExpectedOutput(string sample)
    {
        var turkish = CultureInfo.GetCultureInfo("tr-TR");
        1.5.ToString(turkish).Should().Be("1,5", "the culture must be real (not invariant globalization) for this test to prove anything");
        var actual = RunInProcess(sample, turkish);
        AcceptIfAsked(sample, actual);

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Samples", sample, "expected-output.txt");
        File.Exists(expectedPath).Should().BeTrue("every sample has an expected-output.txt beside its Program.cs ({0})", expectedPath);
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");

        actual.Should().NotContain("\r", "samples print \\n line endings");
        actual.Should().NotBeEmpty();
        if (actual != expected)
        {
            Assert.Fail(Diff(sample, expected, actual));
        }
    }

    [Fact]
    public void Samples_EverySampleWithExpectedOutput_IsListed()
    {
        // The csproj copies every samples/*/expected-output.txt; a sample folder missing from the list above fails here.
        var copied = Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Samples"))
            .Where(d => File.Exists(Path.Combine(d, "expected-output.txt")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        var listed = Samples.Select((object[] row) => (string)row[0]).Order(StringComparer.Ordinal);
        copied.Should().Equal(listed);
    }

    [Fact]
    public void Samples_EverySampleProjectInTheRepository_IsListed()
    {
        // A sample project without an expected-output.txt is not copied, so the check above cannot see it; this one can.
        var projects = Directory.GetDirectories(RepositoryPaths.Of("samples"))
            .Where(d => Directory.GetFiles(d, "*.csproj").Length > 0)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        var listed = Samples.Select((object[] row) => (string)row[0]).Order(StringComparer.Ordinal);

        projects.Should().Equal(listed);
    }

    [Fact]
    public void Diff_DifferentLines_MarksRemovedAndAdded()
    {
        var message = Diff("s", "a\nb\nc\n", "a\nx\nc\n");
        message.Should().Contain("  a\n- b\n+ x\n  c");
        message.Should().Contain("first difference at line 2");
    }

    private static string RunInProcess(string sample, CultureInfo culture)
    {
        var assembly = Assembly.Load(new AssemblyName(sample));
        var entryPoint = assembly.EntryPoint ?? throw new InvalidOperationException($"{sample} has no entry point.");
        object?[]? arguments = entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()];

        var originalOut = Console.Out;
        var originalCulture = CultureInfo.CurrentCulture;
        var originalUiCulture = CultureInfo.CurrentUICulture;
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            Console.SetOut(writer);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var result = entryPoint.Invoke(null, arguments);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }

            if (result is int exitCode)
            {
                exitCode.Should().Be(0, "{0} should exit successfully", sample);
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"{sample} threw: {e.InnerException.Message}", e.InnerException);
        }
        finally
        {
            Console.SetOut(originalOut);
            CultureInfo.CurrentCulture = originalCulture;
            CultureInfo.CurrentUICulture = originalUiCulture;
        }

        return writer.ToString();
    }

    private static void AcceptIfAsked(string sample, string actual)
    {
        if (Environment.GetEnvironmentVariable("STRATEGYMODEL_ACCEPT_SAMPLES") == "1")
        {
            File.WriteAllText(RepositoryPaths.Of("samples", sample, "expected-output.txt"), actual, new UTF8Encoding(false));
        }
    }

    /// <summary>A line diff (longest common subsequence): "  " kept, "- " expected only, "+ " actual only.</summary>
    private static string Diff(string sample, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var lcs = new int[e.Length + 1, a.Length + 1];
        for (var i = e.Length - 1; i >= 0; i--)
        {
            for (var j = a.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = e[i] == a[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var body = new StringBuilder();
        var first = 0;
        int x = 0, y = 0;
        while (x < e.Length || y < a.Length)
        {
            if (x < e.Length && y < a.Length && e[x] == a[y])
            {
                body.Append("  ").Append(e[x]).Append('\n');
                x++;
                y++;
                continue;
            }

            if (first == 0)
            {
                first = x + 1;
            }

            if (x < e.Length && (y == a.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                body.Append("- ").Append(e[x]).Append('\n');
                x++;
            }
            else
            {
                body.Append("+ ").Append(a[y]).Append('\n');
                y++;
            }
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{sample}: output differs from expected-output.txt (first difference at line {first}; '-' expected, '+' actual).\nIf the change is intended, run the tests with STRATEGYMODEL_ACCEPT_SAMPLES=1 and review the diff.\n{body}");
    }
}
