using System.Text.Json;
using StrategyModel.Cases;

namespace StrategyModel.Tests.Cases;

/// <summary>The malformed corpus: each file is the full test case broken one way; expected.json names the problem each must report.</summary>
public sealed class MalformedCorpusTests
{
    public static TheoryData<string, string, string> Manifest()
    {
        var data = new TheoryData<string, string, string>();
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(CaseTestData.Dir("Malformed", "expected.json")));
        foreach (var entry in manifest.RootElement.EnumerateObject())
        {
            data.Add(entry.Name, entry.Value.GetProperty("code").GetString()!, entry.Value.GetProperty("path").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Manifest))]
    public void Load_MalformedFile_ThrowsNamingFileCodeAndPath(string file, string code, string path)
    {
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
        ex.Problems.Should().Contain(p => p.Code == code && p.Path == path, $"{file} must report {code} at {path}; it reported:\n{ex.Message}");
        ex.Message.Should().Contain($"{file}: {path}: ");
    }

    [Fact]
    public void Manifest_CoversEveryFileAndAtLeast45()
    {
        var files = Directory.GetFiles(CaseTestData.Dir("Malformed"), "*.json").Select(Path.GetFileName).Where(f => f != "expected.json").Order().ToList();
        var listed = Manifest().Select(row => (string)row[0]).Order().ToList();

        listed.Should().Equal(files);
        listed.Should().HaveCountGreaterThanOrEqualTo(45);
    }

    [Fact]
    public void Manifest_EveryCodeIsAPublishedCode()
    {
        var codes = typeof(CaseProblemCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        Manifest().Select(row => (string)row[1]).Should().OnlyContain(c => codes.Contains(c));
    }
}
