using System.Text;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Cases;

/// <summary>The version 2 model as the full version 2 test case (TestData/Cases/full-v2.json) loads it, and the rules the
/// malformed corpus cannot show with one break per file.</summary>
public sealed class CaseVersion2Tests
{
    private static readonly Case Full = CaseTestData.FullV2;

    [Fact]
    public void Load_FullV2_MapsEveryNewProperty()
    {
        Full.SchemaVersion.Should().Be(2);
        Full.GetFirm("acme-logistics").Should().Match<Firm>(f => f.Parent == "acme" && f.Relation == PartyRelation.Subsidiary);
        Full.GetFirm("acme-finance").Relation.Should().Be(PartyRelation.Affiliate);
        Full.GetFirm("acme").Should().Match<Firm>(f => f.Parent == null && f.Relation == PartyRelation.Unspecified);

        var russia = Full.Entries[0];
        russia.Should().Be(new MarketEntry
        {
            Id = "e-russia",
            Firm = "acme",
            Market = "russia",
            Countries = ["RU"],
            Mode = EntryMode.JointVenture,
            Announced = new YearMonth(2018, 6),
            Completed = new YearMonth(2018, 10),
            BusinessUnit = "acme-market",
            Counterparty = "partner",
            Stakes = [new StakeChange { Date = new YearMonth(2018, 10), Percent = 48m, Bound = ValueBound.Approximately, VotingPercent = 50m }],
            Partners = [new EntryPartner { Firm = "partner", Percent = 24m, VotingPercent = 25m }, new EntryPartner { Firm = "partner-two", Percent = 28m }],
            Description = "A joint venture with Partner Telecom and Partner Fund.",
            Evidence = ["f-entry"],
        });
        russia.Start.Should().Be(new YearMonth(2018, 10), "an entry starts at completion when it has one");

        var sea = Full.Entries[1];
        sea.Stakes.Select(s => (s.Date, s.Percent)).Should().Equal((new YearMonth(2016), 51m), (new YearMonth(2017, 6), 83m));
        sea.End.Should().Be(new EntryEnd { Kind = EntryEndKind.Sale, Date = new YearMonth(2020, 3), Buyer = "buyer", StakeInBuyerPercent = 10.5m });

        var finance = Full.Entries[2];
        finance.Should().Match<MarketEntry>(e => e.Start == new YearMonth(2017, 2) && e.Completed == null && e.AttributedToFirm && e.End!.Kind == EntryEndKind.Divestment);
        Full.Entries[3].End!.Kind.Should().Be(EntryEndKind.Closure);

        var loss = Full.GetFact("f-loss");
        loss.Should().Match<Fact>(f => f.Value == -1.25m && f.Unit == MeasureUnit.Currency && f.Currency == "USD" && f.Bound == ValueBound.Approximately
            && f.Meaning == "net loss" && f.Scope == FactScope.HostMarket);
        loss.BearsOn.Should().Equal(new FactBearing { Input = AssessedInput.InternationalPerformance, Valence = Valence.Contradicts, Market = "southeast-asia" });
        Full.GetFact("f-market-size").Currency.Should().Be("RUB");

        Full.Assessments[0].Rates.Should().Be(new Rating
        {
            Input = AssessedInput.OwnershipAsset,
            Firm = "acme",
            Value = "strong",
            Rubric = "ownership-asset",
            Confidence = Confidence.High,
            AsOf = 2018,
            CounterEvidence = ["f-share"],
            Rivals = ["rival"],
        });
        Full.Assessments[3].Rates!.Market.Should().Be("southeast-asia", "a VRIO rating may be made per market in version 2");

        var pay = Full.Relationships[2];
        pay.Should().Match<Relationship>(r => r.Kind == RelationshipKind.ServiceContract && r.Supports == "e-sea" && r.End == null);
        Full.Relationships[0].End.Should().Be(new YearMonth(2021, 6));
    }

    [Fact]
    public void FindRating_DriverFeatureAndMetricRatings_AreFoundByTheirDetail()
    {
        Full.FindDriverRating(DriverKind.StrongBrand, "acme")!.Id.Should().Be("a-driver");
        Full.FindDriverRating(DriverKind.UniqueTechnology, "acme").Should().BeNull();
        Full.FindSuccessFeatureRating(SuccessFeature.GlobalVision, "acme")!.Id.Should().Be("a-feature");
        Full.FindRating(AssessedInput.Driver, "acme").Should().BeNull("a driver rating always names its driver");
        Full.RatingsOf(AssessedInput.InternationalPerformance, "acme").Select(a => a.Id).Should().Equal("a-performance");
        Full.FindRating(AssessedInput.Location, "acme", "russia")!.Id.Should().Be("a-location");
    }

    [Fact]
    public void Load_TwoRatingsOfDifferentDrivers_AreNotDuplicates_TheSameDriverTwiceIs()
    {
        var driver = Full.Assessments.Single(a => a.Id == "a-driver");
        var other = driver with { Id = "a-driver-2", Rates = driver.Rates! with { Driver = DriverKind.UniqueTechnology } };
        var two = Full with { Assessments = Full.Assessments.Add(other) };
        CaseLoader.Parse(CaseWriter.ToUtf8Bytes(two), "two").FindDriverRating(DriverKind.UniqueTechnology, "acme")!.Id.Should().Be("a-driver-2");

        var same = Full with { Assessments = Full.Assessments.Add(other with { Rates = driver.Rates }) };
        var problems = CaseTestData.Invalid(CaseWriter.ToUtf8BytesUnchecked(same)).Problems;
        problems.Select(p => $"{p.Code} {p.Path}").Should().Equal($"invalid-rating $.assessments[{Full.Assessments.Length}].rates");
    }

    [Fact]
    public void Load_ParentCycle_IsReportedForEveryFirmOnIt()
    {
        var firms = Full.Firms.SetItem(0, Full.Firms[0] with { Parent = "acme-logistics", Relation = PartyRelation.Subsidiary });
        var problems = CaseTestData.Invalid(CaseWriter.ToUtf8BytesUnchecked(Full with { Firms = firms })).Problems;

        problems.Select(p => $"{p.Code} {p.Path}").Should().Equal("invalid-parent $.firms[0].parent", "invalid-parent $.firms[1].parent", "invalid-parent $.firms[2].parent");
        problems[0].Message.Should().Contain("chain of parents comes back to it");
    }

    [Fact]
    public void Load_EveryProblemOfAV2File_IsReportedTogether()
    {
        var json = File.ReadAllText(CaseTestData.FullV2Path)
            .Replace("\"month\": 10", "\"month\": 13", StringComparison.Ordinal)
            .Replace("\"currency\": \"RUB\"", "\"currency\": \"XYZ\"", StringComparison.Ordinal)
            .Replace("\"rubric\": \"location\"", "\"rubric\": \"place\"", StringComparison.Ordinal);

        var problems = CaseTestData.Invalid(json).Problems.Select(p => p.Code).ToList();

        problems.Should().Contain(["out-of-range", "invalid-currency", "unknown-rubric"]);
    }

    [Fact]
    public void Load_UnknownSchemaVersion3_StopsBeforeAnythingElse()
    {
        var json = File.ReadAllText(CaseTestData.FullV2Path).Replace("\"schemaVersion\": 2", "\"schemaVersion\": 3", StringComparison.Ordinal);

        CaseTestData.Invalid(json).Problems.Should().ContainSingle().Which.Message.Should().Contain("versions 1 to 2");
    }

    [Fact]
    public void Load_MissingSchemaVersion_ChecksAVersion2FileAsVersion2()
    {
        var json = File.ReadAllText(CaseTestData.FullV2Path).Replace("\"schemaVersion\": 2,", string.Empty, StringComparison.Ordinal);

        CaseTestData.Invalid(json).Problems.Select(p => $"{p.Code} {p.Path}").Should().Equal("missing-required $.schemaVersion");
    }

    [Fact]
    public void YearMonth_OrdersByYearThenMonth_YearAloneFirst()
    {
        var dates = new[] { new YearMonth(2017, 1), new YearMonth(2016, 12), new YearMonth(2017), new YearMonth(2016) };

        dates.Order().Should().Equal(new YearMonth(2016), new YearMonth(2016, 12), new YearMonth(2017), new YearMonth(2017, 1));
        (new YearMonth(2016, 4) < new YearMonth(2016, 5)).Should().BeTrue();
        (new YearMonth(2016, 4) >= new YearMonth(2016)).Should().BeTrue();
        (new YearMonth(2016) <= new YearMonth(2016)).Should().BeTrue();
        (new YearMonth(2017) > new YearMonth(2016, 12)).Should().BeTrue();
        new YearMonth(2016, 4).ToString().Should().Be("2016-04");
        new YearMonth(2016).ToString().Should().Be("2016");
    }

    [Fact]
    public void StakeAt_FollowsTheStakeHistoryAndTheEnd()
    {
        // Worked example (own): 51% from 2016, 83% from June 2017, sold in March 2020 (Benito & Welch 1997: the sale ends the holding).
        var sea = Full.Entries[1];

        sea.StakeAt(new YearMonth(2015, 12)).Should().BeNull();
        sea.StakeAt(new YearMonth(2016, 7))!.Percent.Should().Be(51m);
        sea.StakeAt(new YearMonth(2017, 5))!.Percent.Should().Be(51m);
        sea.StakeAt(new YearMonth(2017, 6))!.Percent.Should().Be(83m);
        sea.StakeAt(new YearMonth(2020, 2))!.Percent.Should().Be(83m);
        sea.HasEndedBy(new YearMonth(2020, 2)).Should().BeFalse();
        sea.HasEndedBy(new YearMonth(2020, 3)).Should().BeTrue();
        sea.StakeAt(new YearMonth(2020, 3)).Should().BeNull();
        sea.StakeAt(new YearMonth(2021)).Should().BeNull();
    }

    [Fact]
    public void IsoCodes_AreTheRealLists()
    {
        IsoCodes.Countries.Should().HaveCount(249);
        IsoCodes.IsCountry("CN").Should().BeTrue();
        IsoCodes.IsCountry("SS").Should().BeTrue("South Sudan is assigned");
        IsoCodes.IsCountry("XX").Should().BeFalse("user-assigned codes are not countries");
        IsoCodes.IsCountry("UK").Should().BeFalse("UK is reserved; the code is GB");
        IsoCodes.IsCountry("EU").Should().BeFalse();
        IsoCodes.IsCountry("cn").Should().BeFalse();
        IsoCodes.IsCurrency("USD").Should().BeTrue();
        IsoCodes.IsCurrency("CNY").Should().BeTrue();
        IsoCodes.IsCurrency("EUR").Should().BeTrue();
        IsoCodes.IsCurrency("XCG").Should().BeTrue("the Caribbean guilder replaced ANG in 2025");
        IsoCodes.IsCurrency("HRK").Should().BeFalse("Croatia adopted the euro in 2023");
        IsoCodes.IsCurrency("XXX").Should().BeFalse("XXX means no currency");
        IsoCodes.IsCurrency("RMB").Should().BeFalse("RMB is a name, not the ISO code");
        IsoCodes.Countries.Should().OnlyContain(c => c.Length == 2 && c.All(char.IsAsciiLetterUpper));
        IsoCodes.Currencies.Should().OnlyContain(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper));
        FluentActions.Invoking(() => IsoCodes.IsCountry(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equality_NewArrays_CompareElementByElement()
    {
        var a = Full.Assessments[0].Rates!;
        var b = a with { CounterEvidence = [.. a.CounterEvidence], Rivals = [.. a.Rivals] };
        b.Should().Be(a);
        b.GetHashCode().Should().Be(a.GetHashCode());
        (a with { Rivals = ["partner"] }).Should().NotBe(a);
        (a with { Confidence = Confidence.Low }).Should().NotBe(a);

        var e = Full.Entries[0];
        var copy = e with { Stakes = [.. e.Stakes], Partners = [.. e.Partners], Countries = [.. e.Countries] };
        copy.Should().Be(e);
        copy.GetHashCode().Should().Be(e.GetHashCode());
        (e with { End = new EntryEnd { Kind = EntryEndKind.Exit, Date = new YearMonth(2022) } }).Should().NotBe(e);
        (e with { Announced = null }).Should().NotBe(e);

        var f = Full.GetFact("f-loss");
        (f with { BearsOn = [.. f.BearsOn] }).Should().Be(f);
        (f with { Meaning = "a loss" }).Should().NotBe(f);
        (f with { Currency = "EUR" }).Should().NotBe(f);
        (Full.Firms[1] with { Relation = PartyRelation.Affiliate }).Should().NotBe(Full.Firms[1]);
        (Full.Relationships[2] with { Supports = null }).Should().NotBe(Full.Relationships[2]);
    }

    [Fact]
    public void Write_ExplicitFalseAttribution_IsOmitted()
    {
        var json = File.ReadAllText(CaseTestData.FullV2Path).Replace("\"attributedToFirm\": true", "\"attributedToFirm\": false", StringComparison.Ordinal);

        var c = CaseLoader.Parse(Encoding.UTF8.GetBytes(json), "f");

        c.Entries[2].AttributedToFirm.Should().BeFalse();
        CaseWriter.ToJson(c).Should().NotContain("attributedToFirm", "false is the default and is not written");
    }
}
