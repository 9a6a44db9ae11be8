namespace StrategyModel.Oli;

/// <summary>The inputs of Dunning's eclectic paradigm for one firm and one host market, with the N of Singh &amp; Kundu's N-OLI.</summary>
/// <remarks>
/// <para>Ownership advantages follow Dunning's split into asset advantages (Oa: technology, brand, business model, know-how),
/// transaction or governance advantages (Ot: from common governance of a multinational network) and institutional advantages
/// (Oi, Dunning 2000). Network advantages (N) are Singh &amp; Kundu's (2002) addition for internet firms.</para>
/// <para>Every input must be a defined <see cref="Strength"/> other than <see cref="Strength.Unspecified"/>; the optional ones
/// default to <see cref="Strength.Absent"/>.</para>
/// </remarks>
public sealed record OliProfile
{
    /// <summary>Gets the asset ownership advantage (Oa): technology, brand, business model, know-how and other intangibles.</summary>
    public required Rated<Strength> AssetOwnership { get; init; }

    /// <summary>Gets the transaction (governance) ownership advantage (Ot). Default is <see cref="Strength.Absent"/>.</summary>
    public Rated<Strength> TransactionOwnership { get; init; } = Strength.Absent;

    /// <summary>Gets the institutional ownership advantage (Oi). Default is <see cref="Strength.Absent"/>.</summary>
    public Rated<Strength> InstitutionalOwnership { get; init; } = Strength.Absent;

    /// <summary>Gets the network advantage (N) of Singh &amp; Kundu's N-OLI. Default is <see cref="Strength.Absent"/>.</summary>
    public Rated<Strength> Network { get; init; } = Strength.Absent;

    /// <summary>Gets the host market's location advantage (L): size and growth, inputs, infrastructure, policy, proximity.</summary>
    public required Rated<Strength> Location { get; init; }

    /// <summary>Gets the internalization advantage (I): why the firm should exploit its ownership advantage inside its own hierarchy.</summary>
    public required Rated<Strength> Internalization { get; init; }
}
