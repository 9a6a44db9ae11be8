using System.Collections.Immutable;
using System.Text.Json;
using StrategyModel.Cases;

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
        ["fact.unit"] = CaseFormat.Units.Names,
        ["fact.scale"] = CaseFormat.Scales.Names,
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
            var required = then.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()).ToList() : [];
            foreach (var name in inputs)
            {
                CaseFormat.Inputs.TryParse(name, out var input).Should().BeTrue(name);
                var (scope, allowed) = CaseFormat.RatingRule(input);
                values.Should().Equal(allowed, name);
                required.Should().Equal(scope switch { RatingScope.FirmMarket => ["market"], RatingScope.FirmResource => ["resource"], _ => Array.Empty<string>() }, name);
                covered.Add(name);
            }
        }

        covered.Should().BeEquivalentTo(CaseFormat.Inputs.Names);
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
