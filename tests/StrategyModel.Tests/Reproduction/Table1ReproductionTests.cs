using StrategyModel.Evidence;

namespace StrategyModel.Tests.Reproduction;

/// <summary>Thesis Table 1 (cross-border platform models), cell by cell, against the analysis of the shipped case.</summary>
public sealed class Table1ReproductionTests(AlibabaFixture fixture) : IClassFixture<AlibabaFixture>
{
    public static TheoryData<string> Models() => ["B2B", "B2C", "C2C"];

    [Theory]
    [MemberData(nameof(Models))]
    public void PlatformModels_EveryThesisCell_IsReproduced(string model)
    {
        var expected = ThesisData.Load("table1.json").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("model").GetString() == model);
        var row = fixture.Analysis.PlatformModels.Single(r => r.Model == Enum.Parse<PlatformModel>(model));

        row.Parties.Should().Be(expected.GetProperty("parties").GetString());
        ThesisData.Squash(string.Join(" ", row.Features)).Should().Contain(ThesisData.Squash(expected.GetProperty("features").GetString()!));
        ThesisData.Squash(string.Join(" ", row.Flows)).Should().Contain(ThesisData.Squash(expected.GetProperty("flow").GetString()!));
        var platforms = row.Platforms.Select(ThesisData.Squash).ToList();
        foreach (var platform in expected.GetProperty("platforms").EnumerateArray().Select(p => ThesisData.Squash(p.GetString()!)))
        {
            platforms.Should().Contain(p => p.Contains(platform, StringComparison.Ordinal), "Table 1 lists {0} under {1}", platform, model);
        }
    }
}
