using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Cases;

/// <summary>
/// Version 1 files keep loading: TestData/V1 holds the shipped cases exactly as they were in version 1 (copied before they moved to
/// version 2), and each must load, upgraded to the version 2 model, and still be analysed.
/// </summary>
public sealed class Version1CaseTests
{
    public static TheoryData<string> Files() => new() { "alibaba-group.json", "ecommerce-peers.json" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_Version1ShippedCase_LoadsUpgraded(string file)
    {
        var path = CaseTestData.Dir("V1", file);
        File.ReadAllText(path).Should().Contain("\"schemaVersion\": 1,", "the file is kept in version 1");

        var c = CaseLoader.Load(path);

        c.SchemaVersion.Should().Be(CaseLoader.SchemaVersion);
        c.Entries.Should().NotBeEmpty().And.OnlyContain(e => e.Completed != null && e.Announced == null && e.End == null && e.Partners.IsEmpty);
        c.Entries.Should().OnlyContain(e => e.Stakes.Length <= 1 && e.Stakes.All(s => s.Date == e.Completed));
        c.Facts.Should().NotContain(f => f.Unit == MeasureUnit.Usd || f.Unit == MeasureUnit.Cny);
        c.Facts.Where(f => f.Unit == MeasureUnit.Currency).Should().NotBeEmpty().And.OnlyContain(f => f.Currency == "USD" || f.Currency == "CNY");
        c.Assessments.Where(a => a.Rates != null).Where(a => !(a.Rates!.Rubric == CaseFormat.Inputs.Name(a.Rates.Input) && a.Rates.Confidence == Confidence.Unspecified && a.Rates.AsOf == null && a.Rates.CounterEvidence.IsEmpty)).Should().BeEmpty("a version 1 rating gets its input's rubric, no confidence, no year and no counter-evidence");
    }

    [Fact]
    public void Load_Version1Alibaba_UpgradesLazadasYearMonthAndStake()
    {
        var c = CaseLoader.Load(CaseTestData.Dir("V1", "alibaba-group.json"));

        // In version 1: "year": 2016, "month": 4, "stakePercent": 51.
        var lazada = c.Entries.Single(e => e.Id == "en-sea-lazada-2016");
        lazada.Completed.Should().Be(new YearMonth(2016, 4));
        (lazada.Year, lazada.Month).Should().Be((2016, 4));
        lazada.Stakes.Should().Equal(new StakeChange { Date = new YearMonth(2016, 4), Percent = 51m });
        lazada.StakeAt(new YearMonth(2016, 3)).Should().BeNull();
        lazada.StakeAt(new YearMonth(2016))!.Should().BeNull("a year without a month comes before April of that year");
        lazada.StakeAt(new YearMonth(2017))!.Percent.Should().Be(51m);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Analyze_Version1ShippedCase_DoesNotThrow(string file)
    {
        var c = CaseLoader.Load(CaseTestData.Dir("V1", file));
        var analyzer = new CaseAnalyzer();

        foreach (var year in new[] { 2010, 2016, 2019 })
        {
            var analysis = analyzer.Analyze(c, year);
            analysis.Should().NotBeNull();
        }
    }
}
