namespace StrategyModel.TransactionCosts;

/// <summary>How restrictive and exclusive the contract of a non-equity arrangement is, after Anderson &amp; Gatignon (1986, Table 1).</summary>
/// <remarks>
/// A restrictive contract constrains what the partner may do (prices, quality, operating rules); an exclusive one binds the
/// parties to each other (sole licensee, sole distributor). See <see cref="OwnershipControl.FromContract"/>. Values are stable and
/// never renumbered.
/// </remarks>
public enum ContractTerms
{
    /// <summary>Not set: no contract, or terms unknown.</summary>
    Unspecified = 0,

    /// <summary>Neither restrictive nor exclusive (most licensing, open distribution): low control.</summary>
    NonRestrictiveNonExclusive = 1,

    /// <summary>Exclusive but not restrictive (an exclusive distributor left to run its business): medium control.</summary>
    NonRestrictiveExclusive = 2,

    /// <summary>Restrictive but not exclusive (a tightly specified licence to several partners): medium control.</summary>
    RestrictiveNonExclusive = 3,

    /// <summary>Restrictive and exclusive (tight operating rules with one bound partner): above any small equity stake; medium control by
    /// default, high under <see cref="OwnershipControlOptions.RestrictiveExclusiveContractControl"/>.</summary>
    RestrictiveExclusive = 4,
}
