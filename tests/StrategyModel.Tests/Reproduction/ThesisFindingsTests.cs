using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;
using StrategyModel.GenericStrategies;

namespace StrategyModel.Tests.Reproduction;

/// <summary>The four findings of the thesis's section 4.1, kept as test data, against the analysis of the shipped case.</summary>
public sealed class ThesisFindingsTests(AlibabaFixture fixture) : IClassFixture<AlibabaFixture>
{
    private static System.Text.Json.JsonElement Finding(int id) =>
        ThesisData.Load("findings.json").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetInt32() == id);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Drivers_Finding_AreAllPresent(int id)
    {
        var expected = Finding(id).GetProperty("expectedPresentDrivers").EnumerateArray().Select(d => Enum.Parse<DriverKind>(d.GetString()!));

        fixture.Analysis.Drivers.Present.Should().Contain(expected);
    }

    [Fact]
    public void Finding2_Motives_ArePushAndPull()
    {
        fixture.Analysis.Drivers.PushAndPull.Should().BeTrue();
        fixture.Analysis.Findings.Single(f => f.RuleId == "analysis.push-and-pull").Outcome.Should().Be(Assessments.FindingOutcome.Met);
    }

    [Fact]
    public void Finding3_Process_StartsCrossBorderAndFromSecondTierCities()
    {
        var f = Finding(3);
        var market = fixture.Analysis.GetMarket(f.GetProperty("market").GetString()!);

        market.Entries[0].Mode.Should().Be(Enum.Parse<EntryMode>(f.GetProperty("expectedFirstMode").GetString()!));
        market.Has(Enum.Parse<FactTopic>(f.GetProperty("expectedTopic").GetString()!)).Should().BeTrue();
    }

    [Fact]
    public void Finding4_EntryModeAndStrategy_HoldingPartnershipsHybridAndLocalization()
    {
        var f = Finding(4);
        var holding = fixture.Analysis.GetMarket(f.GetProperty("expectedHoldingMarket").GetString()!);
        holding.Entries.Should().Contain(e => e.Mode == EntryMode.Acquisition);

        var functions = f.GetProperty("expectedPartnerFunctions").EnumerateArray().Select(x => Enum.Parse<PartnerFunction>(x.GetString()!)).ToList();
        var table3 = ThesisData.Load("table3.json");
        foreach (var market in new[] { table3.GetProperty("marketA").GetString()!, table3.GetProperty("marketB").GetString()! }.Select(fixture.Analysis.GetMarket))
        {
            market.Partners.SelectMany(p => p.Functions).Should().Contain(functions, "the thesis finds logistics and payment partners in {0}", market.MarketName);
            market.GenericStrategy.Should().NotBeNull("the ratings decide Porter's cell in {0}", market.MarketName);
            market.GenericStrategy!.Strategy.Should().Be(Enum.Parse<GenericStrategy>(f.GetProperty("expectedStrategy").GetString()!), "in {0}", market.MarketName);
            market.GenericStrategy.LocalizationElement.Should().BeTrue();
        }
    }
}
