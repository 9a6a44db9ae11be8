using System.Globalization;
using System.Text.Json;

namespace StrategyModel.Tests.Reports;

/// <summary>A validator for the subset of JSON Schema (2020-12) that report.schema.json uses: <c>type</c> (a name or a list of
/// names), <c>const</c>, <c>properties</c>, <c>required</c>, <c>additionalProperties: false</c>, <c>items</c>, <c>anyOf</c> and local
/// <c>$ref</c>s to <c>#/$defs/...</c>. Any other keyword in the schema is reported as a problem, so the schema cannot grow a keyword the
/// check silently ignores.</summary>
internal static class SchemaValidator
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "title", "description", "type", "const", "properties", "required", "additionalProperties", "items", "anyOf", "$ref",
    };

    /// <summary>Every place where <paramref name="instance"/> breaks <paramref name="schema"/>, as "path: problem" lines.</summary>
    public static List<string> Validate(JsonElement schema, JsonElement instance)
    {
        var problems = new List<string>();
        Check(schema, schema, instance, "$", problems);
        return problems;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                problems.Add($"{path}: the schema uses '{keyword.Name}', which this validator does not implement");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            name.Should().StartWith("#/$defs/");
            Check(root, root.GetProperty("$defs").GetProperty(name["#/$defs/".Length..]), value, path, problems);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var any = anyOf.EnumerateArray().Select(s => { var p = new List<string>(); Check(root, s, value, path, p); return p; }).ToList();
            if (any.All(p => p.Count > 0))
            {
                problems.Add($"{path}: matches none of anyOf ({string.Join(" | ", any.Select(p => p[0]))})");
            }
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            problems.Add($"{path}: expected {constant.GetRawText()}, found {value.GetRawText()}");
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(t, value)))
            {
                problems.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                return;
            }
        }

        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    problems.Add($"{path}: lacks required property '{name}'");
                }
            }

            var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(root, propertySchema, property.Value, path + "." + property.Name, problems);
                }
                else if (closed)
                {
                    problems.Add($"{path}: has property '{property.Name}', which the schema does not describe");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(root, items, item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", problems);
                i++;
            }
        }
    }

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new InvalidOperationException($"unknown type '{type}' in the schema"),
    };
}
