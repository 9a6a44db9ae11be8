using System.Collections.Immutable;

namespace StrategyModel.Evidence;

/// <summary>A cited fact: a statement restated from one or more sources, with what it is evidence of and, when numeric, its number.</summary>
/// <remarks>
/// A numeric fact has a <see cref="Unit"/> and a <see cref="Year"/> and either a <see cref="Value"/> or, when the number is
/// unknown, an <see cref="UnknownReason"/>; it may state how exactly the source gives the number (<see cref="Bound"/>). An amount of
/// money has unit <see cref="MeasureUnit.Currency"/> and a <see cref="Currency"/>. Only amounts and percentages may be negative, and
/// then only with a <see cref="Meaning"/>. A qualitative fact has no value, unit, scale, bound, currency or meaning. The case loader
/// enforces these rules. Immutable and thread-safe; equality compares the arrays element by element.
/// </remarks>
public sealed record Fact
{
    /// <summary>Gets the fact's kebab-case id, unique within the case.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the fact restated in plain English.</summary>
    public required string Statement { get; init; }

    /// <summary>Gets what the fact is evidence of.</summary>
    public required FactTopic Topic { get; init; }

    /// <summary>Gets where the fact speaks of (the firm, its home market or a host market); <see cref="FactScope.Unspecified"/> when the case does not say.</summary>
    public FactScope Scope { get; init; }

    /// <summary>Gets the id of the firm the fact is about, or <see langword="null"/>.</summary>
    public string? Firm { get; init; }

    /// <summary>Gets the id of the business unit (of <see cref="Firm"/>) the fact is about, or <see langword="null"/>.</summary>
    public string? BusinessUnit { get; init; }

    /// <summary>Gets the id of the market the fact is about, or <see langword="null"/>.</summary>
    public string? Market { get; init; }

    /// <summary>Gets the id of the partner, investee or rival firm the fact involves, or <see langword="null"/>.</summary>
    public string? Counterparty { get; init; }

    /// <summary>Gets the platform model the fact describes, or <see langword="null"/>.</summary>
    public PlatformModel? PlatformModel { get; init; }

    /// <summary>Gets whether the fact is numeric, that is whether it has a <see cref="Unit"/>.</summary>
    public bool IsNumeric => Unit.HasValue;

    /// <summary>Gets the number as written (before <see cref="Scale"/>), or <see langword="null"/> when the fact is qualitative or the number is unknown.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets how exactly the source states <see cref="Value"/> ("about", "more than"); <see cref="ValueBound.Unspecified"/> when
    /// it does not say (read as exact). Only a numeric fact with a value has one.</summary>
    public ValueBound Bound { get; init; }

    /// <summary>Gets the unit of <see cref="Value"/>; <see langword="null"/> for a qualitative fact.</summary>
    public MeasureUnit? Unit { get; init; }

    /// <summary>Gets the upper-case ISO 4217 code of the currency when <see cref="Unit"/> is <see cref="MeasureUnit.Currency"/>
    /// (e.g. <c>USD</c>); otherwise <see langword="null"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the multiplier of <see cref="Value"/>, or <see langword="null"/> when the source gave none (scale one).</summary>
    public Scale? Scale { get; init; }

    /// <summary>Gets the year the fact refers to, or <see langword="null"/>.</summary>
    public int? Year { get; init; }

    /// <summary>Gets why a numeric fact's number is unknown, or <see langword="null"/> when it is known or the fact is qualitative.</summary>
    public string? UnknownReason { get; init; }

    /// <summary>Gets what a negative <see cref="Value"/> means (e.g. <c>net loss</c>), or <see langword="null"/>; only a negative
    /// amount or percentage has one.</summary>
    public string? Meaning { get; init; }

    /// <summary>Gets the constructs the fact bears on and which way; empty when the case does not say.</summary>
    public ImmutableArray<FactBearing> BearsOn { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the quotes that support the fact (at least one in a loaded case).</summary>
    public required ImmutableArray<Citation> Citations { get; init => field = value.OrEmpty(); }

    /// <summary>Gets <see cref="Value"/> multiplied by <see cref="Scale"/> (one when absent), or <see langword="null"/> when there is no value.</summary>
    /// <exception cref="OverflowException">The product does not fit a <see cref="decimal"/>; the case loader rejects such facts.</exception>
    public decimal? ScaledValue => Value is { } value ? value * Factor(Scale) : null;

    /// <summary>Returns the multiplier of a scale: one for <see langword="null"/> and <see cref="Evidence.Scale.One"/>.</summary>
    internal static decimal Factor(Scale? scale) => scale switch
    {
        Evidence.Scale.Thousand => 1_000m,
        Evidence.Scale.Million => 1_000_000m,
        Evidence.Scale.Billion => 1_000_000_000m,
        Evidence.Scale.Trillion => 1_000_000_000_000m,
        _ => 1m,
    };

    /// <inheritdoc />
    public bool Equals(Fact? other) =>
        other is not null && Id == other.Id && Statement == other.Statement && Topic == other.Topic && Scope == other.Scope
        && Firm == other.Firm && BusinessUnit == other.BusinessUnit && Market == other.Market && Counterparty == other.Counterparty
        && PlatformModel == other.PlatformModel && Value == other.Value && Bound == other.Bound && Unit == other.Unit
        && Currency == other.Currency && Scale == other.Scale && Year == other.Year && UnknownReason == other.UnknownReason
        && Meaning == other.Meaning && ArrayEquality.Equal(BearsOn, other.BearsOn) && ArrayEquality.Equal(Citations, other.Citations);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Statement);
        hash.Add(Topic);
        hash.Add(Value);
        hash.Add(Unit);
        ArrayEquality.Add(ref hash, Citations);
        return hash.ToHashCode();
    }
}
