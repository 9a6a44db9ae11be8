using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using StrategyModel.BornGlobal;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;

namespace StrategyModel.Cases;

/// <summary>The case format's vocabulary (docs/case-format.md): object shapes in document order, enum wire names and rating rules.</summary>
/// <remarks>The loader, the writer and the tests all read these tables, so the format is stated once.</remarks>
internal static partial class CaseFormat
{
    public static readonly Shape Case = new("case", ["schemaVersion!", "id!", "title!", "summary", "primaryFirm!", "documents!", "firms!", "markets", "facts!", "assessments", "entries", "relationships", "timeline", "competitors", "distances", "institutions"]);
    public static readonly Shape Document = new("document", ["id!", "file!", "title!", "author", "publisher!", "date!", "kind!"]);
    public static readonly Shape Firm = new("firm", ["id!", "name!", "homeCountry", "foundedYear", "parent", "relation", "businessUnits", "evidence"]);
    public static readonly Shape BusinessUnit = new("businessUnit", ["id!", "name!", "platformModel", "launchedYear", "evidence"]);
    public static readonly Shape Market = new("market", ["id!", "name!", "kind!", "countries!"]);
    public static readonly Shape Fact = new("fact", ["id!", "statement!", "topic!", "scope", "firm", "businessUnit", "market", "counterparty", "platformModel", "value", "bound", "unit", "currency", "scale", "year", "unknownReason", "meaning", "bearsOn", "citations!"]);
    public static readonly Shape Bearing = new("bearing", ["input!", "valence!", "market"]);
    public static readonly Shape Citation = new("citation", ["document!", "quote!", "locator"]);
    public static readonly Shape Assessment = new("assessment", ["id!", "statement!", "reasoning!", "restsOn!", "rates"]);
    public static readonly Shape Rating = new("rating", ["input!", "firm!", "market", "resource", "value!", "rubric!", "confidence!", "asOf!", "counterEvidence", "driver", "feature", "metric", "rivals"]);
    public static readonly Shape Entry = new("entry", ["id!", "firm!", "market!", "countries", "mode!", "announced", "completed", "businessUnit", "counterparty", "attributedToFirm", "stakes", "partners", "end", "description!", "evidence!"]);
    public static readonly Shape Date = new("date", ["year!", "month"]);
    public static readonly Shape Stake = new("stake", ["date!", "percent!", "bound", "votingPercent"]);
    public static readonly Shape Partner = new("partner", ["firm!", "percent", "votingPercent"]);
    public static readonly Shape End = new("end", ["kind!", "date!", "buyer", "stakeInBuyerPercent"]);
    public static readonly Shape Relationship = new("relationship", ["id!", "firm!", "counterparty!", "kind!", "functions!", "market", "supports", "year", "end", "stakePercent", "evidence!"]);
    public static readonly Shape TimelineEvent = new("timelineEvent", ["id!", "year!", "month", "firm", "market", "description!", "evidence!"]);
    public static readonly Shape Competitor = new("competitor", ["firm!", "competitor!", "market", "evidence!"]);

    // The distances and institutions sections (CaseFormat.Distances.cs has their wire names); declared here, before Shapes reads them.
    public static readonly Shape PairDistance = new("distance", ["id!", "from!", "to", "market", "measures", "scores"]);
    public static readonly Shape Measure = new("measure", ["dimension!", "name!", "stimulus", "value", "level", "source", "evidence"]);
    public static readonly Shape Scores = new("culturalScores", ["model!", "source!", "convention!", "varianceOver!", "dimensions!"]);
    public static readonly Shape DimensionScore = new("dimensionScore", ["dimension!", "from!", "to!", "variance!"]);
    public static readonly Shape Institutions = new("institutions", ["id!", "country", "market", "voids", "ownershipCaps", "politicalRisk"]);
    public static readonly Shape Void = new("void", ["kind!", "level!", "confidence!", "asOf!", "evidence!"]);
    public static readonly Shape Cap = new("ownershipCap", ["percent!", "year!", "source!", "sector", "evidence"]);
    public static readonly Shape Risk = new("politicalRisk", ["level!", "confidence!", "asOf!", "evidence!"]);

    /// <summary>Gets every shape of version 2 (the version the writer writes and the schema describes), the case first.</summary>
    public static readonly ImmutableArray<Shape> Shapes = [Case, Document, Firm, BusinessUnit, Market, Fact, Bearing, Citation, Assessment, Rating, Entry, Date, Stake, Partner, End, Relationship, TimelineEvent, Competitor,
        PairDistance, Measure, Scores, DimensionScore, Institutions, Void, Cap, Risk];

    // Version 1 shapes of the objects version 2 changed; a version 1 file is read against these, unchanged.
    public static readonly Shape FirmV1 = new("firm", ["id!", "name!", "homeCountry", "foundedYear", "businessUnits", "evidence"]);
    public static readonly Shape FactV1 = new("fact", ["id!", "statement!", "topic!", "firm", "businessUnit", "market", "counterparty", "platformModel", "value", "unit", "scale", "year", "unknownReason", "citations!"]);
    public static readonly Shape RatingV1 = new("rating", ["input!", "firm!", "market", "resource", "value!"]);
    public static readonly Shape EntryV1 = new("entry", ["id!", "firm!", "market!", "year!", "month", "mode!", "businessUnit", "counterparty", "stakePercent", "description!", "evidence!"]);
    public static readonly Shape RelationshipV1 = new("relationship", ["id!", "firm!", "counterparty!", "kind!", "functions!", "market", "year", "stakePercent", "evidence!"]);

    public static readonly Wire<DocumentKind> DocumentKinds = new("thesis", "news", "report");

    public static readonly Wire<FactTopic> Topics = new(
        "founding", "business-unit", "platform-features", "platform-flow", "scale", "countries-served", "foreign-sales-share", "performance", "timeline",
        "ecosystem-model", "technology", "brand", "entrepreneur-network", "service-quality", "governance", "network-advantage", "global-vision", "international-experience", "innovation",
        "home-saturation", "home-competition", "home-policy",
        "market-size", "internet-penetration", "internet-user-growth", "online-shopping-growth", "customer-preference", "price-preference", "cultural-proximity", "young-population", "retail-gaps", "infrastructure-gaps", "country-risk", "market-competition", "market-share",
        "host-regulation", "intergovernmental-cooperation", "belt-and-road", "cross-border-cooperation", "transport-corridor",
        "cost-leadership", "differentiation", "localization", "partnership", "ecosystem-building", "tier-cities", "offline-presence", "infrastructure-building", "traffic-acquisition", "technology-transfer", "entry",
        "first-foreign-sale");

    public static readonly Wire<MeasureUnit> Units = new("percent", "count", "people", "usd", "cny", "years", "days", "orders", "parcels", "countries", "currency");

    /// <summary>The units version 2 accepts: all but the version 1 currencies <c>usd</c> and <c>cny</c>.</summary>
    public static readonly ImmutableArray<string> UnitsV2 = [.. Units.Names.Where(n => n is not ("usd" or "cny"))];

    public static readonly Wire<Scale> Scales = new("one", "thousand", "million", "billion", "trillion");

    public static readonly Wire<PlatformModel> PlatformModels = new("b2b", "b2c", "c2c");

    public static readonly Wire<AssessedInput> Inputs = new(
        "ownership-asset", "ownership-transaction", "ownership-institutional", "network-advantage", "location", "internalization",
        "asset-specificity", "external-uncertainty", "internal-uncertainty", "transaction-frequency", "free-riding-potential",
        "cost-advantage", "differentiation", "localization", "strategic-partnership", "competitive-scope",
        "firm-internationalization", "market-internationalization", "value-chain-coordination",
        "vrio-valuable", "vrio-rare", "vrio-inimitable", "vrio-organized",
        "market-attractiveness", "country-specific-advantage", "driver", "success-feature", "international-performance");

    public static readonly Wire<MarketKind> MarketKinds = new("country", "region");

    public static readonly Wire<EntryMode> EntryModes = new(
        "indirect-export", "direct-export", "cross-border-e-commerce", "licensing", "franchising", "contract-manufacturing",
        "strategic-alliance", "joint-venture", "minority-stake", "acquisition", "greenfield-subsidiary");

    public static readonly Wire<RelationshipKind> RelationshipKinds = new("acquisition", "minority-stake", "joint-venture", "strategic-partnership", "investment", "service-contract");

    public static readonly Wire<PartyRelation> PartyRelations = new("subsidiary", "affiliate");

    public static readonly Wire<FactScope> FactScopes = new("firm", "home-market", "host-market");

    public static readonly Wire<Valence> Valences = new("supports", "contradicts");

    public static readonly Wire<ValueBound> Bounds = new("exact", "approximately", "more-than", "at-least", "less-than", "at-most");

    public static readonly Wire<Confidence> Confidences = new("low", "medium", "high");

    public static readonly Wire<EntryEndKind> EndKinds = new("divestment", "sale", "closure", "exit");

    public static readonly Wire<DriverKind> Drivers = new(
        "business-ecosystem-model", "unique-technology", "strong-brand", "entrepreneur-network-and-experience", "product-service-quality",
        "niche-domestic-market", "home-competition", "home-government-policy", "market-attractiveness", "host-government-policy",
        "cost-leadership", "differentiation", "localization", "strategic-partnership", "direct-holding", "own-subsidiary",
        "partnership-entry", "international-performance");

    public static readonly Wire<SuccessFeature> Features = new(
        "managers-international-experience", "global-vision", "international-network", "unique-offering", "innovation-commitment", "global-integration",
        "preemptive-technology-or-marketing", "unique-intangible-asset", "linked-product-extensions");

    public static readonly Wire<PartnerFunction> PartnerFunctions = new("payment", "logistics", "marketplace", "traffic", "telecom", "finance", "grocery", "government", "investment-fund");

    /// <summary>The internal-driver topics a VRIO rating's resource may name.</summary>
    public static readonly FrozenSet<FactTopic> Resources = new[]
    {
        FactTopic.EcosystemModel, FactTopic.Technology, FactTopic.Brand, FactTopic.EntrepreneurNetwork, FactTopic.ServiceQuality,
        FactTopic.Governance, FactTopic.NetworkAdvantage, FactTopic.GlobalVision, FactTopic.InternationalExperience, FactTopic.Innovation,
    }.ToFrozenSet();

    private static readonly ImmutableArray<string> Strengths = ["absent", "weak", "moderate", "strong"];

    /// <summary>Returns the scope and allowed values of a rated input (the table in docs/case-format.md) in a format version.</summary>
    /// <remarks>Version 2 lets ownership and VRIO ratings name a market (rated per market); version 1 does not.</remarks>
    public static RatingRule RuleOf(AssessedInput input, int version = CaseLoader.SchemaVersion)
    {
        var perMarket = version >= 2 ? MarketRule.Optional : MarketRule.Forbidden;
        return input switch
        {
            AssessedInput.OwnershipAsset or AssessedInput.OwnershipTransaction or AssessedInput.OwnershipInstitutional or AssessedInput.NetworkAdvantage
                => new(perMarket, false, RatingDetail.None, Strengths),
            AssessedInput.CompetitiveScope => new(MarketRule.Required, false, RatingDetail.None, ["broad", "narrow"]),
            AssessedInput.FirmInternationalization or AssessedInput.MarketInternationalization => new(MarketRule.Required, false, RatingDetail.None, ["low", "high"]),
            AssessedInput.ValueChainCoordination => new(MarketRule.Forbidden, false, RatingDetail.None, ["few", "many"]),
            AssessedInput.VrioValuable or AssessedInput.VrioRare or AssessedInput.VrioInimitable or AssessedInput.VrioOrganized
                => new(perMarket, true, RatingDetail.None, ["yes", "no"]),
            AssessedInput.CountrySpecificAdvantage => new(MarketRule.Optional, false, RatingDetail.None, Strengths),
            AssessedInput.Driver => new(MarketRule.Forbidden, false, RatingDetail.Driver, Strengths),
            AssessedInput.SuccessFeature => new(MarketRule.Forbidden, false, RatingDetail.Feature, Strengths),
            AssessedInput.InternationalPerformance => new(MarketRule.Optional, false, RatingDetail.Metric, ["improving", "stable", "declining", "mixed"]),
            _ => new(MarketRule.Required, false, RatingDetail.None, Strengths),
        };
    }

    /// <summary>Returns whether the text is a kebab-case id.</summary>
    /// <remarks>
    /// Written by hand for speed, with exactly the semantics of the format's pattern <c>^[a-z0-9][a-z0-9-]*$</c> as JSON Schema
    /// (ECMA-262) reads it: <c>$</c> is the end of the text, so an id ending in a line feed is not an id (a .NET regular expression's
    /// <c>$</c> would also match before a final line feed; CaseFormatTests checks the hand-written test against <c>\z</c>).
    /// </remarks>
    public static bool IsId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var core = text.AsSpan();
        if (core.IsEmpty || !IsIdChar(core[0]) || core[0] == '-')
        {
            return false;
        }

        foreach (var ch in core)
        {
            if (!IsIdChar(ch))
            {
                return false;
            }
        }

        return true;

        static bool IsIdChar(char ch) => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';
    }

    /// <summary>The topics whose percentages are shares of a whole, so within 0 to 100 (a fall may be negative, with meaning).</summary>
    internal static readonly FrozenSet<FactTopic> ShareTopics = new[] { FactTopic.ForeignSalesShare, FactTopic.MarketShare, FactTopic.InternetPenetration }.ToFrozenSet();

    /// <summary>Returns whether the text is an assigned ISO 3166-1 alpha-2 code (upper case).</summary>
    public static bool IsCountry(string text) => IsoCodes.Countries.Contains(text);

    /// <summary>The properties of one object of the format, in the order the writer emits them.</summary>
    internal sealed class Shape
    {
        /// <summary>Creates a shape from property names, a trailing <c>!</c> marking a required one.</summary>
        public Shape(string name, string[] properties)
        {
            Name = name;
            Properties = [.. properties.Select(p => p.TrimEnd('!'))];
            Required = [.. properties.Where(p => p.EndsWith('!')).Select(p => p.TrimEnd('!'))];
            Utf8Names = [.. Properties.Select(p => System.Text.Encoding.UTF8.GetBytes(p))];
            Indexes = Properties.Select((p, i) => (p, i)).ToFrozenDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
            RequiredIndexes = [.. Required.Select(r => Properties.IndexOf(r))];
        }

        public string Name { get; }

        public ImmutableArray<string> Properties { get; }

        public ImmutableArray<string> Required { get; }

        /// <summary>The property names in UTF-8, in <see cref="Properties"/> order, for matching JSON names without decoding them.</summary>
        public ImmutableArray<byte[]> Utf8Names { get; }

        /// <summary>The indexes in <see cref="Properties"/> of the <see cref="Required"/> properties, in the same order.</summary>
        public ImmutableArray<int> RequiredIndexes { get; }

        /// <summary>The index of each property name in <see cref="Properties"/>.</summary>
        public FrozenDictionary<string, int> Indexes { get; }
    }

    /// <summary>The kebab-case wire names of an enum's members 1..n, in value order; <c>Unspecified</c> has none.</summary>
    internal sealed class Wire<T>
        where T : struct, Enum
    {
        private readonly string[] names;
        private readonly FrozenDictionary<string, T> values;

        public Wire(params string[] names)
        {
            this.names = names;
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                var value = i + 1;
                map.Add(names[i], Unsafe.As<int, T>(ref value));
            }

            values = map.ToFrozenDictionary(StringComparer.Ordinal);
        }

        public ImmutableArray<string> Names => [.. names];

        public bool TryParse(string text, out T value) => values.TryGetValue(text, out value);

        /// <summary>Returns the wire name of a defined member other than <c>Unspecified</c>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The value has no wire name.</exception>
        public string Name(T value)
        {
            var index = Unsafe.As<T, int>(ref value) - 1;
            return (uint)index < (uint)names.Length
                ? names[index]
                : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} value {Unsafe.As<T, int>(ref value).ToString(System.Globalization.CultureInfo.InvariantCulture)} has no wire name.");
        }
    }
}

/// <summary>What a rating of one input must and may name besides the firm, and its allowed values.</summary>
/// <param name="Market">Whether the rating names a market.</param>
/// <param name="Resource">Whether the rating names a resource (VRIO); it must exactly when true.</param>
/// <param name="Detail">Which of driver, feature or metric the rating must name (and the others it must not).</param>
/// <param name="Values">The allowed values.</param>
internal readonly record struct RatingRule(MarketRule Market, bool Resource, RatingDetail Detail, ImmutableArray<string> Values);

/// <summary>Whether a rating names a market.</summary>
internal enum MarketRule
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>The rating must not name a market.</summary>
    Forbidden = 1,

    /// <summary>The rating must name a market.</summary>
    Required = 2,

    /// <summary>The rating may name a market.</summary>
    Optional = 3,
}

/// <summary>Which detail a rating names besides its scope.</summary>
internal enum RatingDetail
{
    /// <summary>None: no driver, feature or metric.</summary>
    None = 0,

    /// <summary>The driver rated (input <c>driver</c>).</summary>
    Driver = 1,

    /// <summary>The success feature rated (input <c>success-feature</c>).</summary>
    Feature = 2,

    /// <summary>The metric whose direction is rated (input <c>international-performance</c>).</summary>
    Metric = 3,
}
