using System.Collections.Immutable;

namespace StrategyModel.Sensitivity;

/// <summary>A named set of overrides applied to a case without editing it, such as "a cap of 49% on foreign ownership" or "asset
/// specificity Strong in China" (<see cref="RobustnessAnalyzer.Compare(Cases.Case, int, Scenario)"/>).</summary>
/// <remarks>Build one in code, or read scenarios from JSON with <see cref="ScenarioReader"/> (format in docs/robustness.md).
/// Equality compares every member, the overrides element by element.</remarks>
public sealed record Scenario
{
    /// <summary>Creates a scenario.</summary>
    /// <param name="name">The scenario's name.</param>
    /// <param name="overrides">The overrides (at least one; no two for the same target and market).</param>
    /// <exception cref="ArgumentException">The name is blank, there is no override, or two overrides share a target and a market.</exception>
    public Scenario(string name, IEnumerable<ScenarioOverride> overrides)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(overrides);
        var list = overrides.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException($"Scenario '{name}' has no override.", nameof(overrides));
        }

        if (list.GroupBy(o => (o.Target, o.Market)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Scenario '{name}' overrides {twice.Key.Target}{(twice.Key.Market is null ? string.Empty : " in " + twice.Key.Market)} twice.", nameof(overrides));
        }

        Name = name;
        Overrides = list;
    }

    /// <summary>Gets the scenario's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the scenario stands for, in a sentence; empty when not given.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the overrides.</summary>
    public ImmutableArray<ScenarioOverride> Overrides { get; }

    /// <inheritdoc />
    public bool Equals(Scenario? other) => other is not null && Name == other.Name && Description == other.Description && ArrayEquality.Equal(Overrides, other.Overrides);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Overrides.Length);
}
