using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace StrategyModel.Sensitivity;

/// <summary>Reads scenarios from JSON: <c>{ "scenarios": [ { "name", "description"?, "overrides": [ { "input" | "setting", "market"?,
/// "value" } ] } ] }</c>; an input's value is a string on its scale, a setting's a number (docs/robustness.md).</summary>
/// <remarks>The reader is strict: an unknown property, a missing one or a value of the wrong kind is a
/// <see cref="ScenarioFormatException"/> naming the file, the JSON path and the problem. Whether an input exists for the case is
/// checked when the scenario is applied (<see cref="RobustnessAnalyzer.Compare(Cases.Case, int, Scenario)"/>).</remarks>
public static class ScenarioReader
{
    /// <summary>Reads the scenarios of a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The scenarios in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ScenarioFormatException">The file does not follow the format.</exception>
    public static ImmutableArray<Scenario> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads the scenarios of a JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name errors give as the file.</param>
    /// <returns>The scenarios in document order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScenarioFormatException">The text does not follow the format.</exception>
    public static ImmutableArray<Scenario> Parse(string json, string source = "(scenarios)")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ScenarioFormatException(source, "$", Invariant($"Malformed JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message}"), e);
        }

        using (document)
        {
            var root = document.RootElement;
            Object(source, root, "$", ["scenarios"], ["scenarios"]);
            var list = Array(source, root.GetProperty("scenarios"), "$.scenarios");
            var scenarios = ImmutableArray.CreateBuilder<Scenario>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < list.Length; i++)
            {
                var scenario = ReadScenario(source, list[i], Invariant($"$.scenarios[{i}]"));
                if (!names.Add(scenario.Name))
                {
                    throw new ScenarioFormatException(source, Invariant($"$.scenarios[{i}].name"), $"A scenario named '{scenario.Name}' appears twice.");
                }

                scenarios.Add(scenario);
            }

            return scenarios.ToImmutable();
        }
    }

    private static Scenario ReadScenario(string file, JsonElement e, string path)
    {
        Object(file, e, path, ["name", "description", "overrides"], ["name", "overrides"]);
        var name = Text(file, e.GetProperty("name"), path + ".name");
        var description = e.TryGetProperty("description", out var d) ? Text(file, d, path + ".description") : string.Empty;
        var items = Array(file, e.GetProperty("overrides"), path + ".overrides");
        if (items.Length == 0)
        {
            throw new ScenarioFormatException(file, path + ".overrides", "A scenario needs at least one override.");
        }

        var overrides = new List<ScenarioOverride>();
        for (var i = 0; i < items.Length; i++)
        {
            overrides.Add(ReadOverride(file, items[i], Invariant($"{path}.overrides[{i}]")));
        }

        try
        {
            return new Scenario(name, overrides) { Description = description };
        }
        catch (ArgumentException x)
        {
            throw new ScenarioFormatException(file, path + ".overrides", x.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static ScenarioOverride ReadOverride(string file, JsonElement e, string path)
    {
        Object(file, e, path, ["input", "setting", "market", "value"], ["value"]);
        var hasInput = e.TryGetProperty("input", out var input);
        var hasSetting = e.TryGetProperty("setting", out var setting);
        if (hasInput == hasSetting)
        {
            throw new ScenarioFormatException(file, path, "An override names exactly one of \"input\" and \"setting\".");
        }

        var market = e.TryGetProperty("market", out var m) ? Text(file, m, path + ".market") : null;
        var value = e.GetProperty("value");
        try
        {
            if (hasInput)
            {
                var target = Text(file, input, path + ".input");
                if (value.ValueKind != JsonValueKind.String)
                {
                    throw new ScenarioFormatException(file, path + ".value", "An input's value is a string on its scale, such as \"Strong\".");
                }

                return ScenarioOverride.Input(target, Text(file, value, path + ".value"), market);
            }

            var name = Text(file, setting, path + ".setting");
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
            {
                throw new ScenarioFormatException(file, path + ".value", "A setting's value is a number.");
            }

            return ScenarioOverride.Setting(name, number, market);
        }
        catch (ArgumentException x)
        {
            throw new ScenarioFormatException(file, path, x.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static void Object(string file, JsonElement e, string path, string[] allowed, string[] required)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioFormatException(file, path, "Expected an object.");
        }

        foreach (var property in e.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new ScenarioFormatException(file, path + "." + property.Name, $"Unknown property; allowed: {string.Join(", ", allowed)}.");
            }
        }

        foreach (var name in required)
        {
            if (!e.TryGetProperty(name, out _))
            {
                throw new ScenarioFormatException(file, path, $"Missing required property \"{name}\".");
            }
        }
    }

    private static JsonElement[] Array(string file, JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray()] : throw new ScenarioFormatException(file, path, "Expected an array.");

    private static string Text(string file, JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString())
            ? e.GetString()!
            : throw new ScenarioFormatException(file, path, "Expected a non-empty string.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
