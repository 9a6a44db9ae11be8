using System.Collections.Immutable;

namespace StrategyModel.Oli;

/// <summary>The inputs of Dunning's eclectic paradigm for one firm and one host market, with the N of Singh &amp; Kundu's N-OLI and the demand and country-level inputs kept apart from the matrix.</summary>
/// <remarks>
/// <para>Ownership advantages follow Dunning's split into asset advantages (Oa: technology, brand, business model, know-how),
/// transaction or governance advantages (Ot: from common governance of a multinational network; Dunning 1988) and institutional
/// advantages (Oi: the firm's own institutions, such as its culture, codes and incentives; Dunning &amp; Lundan 2008). O is
/// <em>net</em>: advantages over firms of other nationalities in that market (Dunning 1981, 1988), so rate it per market and, where
/// the rating names them, against <see cref="Rivals"/>. Network advantages (N) are Singh &amp; Kundu's (2002) addition for internet
/// firms; <see cref="OliOptions.NetworkReading"/> says how they are read.</para>
/// <para>Three inputs never feed the matrix. <see cref="MarketAttractiveness"/> is the demand side: whether to serve the market at
/// all. <see cref="CountrySpecificAdvantage"/> is what the home country gives every firm from it (Rugman &amp; Verbeke 1992). Both
/// are reported in findings of their own. <see cref="Rivals"/> only says against whom O was rated.</para>
/// <para>Every <see cref="Strength"/> input must be a defined value other than <see cref="Strength.Unspecified"/>; the optional
/// ownership and network inputs default to <see cref="Strength.Absent"/>, the optional demand and country inputs to not rated.
/// The profile is plain data: an evaluator's result depends on nothing else, so evaluating the profile once per candidate value
/// of an undetermined input is cheap and exact.</para>
/// </remarks>
public sealed record OliProfile
{
    /// <summary>Gets the asset ownership advantage (Oa): technology, brand, business model, know-how and other intangibles.</summary>
    public required Rated<Strength> AssetOwnership { get; init; }

    /// <summary>Gets the transaction (governance) ownership advantage (Ot). Default is <see cref="Strength.Absent"/>.</summary>
    public Rated<Strength> TransactionOwnership { get; init; } = Strength.Absent;

    /// <summary>Gets the institutional ownership advantage (Oi) of Dunning &amp; Lundan (2008): the firm's own formal and informal
    /// institutions. Home-country policy and state ties are not Oi but a <see cref="CountrySpecificAdvantage"/>. Default is <see cref="Strength.Absent"/>.</summary>
    public Rated<Strength> InstitutionalOwnership { get; init; } = Strength.Absent;

    /// <summary>Gets the network advantage (N) of Singh &amp; Kundu's N-OLI: embeddedness in networks, electronic brokerage, network
    /// externalities. Default is <see cref="Strength.Absent"/>.</summary>
    public Rated<Strength> Network { get; init; } = Strength.Absent;

    /// <summary>Gets the location advantage (L) of operating or producing in the host market rather than serving it from home (Dunning
    /// 1980, 1981, 1988). For a platform: the need for local logistics and last mile, payment licences, parcel duty thresholds, data
    /// rules, local sellers, trade barriers. Market size and growth belong to <see cref="MarketAttractiveness"/>, not here.</summary>
    public required Rated<Strength> Location { get; init; }

    /// <summary>Gets the internalization advantage (I): why the firm should exploit its ownership advantage inside its own hierarchy.</summary>
    public required Rated<Strength> Internalization { get; init; }

    /// <summary>Gets the market's attractiveness (size, growth, demand): whether to serve the market at all, or <see langword="null"/>
    /// when not rated. It never feeds the matrix; it is reported in the <c>oli.market-attractiveness</c> finding and, when
    /// <see cref="Strength.Absent"/>, gates the route to <see cref="ServingRoute.None"/> under <see cref="OliOptions.MarketAttractivenessGate"/>.</summary>
    public Rated<Strength>? MarketAttractiveness { get; init; }

    /// <summary>Gets the country-specific advantage (CSA) the firm draws from its home country (state ties, home policy, the home
    /// market's scale or cheap inputs), or <see langword="null"/> when not rated. Kept apart from the firm-specific O and never
    /// counted in it (Rugman &amp; Verbeke 1992); reported in the <c>oli.country-specific-advantage</c> finding.</summary>
    public Rated<Strength>? CountrySpecificAdvantage { get; init; }

    /// <summary>Gets the names or ids of the local rivals the ownership ratings were made against (net O; Dunning 1988), in the
    /// order given; empty when the ratings name none. Never a default array.</summary>
    /// <exception cref="ArgumentException">On init: an entry is null, empty or whitespace.</exception>
    public ImmutableArray<string> Rivals
    {
        get => field.OrEmpty();
        init
        {
            foreach (var rival in value.OrEmpty())
            {
                if (string.IsNullOrWhiteSpace(rival))
                {
                    throw Guard.Invalid("A rival must be a non-empty name or id.", nameof(Rivals));
                }
            }

            field = value;
        }
    }

    /// <inheritdoc />
    public bool Equals(OliProfile? other) =>
        other is not null && AssetOwnership.Equals(other.AssetOwnership) && TransactionOwnership.Equals(other.TransactionOwnership)
        && InstitutionalOwnership.Equals(other.InstitutionalOwnership) && Network.Equals(other.Network) && Location.Equals(other.Location)
        && Internalization.Equals(other.Internalization) && Nullable.Equals(MarketAttractiveness, other.MarketAttractiveness)
        && Nullable.Equals(CountrySpecificAdvantage, other.CountrySpecificAdvantage) && ArrayEquality.Equal(Rivals, other.Rivals);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(AssetOwnership);
        hash.Add(TransactionOwnership);
        hash.Add(InstitutionalOwnership);
        hash.Add(Network);
        hash.Add(Location);
        hash.Add(Internalization);
        hash.Add(MarketAttractiveness);
        hash.Add(CountrySpecificAdvantage);
        ArrayEquality.Add(ref hash, Rivals);
        return hash.ToHashCode();
    }
}
