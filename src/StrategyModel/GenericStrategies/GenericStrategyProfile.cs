namespace StrategyModel.GenericStrategies;

/// <summary>The inputs of Porter's generic strategies for one firm (or one business in one market), with the thesis's two extra strategy elements.</summary>
/// <remarks>
/// <para>The advantages are relative to the firm's rivals in the market analysed (Porter 1985, ch. 1): a cost advantage is lower
/// cumulative cost than rivals; differentiation is uniqueness buyers value enough to pay for.</para>
/// <para><see cref="Localization"/> and <see cref="StrategicPartnership"/> are the strategy elements Wang (2018, sections 2.6 and 3.5.3,
/// Table 3) reads beside Porter's cells for Alibaba: localization of language, payment, logistics and merchants, and strategic
/// partnerships with local firms. They never change the cell.</para>
/// <para>Every input must be a defined value other than <c>Unspecified</c>; the optional ones default to <see cref="Strength.Absent"/>.</para>
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
}
