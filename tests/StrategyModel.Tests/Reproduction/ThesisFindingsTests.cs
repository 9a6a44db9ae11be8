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

    // Where the ratings disagree with the thesis's list, the test data records the driver and the reason (Table 2 likewise).
    [Fact]
    public void Finding1_DifferingDrivers_AreRatedBelowPresence()
    {
        foreach (var d in Finding(1).GetProperty("differingDrivers").EnumerateArray())
        {
            var kind = Enum.Parse<DriverKind>(d.GetProperty("driver").GetString()!);
            fixture.Analysis.Drivers.Present.Should().NotContain(kind, d.GetProperty("reason").GetString());
        }
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
    public void Finding4_EntryModeAndStrategy_HoldingPartnershipsAndLocalization()
    {
        var f = Finding(4);
        var holding = fixture.Analysis.GetMarket(f.GetProperty("expectedHoldingMarket").GetString()!);
        holding.Entries.Should().Contain(e => e.Mode == EntryMode.Acquisition);

        var functions = f.GetProperty("expectedPartnerFunctions").EnumerateArray().Select(x => Enum.Parse<PartnerFunction>(x.GetString()!)).ToList();
        foreach (var m in f.GetProperty("marketStrategies").EnumerateArray())
        {
            var market = fixture.Analysis.GetMarket(m.GetProperty("market").GetString()!);
            market.Partners.SelectMany(p => p.Functions).Should().Contain(functions, "the thesis finds logistics and payment partners in {0}", market.MarketName);
            market.GenericStrategy.Should().NotBeNull("the ratings decide Porter's cell in {0}", market.MarketName);
            market.GenericStrategy!.LocalizationElement.Should().BeTrue();
            var combination = market.GenericStrategy.Strategy == GenericStrategy.Hybrid;
            combination.Should().Be(m.GetProperty("status").GetString() == "reproduced", "thesis: differentiation and cost leadership in {0}; recorded: {1}", market.MarketName, m.TryGetProperty("reason", out var r) ? r.GetString() : "reproduced");
        }
    }

    // Issue 11 (Porter 1980, 1985): the thesis calls the strategy a focus, but the case's ratings give Alibaba a broad scope in both
    // markets; the evaluator, told what the thesis states, reports the disagreement on the scope axis.
    [Fact]
    public void Finding4_StatedFocus_DisagreesWithTheBroadScope()
    {
        var f = Finding(4);
        var stated = Enum.Parse<GenericStrategy>(f.GetProperty("statedStrategy").GetString()!);
        foreach (var m in f.GetProperty("marketStrategies").EnumerateArray())
        {
            var market = fixture.Analysis.GetMarket(m.GetProperty("market").GetString()!);
            Strength Rated(string name) => Enum.Parse<Strength>(market.Inputs.Single(i => i.Framework == "generic-strategies" && i.Name == name).Value);
            var profile = new GenericStrategyProfile
            {
                CostAdvantage = Rated("cost-advantage"),
                Differentiation = Rated("differentiation"),
                Scope = Enum.Parse<CompetitiveScope>(market.Inputs.Single(i => i.Framework == "generic-strategies" && i.Name == "scope").Value),
                Localization = Rated("localization"),
                StrategicPartnership = Rated("strategic-partnership"),
                StatedStrategy = stated,
                StatedBy = f.GetProperty("statedBy").GetString(),
            };

            var assessment = new GenericStrategyEvaluator().Evaluate(profile);

            assessment.StatedStrategyAgrees.Should().BeFalse("in {0}", market.MarketName);
            assessment.Findings.Single(x => x.RuleId == "porter.stated-strategy").Sentence.Should().Contain("scope");
        }
    }
}
