namespace StrategyModel.Evidence;

/// <summary>The unit of a numeric fact's value.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md).</remarks>
public enum MeasureUnit
{
    /// <summary>Not set; the case loader never produces it.</summary>
    Unspecified = 0,

    /// <summary>A percentage (12.5 means 12.5%). Wire name <c>percent</c>.</summary>
    Percent = 1,

    /// <summary>A count of things. Wire name <c>count</c>.</summary>
    Count = 2,

    /// <summary>A number of people. Wire name <c>people</c>.</summary>
    People = 3,

    /// <summary>US dollars. Wire name <c>usd</c> in version 1 only; the loader upgrades it to <see cref="Currency"/> with
    /// <see cref="Fact.Currency"/> <c>USD</c> and never produces it.</summary>
    Usd = 4,

    /// <summary>Chinese yuan. Wire name <c>cny</c> in version 1 only; the loader upgrades it to <see cref="Currency"/> with
    /// <see cref="Fact.Currency"/> <c>CNY</c> and never produces it.</summary>
    Cny = 5,

    /// <summary>Years. Wire name <c>years</c>.</summary>
    Years = 6,

    /// <summary>Days. Wire name <c>days</c>.</summary>
    Days = 7,

    /// <summary>Orders. Wire name <c>orders</c>.</summary>
    Orders = 8,

    /// <summary>Parcels. Wire name <c>parcels</c>.</summary>
    Parcels = 9,

    /// <summary>Countries. Wire name <c>countries</c>.</summary>
    Countries = 10,

    /// <summary>An amount of money in the currency <see cref="Fact.Currency"/> names (an ISO 4217 code). Wire name <c>currency</c>.</summary>
    Currency = 11,
}
