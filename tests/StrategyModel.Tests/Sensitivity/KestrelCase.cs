using StrategyModel.Cases;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Sensitivity;

/// <summary>A fictional case for the robustness tests: "Kestrel Tools", a Danish maker of hand tools (founded 1998), assessed for one
/// host market (Vietnam) as of 2015, with one document. Every rating is made in the test that uses it.</summary>
internal static class KestrelCase
{
    public const string Firm = "kestrel";
    public const string Market = "vietnam";

    public static Case With(params (AssessedInput Input, string Value, string? Market)[] ratings) => new()
    {
        Id = "kestrel-tools",
        Title = "Kestrel Tools in Vietnam (a test case)",
        PrimaryFirm = Firm,
        Documents = [new SourceDocument { Id = "report-2014", File = "report-2014.txt", Title = "Annual report 2014", Publisher = "Kestrel", Date = "2014", Kind = DocumentKind.Report }],
        Firms = [new Firm { Id = Firm, Name = "Kestrel Tools", HomeCountry = "DK", FoundedYear = 1998 }],
        Markets = [new Market { Id = Market, Name = "Vietnam", Kind = MarketKind.Country, Countries = ["VN"] }],
        Facts =
        [
            new Fact
            {
                Id = "f-tools",
                Statement = "Kestrel designs and forges its own tools.",
                Topic = FactTopic.Technology,
                Firm = Firm,
                Citations = [new Citation { Document = "report-2014", Quote = "Kestrel designs and forges its own tools." }],
            },
        ],
        Assessments = [.. ratings.Select((r, i) => Rating("a-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Input, r.Value, r.Market))],
    };

    private static AnalystAssessment Rating(string id, AssessedInput input, string value, string? market) => new()
    {
        Id = id,
        Statement = "A test rating.",
        Reasoning = "Rated against the rubric for the test.",
        RestsOn = ["f-tools"],
        Rates = new Rating
        {
            Input = input,
            Firm = Firm,
            Market = market,
            Value = value,
            Rubric = CaseFormat.Inputs.Name(input),
            Confidence = Confidence.Medium,
            AsOf = 2014,
        },
    };

    /// <summary>Dunning's OLI with O (asset) Strong, L Moderate, I Strong, the other ownership kinds and the network advantage Absent.</summary>
    public static (AssessedInput, string, string?)[] OliAtLocationEdge() =>
    [
        (AssessedInput.OwnershipAsset, "strong", null),
        (AssessedInput.OwnershipTransaction, "absent", null),
        (AssessedInput.OwnershipInstitutional, "absent", null),
        (AssessedInput.NetworkAdvantage, "absent", null),
        (AssessedInput.Location, "moderate", Market),
        (AssessedInput.Internalization, "strong", Market),
    ];

    /// <summary>Anderson &amp; Gatignon's transaction costs with every dimension Weak: low specificity, nothing high, Low control.</summary>
    public static (AssessedInput, string, string?)[] TransactionCostsAllWeak() =>
    [
        (AssessedInput.AssetSpecificity, "weak", Market),
        (AssessedInput.ExternalUncertainty, "weak", Market),
        (AssessedInput.InternalUncertainty, "weak", Market),
        (AssessedInput.TransactionFrequency, "weak", Market),
        (AssessedInput.FreeRidingPotential, "weak", Market),
    ];
}
