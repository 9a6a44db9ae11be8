using System.Collections.Immutable;
using StrategyModel.Cases;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Analysis;

/// <summary>Small cases built in code for the analyzer's method tests: one fictional firm ("Nordvik Parcel", a Norwegian logistics
/// platform, founded 2001) and one host market (Poland), with two documents, one dated 2010 and one dated 2016.</summary>
internal static class MiniCase
{
    public const string Firm = "nordvik";
    public const string Market = "poland";

    public static Case Base() => new()
    {
        Id = "nordvik-parcel",
        Title = "Nordvik Parcel in Poland (a test case)",
        PrimaryFirm = Firm,
        Documents =
        [
            new SourceDocument { Id = "report-2010", File = "report-2010.txt", Title = "Annual report 2010", Publisher = "Nordvik", Date = "2010", Kind = DocumentKind.Report },
            new SourceDocument { Id = "news-2016", File = "news-2016.txt", Title = "Nordvik buys PolPak", Publisher = "A newspaper", Date = "2016-05-02", Kind = DocumentKind.News },
        ],
        Firms =
        [
            new Firm { Id = Firm, Name = "Nordvik Parcel", HomeCountry = "NO", FoundedYear = 2001 },
            new Firm { Id = "polpak", Name = "PolPak" },
            new Firm { Id = "zlotypay", Name = "ZlotyPay" },
        ],
        Markets = [new Market { Id = Market, Name = "Poland", Kind = MarketKind.Country, Countries = ["PL"] }],
        Facts =
        [
            Fact("f-platform", "Nordvik runs its own parcel platform.", FactTopic.Technology, "report-2010", null),
            Fact("f-last-mile", "Parcels to Poland need local last-mile delivery.", FactTopic.RetailGaps, "report-2010", Market),
            Fact("f-buy-polpak", "Nordvik bought PolPak in 2016.", FactTopic.Entry, "news-2016", Market, year: 2016),
            Fact("f-export", "Nordvik shipped parcels to Polish customers from Norway from 2008.", FactTopic.Entry, "report-2010", Market, year: 2008),
        ],
    };

    public static Fact Fact(string id, string statement, FactTopic topic, string document, string? market, int? year = null) => new()
    {
        Id = id,
        Statement = statement,
        Topic = topic,
        Firm = Firm,
        Market = market,
        Year = year,
        Citations = [new Citation { Document = document, Quote = statement }],
    };

    public static AnalystAssessment Rating(string id, AssessedInput input, string value, string? market, int asOf, params string[] restsOn) => new()
    {
        Id = id,
        Statement = "A test rating.",
        Reasoning = "Rated against the rubric for the test.",
        RestsOn = [.. restsOn],
        Rates = new Rating
        {
            Input = input,
            Firm = Firm,
            Market = market,
            Value = value,
            Rubric = CaseFormat.Inputs.Name(input),
            Confidence = Confidence.Medium,
            AsOf = asOf,
        },
    };

    public static MarketEntry Entry(string id, EntryMode mode, int year, params string[] evidence) => new()
    {
        Id = id,
        Firm = Firm,
        Market = Market,
        Mode = mode,
        Completed = new YearMonth(year),
        Description = "A test entry.",
        Evidence = [.. evidence],
    };

    public static Case With(this Case c, params AnalystAssessment[] ratings) => c with { Assessments = c.Assessments.AddRange(ratings) };

    public static Case WithEntries(this Case c, params MarketEntry[] entries) => c with { Entries = c.Entries.AddRange(entries) };

    public static Case WithFacts(this Case c, params Fact[] facts) => c with { Facts = c.Facts.AddRange(facts) };

    /// <summary>O and L rated Strong for the market as of 2010: Dunning's FDI row needs only I.</summary>
    public static ImmutableArray<AnalystAssessment> OwnershipAndLocation() =>
    [
        Rating("a-o", AssessedInput.OwnershipAsset, "strong", null, 2010, "f-platform"),
        Rating("a-l", AssessedInput.Location, "strong", Market, 2010, "f-last-mile"),
    ];
}
