using StrategyModel.Drivers;

namespace StrategyModel.Tests.Reproduction;

/// <summary>Thesis Table 2 (drivers of internationalization) against the drivers the analyzer derives from the case's evidence.</summary>
public sealed class Table2ReproductionTests(AlibabaFixture fixture) : IClassFixture<AlibabaFixture>
{
    // Each thesis driver is reproduced when the analyst's rating against the driver rubric makes it present; where it does not, the
    // test data records the reason. A change either way fails.
    [Theory]
    [InlineData("internal", DriverCategory.Internal)]
    [InlineData("homeMarket", DriverCategory.HomeMarket)]
    public void Drivers_ThesisList_MatchesRecordedStatus(string block, DriverCategory category)
    {
        foreach (var d in ThesisData.Load("table2.json").GetProperty(block).EnumerateArray())
        {
            var kind = Enum.Parse<DriverKind>(d.GetProperty("driver").GetString()!);
            var result = fixture.Analysis.Drivers.Drivers.Single(r => r.Kind == kind);
            result.Category.Should().Be(category);
            (result.Present ? "reproduced" : "differs").Should().Be(d.GetProperty("status").GetString(), "{0}: {1}", kind, d.TryGetProperty("reason", out var r) ? r.GetString() : "the thesis lists it");
        }
    }

    [Fact]
    public void Drivers_EveryThesisDriver_HasAnEvidenceVolumeOfAtLeastTheTablesBullets()
    {
        var table = ThesisData.Load("table2.json");
        foreach (var d in table.GetProperty("internal").EnumerateArray().Concat(table.GetProperty("homeMarket").EnumerateArray()))
        {
            var kind = Enum.Parse<DriverKind>(d.GetProperty("driver").GetString()!);
            fixture.Analysis.DriverEvidence.Single(e => e.Kind == kind).Facts.Length
                .Should().BeGreaterThanOrEqualTo(d.GetProperty("bullets").GetInt32(), "Table 2 gives {0} bullets for {1}", d.GetProperty("bullets").GetInt32(), kind);
        }
    }

    [Fact]
    public void Drivers_Labels_AreTheThesisWording()
    {
        var table = ThesisData.Load("table2.json");
        foreach (var d in table.GetProperty("internal").EnumerateArray().Concat(table.GetProperty("homeMarket").EnumerateArray()))
        {
            DriverCatalog.LabelOf(Enum.Parse<DriverKind>(d.GetProperty("driver").GetString()!)).Should().Be(d.GetProperty("thesis").GetString());
        }
    }
}
