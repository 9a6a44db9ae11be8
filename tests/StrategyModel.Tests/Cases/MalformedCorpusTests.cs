using System.Text.Json;
using StrategyModel.Cases;

namespace StrategyModel.Tests.Cases;

/// <summary>
/// The malformed corpus: each file is the full test case broken one way; expected.json names the problem each must report
/// (code and path) and, under "also", the problems that follow from it (references to an id the break removed). The loader
/// must report exactly these: the right problem at the wrong path, the wrong code, or a spurious extra problem all fail.
/// </summary>
public sealed class MalformedCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Manifest().Keys)
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_MalformedFile_ThrowsExactlyTheExpectedProblems(string file)
    {
        var expected = Manifest()[file];
        var fullPath = CaseTestData.Dir("Malformed", file);

        var ex = CaseTestData.Within(5, () =>
        {
            try
            {
                CaseLoader.Load(fullPath);
                return null;
            }
            catch (CaseValidationException e)
            {
                return e;
            }
        });

        ex.Should().NotBeNull($"{file} is malformed");
        ex!.SourceName.Should().Be(file);
        var reported = ex.Problems.Select(p => $"{p.Code} {p.Path}").ToList();
        reported.Should().NotBeEmpty();
        reported[0].Should().Be(expected[0], $"{file} must report its cause first; it reported:\n{ex.Message}");
        reported.Should().BeEquivalentTo(expected, $"{file} must report exactly its cause and what follows from it; it reported:\n{ex.Message}");
        var (code, path) = (ex.Problems[0].Code, ex.Problems[0].Path);
        ex.Message.Split('\n')[0].Should().StartWith($"{file}: {path}: ", "the message's first line names the file and path of {0}", code);
    }

    [Fact]
    public void Manifest_CoversEveryFileAndAtLeast45()
    {
        var files = Directory.GetFiles(CaseTestData.Dir("Malformed"), "*.json").Select(Path.GetFileName).Where(f => f != "expected.json").Order(StringComparer.Ordinal).ToList();
        var listed = Manifest().Keys.Order(StringComparer.Ordinal).ToList();

        listed.Should().Equal(files);
        listed.Should().HaveCountGreaterThanOrEqualTo(45);
    }

    [Fact]
    public void Manifest_EveryCodeIsAPublishedCode()
    {
        var codes = typeof(CaseProblemCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        Manifest().Values.SelectMany(v => v).Select(p => p.Split(' ')[0]).Should().OnlyContain(c => codes.Contains(c));
    }

    [Fact]
    public void Manifest_Consequences_AreOnlyDanglingReferences()
    {
        // "also" lists only what the break causes elsewhere; a second independent fault would make the file test two things.
        Manifest().Values.SelectMany(v => v.Skip(1)).Should().OnlyContain(p => p.StartsWith("dangling-reference $.", StringComparison.Ordinal));
    }

    /// <summary>Each file's expected problems as "code path", the cause first.</summary>
    private static Dictionary<string, List<string>> Manifest()
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(CaseTestData.Dir("Malformed", "expected.json")));
        foreach (var entry in manifest.RootElement.EnumerateObject())
        {
            var problems = new List<string> { Problem(entry.Value) };
            if (entry.Value.TryGetProperty("also", out var also))
            {
                problems.AddRange(also.EnumerateArray().Select(Problem));
            }

            result.Add(entry.Name, problems);
        }

        return result;

        static string Problem(JsonElement p) => p.GetProperty("code").GetString() + " " + p.GetProperty("path").GetString();
    }
}
