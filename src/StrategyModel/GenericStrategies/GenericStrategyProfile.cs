namespace StrategyModel.GenericStrategies;

/// <summary>The inputs of Porter's generic strategies for one firm (or one business in one market), with the thesis's two extra strategy elements.</summary>
/// <remarks>
/// <para>The advantages are relative to the firm's rivals in the market analysed (Porter 1985, ch. 1): a cost advantage is lower
/// cumulative cost than rivals; differentiation is uniqueness buyers value enough to pay for.</para>
/// <para><see cref="Localization"/> and <see cref="StrategicPartnership"/> are the strategy elements Wang (2018, sections 2.6 and 3.5.3,
/// Table 3) reads beside Porter's cells for Alibaba: localization of language, payment, logistics and merchants, and strategic
/// partnerships with local firms. They never change the cell.</para>
/// <para>Every input must be a defined value other than <c>Unspecified</c>; the optional ones default to <see cref="Strength.Absent"/>
/// (or, for <see cref="StatedStrategy"/>, to none).</para>
/// </remarks>
public sealed record GenericStrategyProfile
{
    /// <summary>Gets the firm's cost advantage over its rivals.</summary>
    public required Rated<Strength> CostAdvantage { get; init; }

    /// <summary>Gets the firm's differentiation: uniqueness valued by buyers.</summary>
    public required Rated<Strength> Differentiation { get; init; }

    /// <summary>Gets the competitive scope the firm targets.</summary>
    public required Rated<CompetitiveScope> Scope { get; init; }

    /// <summary>Gets how far the firm localizes its offer (language, payment, logistics, local merchants). Default is <see cref="Strength.Absent"/>.</summary>
    public Rated<Strength> Localization { get; init; } = Strength.Absent;

    /// <summary>Gets how far the firm relies on strategic partnerships with local firms. Default is <see cref="Strength.Absent"/>.</summary>
    public Rated<Strength> StrategicPartnership { get; init; } = Strength.Absent;

    /// <summary>Gets the strategy a source states for the firm (for example the thesis's "cost leadership focus", Wang 2018, section 4.1), or <see langword="null"/> (the default) when none is compared.</summary>
    /// <remarks>The evaluator compares it with the cell it evaluates and reports agreement or disagreement in its own finding (<c>porter.stated-strategy</c>); it never changes the cell.</remarks>
    public Rated<GenericStrategy>? StatedStrategy { get; init; }

    /// <summary>Gets who states <see cref="StatedStrategy"/>, such as "Wang (2018, section 4.1)", named in the finding; <see langword="null"/> for "the source".</summary>
    public string? StatedBy { get; init; }
}
