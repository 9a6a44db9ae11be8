using StrategyModel.Drivers;

namespace StrategyModel.Tests.Reproduction;

/// <summary>Thesis Table 2 (drivers of internationalization) against the drivers the analyzer derives from the case's evidence.</summary>
public sealed class Table2ReproductionTests(AlibabaFixture fixture) : IClassFixture<AlibabaFixture>
{
    [Theory]
    [InlineData("internal", DriverCategory.Internal)]
    [InlineData("homeMarket", DriverCategory.HomeMarket)]
    public void Drivers_PresentInCategory_EqualTheThesisList(string block, DriverCategory category)
    {
        var expected = ThesisData.Load("table2.json").GetProperty(block).EnumerateArray()
            .Select(d => Enum.Parse<DriverKind>(d.GetProperty("driver").GetString()!)).ToList();

        var present = fixture.Analysis.Drivers.Drivers.Where(d => d.Category == category && d.Present).Select(d => d.Kind);

        present.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Drivers_EveryThesisDriver_HasAtLeastAsManyCitedFactsAsTheTableHasBullets()
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
