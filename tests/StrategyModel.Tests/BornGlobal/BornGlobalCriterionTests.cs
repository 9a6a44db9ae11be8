using StrategyModel.BornGlobal;

namespace StrategyModel.Tests.BornGlobal;

public sealed class BornGlobalCriterionTests
{
    [Fact]
    public void Presets_HaveThePublishedValues()
    {
        // Rennie (1993): observed averages of two years and 76%; the thesis's threshold of two years and 75% (Wang 2018, 2.1.2);
        // Knight & Cavusgil (1996, 2004): three years and 25%.
        BornGlobalCriterion.Rennie1993Observed.Should().Be(new BornGlobalCriterion("Rennie1993Observed", 2, 76m, "Rennie (1993)"));
        BornGlobalCriterion.Rennie1993AsThesis.Should().Be(new BornGlobalCriterion("Rennie1993AsThesis", 2, 75m, "Rennie (1993) as operationalised by Wang (2018)"));
        BornGlobalCriterion.KnightCavusgil.Should().Be(new BornGlobalCriterion("KnightCavusgil", 3, 25m, "Knight & Cavusgil (1996, 2004)"));
    }

    [Theory]
    [InlineData("Rennie1993AsThesis", "born-global.criterion.rennie-1993-as-thesis")]
    [InlineData("Rennie1993Observed", "born-global.criterion.rennie-1993-observed")]
    [InlineData("KnightCavusgil", "born-global.criterion.knight-cavusgil")]
    [InlineData("Knight & Cavusgil (2004)", "born-global.criterion.knight-cavusgil-2004")]
    [InlineData("OECD25Percent", "born-global.criterion.oecd-25-percent")]
    [InlineData("  my_own criterion ", "born-global.criterion.my-own-criterion")]
    public void RuleId_Name_IsKebabCase(string name, string expected) =>
        new BornGlobalCriterion(name, 3, 25m, string.Empty).RuleId.Should().Be(expected);

    [Fact]
    public void Constructor_InvalidValues_Throw()
    {
        var years = () => new BornGlobalCriterion("X", -1, 25m, "s");
        var shareLow = () => new BornGlobalCriterion("X", 3, -0.5m, "s");
        var shareHigh = () => new BornGlobalCriterion("X", 3, 100.5m, "s");
        var name = () => new BornGlobalCriterion("& ()", 3, 25m, "s");
        var nullName = () => new BornGlobalCriterion(null!, 3, 25m, "s");
        var source = () => new BornGlobalCriterion("X", 3, 25m, null!);

        years.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxYearsToFirstForeignSale");
        shareLow.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinForeignSalesSharePercent");
        shareHigh.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinForeignSalesSharePercent");
        name.Should().ThrowExactly<ArgumentException>().WithParameterName("Name");
        nullName.Should().Throw<ArgumentNullException>().WithParameterName("Name");
        source.Should().Throw<ArgumentNullException>().WithParameterName("Source");
    }

    [Fact]
    public void With_InvalidValue_IsValidatedToo()
    {
        var act = () => BornGlobalCriterion.KnightCavusgil with { MinForeignSalesSharePercent = 120m };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MinForeignSalesSharePercent");
    }

    [Fact]
    public void Matrix_UnspecifiedInputs_Throw()
    {
        var type = () => NewVentureTypeMatrix.Type(ValueChainCoordination.Unspecified, true);
        var marketMaker = () => NewVentureTypeMatrix.IsNewInternationalMarketMaker(NewVentureType.Unspecified);

        type.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("coordination");
        marketMaker.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("type");
    }
}
