using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;

namespace StrategyModel.Cases;

/// <summary>The case format's vocabulary (docs/case-format.md): object shapes in document order, enum wire names and rating rules.</summary>
/// <remarks>The loader, the writer and the tests all read these tables, so the format is stated once.</remarks>
internal static partial class CaseFormat
{
    public static readonly Shape Case = new("case", ["schemaVersion!", "id!", "title!", "summary", "primaryFirm!", "documents!", "firms!", "markets", "facts!", "assessments", "entries", "relationships", "timeline", "competitors"]);
    public static readonly Shape Document = new("document", ["id!", "file!", "title!", "author", "publisher!", "date!", "kind!"]);
    public static readonly Shape Firm = new("firm", ["id!", "name!", "homeCountry", "foundedYear", "businessUnits", "evidence"]);
    public static readonly Shape BusinessUnit = new("businessUnit", ["id!", "name!", "platformModel", "launchedYear", "evidence"]);
    public static readonly Shape Market = new("market", ["id!", "name!", "kind!", "countries!"]);
    public static readonly Shape Fact = new("fact", ["id!", "statement!", "topic!", "firm", "businessUnit", "market", "counterparty", "platformModel", "value", "unit", "scale", "year", "unknownReason", "citations!"]);
    public static readonly Shape Citation = new("citation", ["document!", "quote!", "locator"]);
    public static readonly Shape Assessment = new("assessment", ["id!", "statement!", "reasoning!", "restsOn!", "rates"]);
    public static readonly Shape Rating = new("rating", ["input!", "firm!", "market", "resource", "value!"]);
    public static readonly Shape Entry = new("entry", ["id!", "firm!", "market!", "year!", "month", "mode!", "businessUnit", "counterparty", "stakePercent", "description!", "evidence!"]);
    public static readonly Shape Relationship = new("relationship", ["id!", "firm!", "counterparty!", "kind!", "functions!", "market", "year", "stakePercent", "evidence!"]);
    public static readonly Shape TimelineEvent = new("timelineEvent", ["id!", "year!", "month", "firm", "market", "description!", "evidence!"]);
    public static readonly Shape Competitor = new("competitor", ["firm!", "competitor!", "market", "evidence!"]);

    /// <summary>Gets every shape, the case first.</summary>
    public static readonly ImmutableArray<Shape> Shapes = [Case, Document, Firm, BusinessUnit, Market, Fact, Citation, Assessment, Rating, Entry, Relationship, TimelineEvent, Competitor];

    public static readonly Wire<DocumentKind> DocumentKinds = new("thesis", "news", "report");

    public static readonly Wire<FactTopic> Topics = new(
        "founding", "business-unit", "platform-features", "platform-flow", "scale", "countries-served", "foreign-sales-share", "performance", "timeline",
        "ecosystem-model", "technology", "brand", "entrepreneur-network", "service-quality", "governance", "network-advantage", "global-vision", "international-experience", "innovation",
        "home-saturation", "home-competition", "home-policy",
        "market-size", "internet-penetration", "internet-user-growth", "online-shopping-growth", "customer-preference", "price-preference", "cultural-proximity", "young-population", "retail-gaps", "infrastructure-gaps", "country-risk", "market-competition", "market-share",
        "host-regulation", "intergovernmental-cooperation", "belt-and-road", "cross-border-cooperation", "transport-corridor",
        "cost-leadership", "differentiation", "localization", "partnership", "ecosystem-building", "tier-cities", "offline-presence", "infrastructure-building", "traffic-acquisition", "technology-transfer", "entry",
        "first-foreign-sale");

    public static readonly Wire<MeasureUnit> Units = new("percent", "count", "people", "usd", "cny", "years", "days", "orders", "parcels", "countries");

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

    public static readonly Wire<RelationshipKind> RelationshipKinds = new("acquisition", "minority-stake", "joint-venture", "strategic-partnership", "investment");

    public static readonly Wire<PartnerFunction> PartnerFunctions = new("payment", "logistics", "marketplace", "traffic", "telecom", "finance", "grocery", "government", "investment-fund");

    /// <summary>The internal-driver topics a VRIO rating's resource may name.</summary>
    public static readonly FrozenSet<FactTopic> Resources = new[]
    {
        FactTopic.EcosystemModel, FactTopic.Technology, FactTopic.Brand, FactTopic.EntrepreneurNetwork, FactTopic.ServiceQuality,
        FactTopic.Governance, FactTopic.NetworkAdvantage, FactTopic.GlobalVision, FactTopic.InternationalExperience, FactTopic.Innovation,
    }.ToFrozenSet();

    private static readonly ImmutableArray<string> Strengths = ["absent", "weak", "moderate", "strong"];

    /// <summary>Returns the scope and allowed values of a rated input (the table in docs/case-format.md).</summary>
    public static (RatingScope Scope, ImmutableArray<string> Values) RatingRule(AssessedInput input) => input switch
    {
        AssessedInput.OwnershipAsset or AssessedInput.OwnershipTransaction or AssessedInput.OwnershipInstitutional or AssessedInput.NetworkAdvantage
            => (RatingScope.Firm, Strengths),
        AssessedInput.CompetitiveScope => (RatingScope.FirmMarket, ["broad", "narrow"]),
        AssessedInput.FirmInternationalization or AssessedInput.MarketInternationalization => (RatingScope.FirmMarket, ["low", "high"]),
        AssessedInput.ValueChainCoordination => (RatingScope.Firm, ["few", "many"]),
        AssessedInput.VrioValuable or AssessedInput.VrioRare or AssessedInput.VrioInimitable or AssessedInput.VrioOrganized
            => (RatingScope.FirmResource, ["yes", "no"]),
        _ => (RatingScope.FirmMarket, Strengths),
    };

    /// <summary>Returns whether the text is a kebab-case id.</summary>
    /// <remarks>
    /// Written by hand for speed, with exactly the semantics of the format's pattern <c>^[a-z0-9][a-z0-9-]*$</c> in .NET regular
    /// expressions, where <c>$</c> also matches before a final line feed (CaseFormatTests checks the two agree).
    /// </remarks>
    public static bool IsId(string text)
    {
        var core = text.EndsWith('\n') ? text.AsSpan(0, text.Length - 1) : text.AsSpan();
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

    /// <summary>Returns whether the text is an upper-case ISO 3166-1 alpha-2 code.</summary>
    public static bool IsCountry(string text) => text.Length == 2 && text[0] is >= 'A' and <= 'Z' && text[1] is >= 'A' and <= 'Z';

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

/// <summary>What a rating must name besides the firm.</summary>
internal enum RatingScope
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>The firm only: no market, no resource.</summary>
    Firm = 1,

    /// <summary>The firm and a market.</summary>
    FirmMarket = 2,

    /// <summary>The firm and a resource (VRIO).</summary>
    FirmResource = 3,
}
