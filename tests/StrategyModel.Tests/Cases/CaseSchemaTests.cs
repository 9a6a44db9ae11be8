using System.Collections.Immutable;
using System.Text.Json;
using StrategyModel.Cases;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Cases;

/// <summary>The editor schema (src/StrategyModel/Cases/case.schema.json) must describe exactly what the loader accepts.</summary>
public sealed class CaseSchemaTests
{
    private static readonly Lazy<JsonDocument> Schema = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.Of("src", "StrategyModel", "Cases", "case.schema.json"))));

    private static JsonElement Root => Schema.Value.RootElement;

    /// <summary>The wire table of each enum-valued property of the format.</summary>
    private static readonly Dictionary<string, ImmutableArray<string>> EnumProperties = new()
    {
        ["document.kind"] = CaseFormat.DocumentKinds.Names,
        ["businessUnit.platformModel"] = CaseFormat.PlatformModels.Names,
        ["market.kind"] = CaseFormat.MarketKinds.Names,
        ["fact.topic"] = CaseFormat.Topics.Names,
        ["fact.platformModel"] = CaseFormat.PlatformModels.Names,
        ["fact.unit"] = CaseFormat.UnitsV2,
        ["fact.scope"] = CaseFormat.FactScopes.Names,
        ["fact.bound"] = CaseFormat.Bounds.Names,
        ["fact.currency"] = [.. IsoCodes.Currencies.Order(StringComparer.Ordinal)],
        ["firm.homeCountry"] = [.. IsoCodes.Countries.Order(StringComparer.Ordinal)],
        ["firm.relation"] = CaseFormat.PartyRelations.Names,
        ["market.countries"] = [.. IsoCodes.Countries.Order(StringComparer.Ordinal)],
        ["bearing.input"] = CaseFormat.Inputs.Names,
        ["bearing.valence"] = CaseFormat.Valences.Names,
        ["rating.confidence"] = CaseFormat.Confidences.Names,
        ["rating.driver"] = CaseFormat.Drivers.Names,
        ["rating.feature"] = CaseFormat.Features.Names,
        ["entry.countries"] = [.. IsoCodes.Countries.Order(StringComparer.Ordinal)],
        ["stake.bound"] = CaseFormat.Bounds.Names,
        ["end.kind"] = CaseFormat.EndKinds.Names,
        ["fact.scale"] = CaseFormat.Scales.Names,
        ["distance.from"] = [.. IsoCodes.Countries.Order(StringComparer.Ordinal)],
        ["distance.to"] = [.. IsoCodes.Countries.Order(StringComparer.Ordinal)],
        ["measure.dimension"] = CaseFormat.DistanceDimensions.Names,
        ["measure.stimulus"] = CaseFormat.Stimuli.Names,
        ["measure.level"] = CaseFormat.Levels.Names,
        ["culturalScores.convention"] = CaseFormat.Conventions.Names,
        ["institutions.country"] = [.. IsoCodes.Countries.Order(StringComparer.Ordinal)],
        ["void.kind"] = CaseFormat.VoidKinds.Names,
        ["void.level"] = CaseFormat.Levels.Names,
        ["void.confidence"] = CaseFormat.Confidences.Names,
        ["politicalRisk.level"] = CaseFormat.Levels.Names,
        ["politicalRisk.confidence"] = CaseFormat.Confidences.Names,
        ["rating.input"] = CaseFormat.Inputs.Names,
        ["rating.resource"] = [.. CaseFormat.Topics.Names.Where(n => CaseFormat.Topics.TryParse(n, out var t) && CaseFormat.Resources.Contains(t))],
        ["entry.mode"] = CaseFormat.EntryModes.Names,
        ["relationship.kind"] = CaseFormat.RelationshipKinds.Names,
        ["relationship.functions"] = CaseFormat.PartnerFunctions.Names,
    };

    [Fact]
    public void Schema_IsDraft202012AndClosed()
    {
        Root.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        Root.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetInt32().Should().Be(CaseLoader.SchemaVersion, "the schema describes the version the writer writes");
        Root.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Schema_EveryObjectMatchesTheLoadersShape()
    {
        foreach (var shape in CaseFormat.Shapes)
        {
            var node = shape == CaseFormat.Case ? Root : Root.GetProperty("$defs").GetProperty(shape.Name);

            node.GetProperty("additionalProperties").GetBoolean().Should().BeFalse(shape.Name);
            node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Equal(shape.Properties, $"the schema's {shape.Name} lists the loader's properties in format order");
            node.GetProperty("required").EnumerateArray().Select(p => p.GetString()).Should().Equal(shape.Required, $"the schema's {shape.Name} requires what the loader requires");
        }

        var objectDefs = Root.GetProperty("$defs").EnumerateObject().Where(d => d.Value.TryGetProperty("properties", out _)).Select(d => d.Name);
        objectDefs.Should().BeEquivalentTo(CaseFormat.Shapes.Skip(1).Select(s => s.Name), "every object the schema defines is one the loader reads");
    }

    [Fact]
    public void Schema_EveryEnumPropertyListsTheWireNames()
    {
        var found = new List<string>();
        foreach (var shape in CaseFormat.Shapes.Skip(1))
        {
            foreach (var property in Root.GetProperty("$defs").GetProperty(shape.Name).GetProperty("properties").EnumerateObject())
            {
                if (EnumOf(property.Value) is { } values)
                {
                    var key = $"{shape.Name}.{property.Name}";
                    found.Add(key);
                    EnumProperties.Should().ContainKey(key);
                    values.Should().Equal(EnumProperties[key], key);
                }
            }
        }

        found.Should().BeEquivalentTo(EnumProperties.Keys);
    }

    [Fact]
    public void Schema_RatingRulesMatchTheLoader()
    {
        var rules = Root.GetProperty("$defs").GetProperty("rating").GetProperty("allOf").EnumerateArray().ToList();
        var covered = new List<string>();
        foreach (var rule in rules)
        {
            var inputs = rule.GetProperty("if").GetProperty("properties").GetProperty("input").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
            var then = rule.GetProperty("then");
            var values = then.GetProperty("properties").GetProperty("value").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
            var required = then.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            var forbidden = then.TryGetProperty("not", out var not) ? not.GetProperty("anyOf").EnumerateArray().Select(a => a.GetProperty("required")[0].GetString()!).ToList() : [];
            foreach (var name in inputs)
            {
                CaseFormat.Inputs.TryParse(name, out var input).Should().BeTrue(name);
                var loader = CaseFormat.RuleOf(input);
                values.Should().Equal(loader.Values, name);
                var (mustName, mustNotName) = Expected(loader);
                required.Should().BeEquivalentTo(mustName, name);
                forbidden.Should().BeEquivalentTo(mustNotName, name);
                covered.Add(name);
            }
        }

        covered.Should().BeEquivalentTo(CaseFormat.Inputs.Names);
    }

    [Fact]
    public void Schema_RatingRules_FollowVersion2()
    {
        // Version 2: ownership and VRIO ratings may be per market; a driver rating names its driver; performance its metric.
        CaseFormat.RuleOf(AssessedInput.OwnershipAsset).Market.Should().Be(MarketRule.Optional);
        CaseFormat.RuleOf(AssessedInput.OwnershipAsset, version: 1).Market.Should().Be(MarketRule.Forbidden);
        CaseFormat.RuleOf(AssessedInput.VrioRare).Should().Match<RatingRule>(r => r.Resource && r.Market == MarketRule.Optional);
        CaseFormat.RuleOf(AssessedInput.Driver).Should().Match<RatingRule>(r => r.Detail == RatingDetail.Driver && r.Market == MarketRule.Forbidden);
        CaseFormat.RuleOf(AssessedInput.SuccessFeature).Detail.Should().Be(RatingDetail.Feature);
        CaseFormat.RuleOf(AssessedInput.InternationalPerformance).Values.Should().Equal("improving", "stable", "declining", "mixed");
        CaseFormat.RuleOf(AssessedInput.MarketAttractiveness).Market.Should().Be(MarketRule.Required);
        CaseFormat.RuleOf(AssessedInput.CountrySpecificAdvantage).Market.Should().Be(MarketRule.Optional);
    }

    [Fact]
    public void Schema_CountryAndCurrencyLists_AreTheShippedIsoLists()
    {
        var defs = Root.GetProperty("$defs");
        defs.GetProperty("country").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo(IsoCodes.Countries);
        defs.GetProperty("currency").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo(IsoCodes.Currencies);
    }

    private static (List<string> Required, List<string> Forbidden) Expected(RatingRule rule)
    {
        var required = new List<string>();
        var forbidden = new List<string>();
        (rule.Market switch { MarketRule.Required => required, MarketRule.Forbidden => forbidden, _ => [] }).Add("market");
        (rule.Resource ? required : forbidden).Add("resource");
        (rule.Detail == RatingDetail.Driver ? required : forbidden).Add("driver");
        (rule.Detail == RatingDetail.Feature ? required : forbidden).Add("feature");
        (rule.Detail == RatingDetail.Metric ? required : forbidden).Add("metric");
        return (required, forbidden);
    }

    private static List<string>? EnumOf(JsonElement node)
    {
        if (node.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            return EnumOf(Root.GetProperty("$defs").GetProperty(name));
        }

        if (node.TryGetProperty("items", out var items))
        {
            return EnumOf(items);
        }

        return node.TryGetProperty("enum", out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : null;
    }
}
