using System.Collections.Immutable;
using System.Globalization;

namespace StrategyModel.Sensitivity;

/// <summary>One override of a <see cref="Scenario"/>: an input or setting, an optional market, and the value it takes.</summary>
/// <remarks>Create one with <see cref="Input"/> or <see cref="Setting"/>.</remarks>
public sealed record ScenarioOverride
{
    /// <summary>The settings a scenario may set, with their ranges: <c>transaction-costs.foreign-ownership-cap-percent</c> (0..100,
    /// the host country's cap on foreign ownership, <see cref="TransactionCosts.TransactionCostProfile.ForeignOwnershipCapPercent"/>).</summary>
    public static readonly ImmutableArray<string> Settings = ["transaction-costs.foreign-ownership-cap-percent"];

    private ScenarioOverride(ScenarioOverrideKind kind, string target, string? market, string value)
    {
        Kind = kind;
        Target = target;
        Market = market;
        Value = value;
    }

    /// <summary>Gets what the override replaces.</summary>
    public ScenarioOverrideKind Kind { get; }

    /// <summary>Gets the input's or setting's full name, prefixed with its framework (such as <c>oli.location</c>, <c>vrio.brand.rare</c>).</summary>
    public string Target { get; }

    /// <summary>Gets the market's id, or <see langword="null"/> for every market (and for firm-level inputs such as VRIO's).</summary>
    public string? Market { get; }

    /// <summary>Gets the value as culture-invariant text: a value of the input's scale (such as <c>Strong</c>, case-insensitive) or a number.</summary>
    public string Value { get; }

    /// <summary>Creates the override of a rated input.</summary>
    /// <param name="input">The input's full name, such as <c>transaction-costs.asset-specificity</c>.</param>
    /// <param name="value">The value on the input's scale, such as <c>Strong</c>.</param>
    /// <param name="market">The market's id, or <see langword="null"/> for every market.</param>
    /// <returns>The override.</returns>
    /// <exception cref="ArgumentException">The input is not <c>framework.name</c>, the value is empty, or the market is blank.</exception>
    public static ScenarioOverride Input(string input, string value, string? market = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!input.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"An input is named framework.name, such as oli.location; '{input}' is not.", nameof(input));
        }

        CheckMarket(market);
        return new ScenarioOverride(ScenarioOverrideKind.Input, input, market, value);
    }

    /// <summary>Creates the override of a numeric profile setting.</summary>
    /// <param name="setting">One of <see cref="Settings"/>.</param>
    /// <param name="value">The value, within the setting's range.</param>
    /// <param name="market">The market's id, or <see langword="null"/> for every market.</param>
    /// <returns>The override.</returns>
    /// <exception cref="ArgumentException">The setting is not one of <see cref="Settings"/>, or the market is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of the setting's range.</exception>
    public static ScenarioOverride Setting(string setting, decimal value, string? market = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        if (!Settings.Contains(setting))
        {
            throw new ArgumentException($"'{setting}' is not a setting a scenario may set; the settings are {string.Join(", ", Settings)}.", nameof(setting));
        }

        if (value is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{setting} must be within 0..100.");
        }

        CheckMarket(market);
        return new ScenarioOverride(ScenarioOverrideKind.Setting, setting, market, value.ToString(CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public override string ToString() => Target + (Market is null ? string.Empty : " in " + Market) + " = " + Value;

    private static void CheckMarket(string? market)
    {
        if (market is not null && string.IsNullOrWhiteSpace(market))
        {
            throw new ArgumentException("A market id must not be blank; use null for every market.", nameof(market));
        }
    }
}
