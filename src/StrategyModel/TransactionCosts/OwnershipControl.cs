namespace StrategyModel.TransactionCosts;

/// <summary>Derives the degree of control an arrangement gives from the firm's ownership share, its partners' shares and the terms of
/// its contracts, after Anderson &amp; Gatignon (1986, Table 1).</summary>
/// <remarks>
/// <para>Anderson &amp; Gatignon group their seventeen entry modes by control, and both ownership and contract terms count:</para>
/// <list type="table">
/// <listheader><term>control</term><description>arrangements</description></listheader>
/// <item><term>High</term><description>wholly owned; dominant (majority) shareholder, whether with one, few or many partners.</description></item>
/// <item><term>Intermediate</term><description>plurality shareholder (largest stake, no majority); balanced interest (equal to the largest
/// partner, such as 50:50); restrictive or exclusive contracts.</description></item>
/// <item><term>Low</term><description>small or diffused minority shareholder; a minority outweighed by a larger partner; non-restrictive,
/// non-exclusive contracts.</description></item>
/// </list>
/// <para>Restrictive exclusive contracts rank above a small equity stake. Control is not resource commitment: the two are separate
/// dimensions, and nothing here reads the amount invested. Shares the caller does not list are read as diffused (held by many
/// small holders), so they never make a rival block.</para>
/// <para>Immutable, pure and thread-safe: it holds a copy of its options and no other state.</para>
/// </remarks>
public sealed class OwnershipControl
{
    private readonly decimal small;
    private readonly decimal majority;
    private readonly decimal whollyOwned;
    private readonly decimal tolerance;
    private readonly ControlLevel restrictiveExclusive;

    /// <summary>Creates a derivation with the default options.</summary>
    public OwnershipControl()
        : this(new OwnershipControlOptions())
    {
    }

    /// <summary>Creates a derivation with the given options, copied at construction.</summary>
    /// <param name="options">Where the ownership classes begin.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The lines are out of order or out of range, or <see cref="OwnershipControlOptions.RestrictiveExclusiveContractControl"/> is not Intermediate or High.</exception>
    public OwnershipControl(OwnershipControlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MajorityAbovePercent is < 50m || options.MajorityAbovePercent >= options.WhollyOwnedFromPercent || options.WhollyOwnedFromPercent > 100m)
        {
            throw Guard.OutOfRange(nameof(options.MajorityAbovePercent), options.MajorityAbovePercent, "MajorityAbovePercent must be at least 50 and below WhollyOwnedFromPercent, which must be at most 100.");
        }

        if (options.SmallStakeBelowPercent <= 0m || options.SmallStakeBelowPercent > options.MajorityAbovePercent)
        {
            throw Guard.OutOfRange(nameof(options.SmallStakeBelowPercent), options.SmallStakeBelowPercent, "SmallStakeBelowPercent must be above 0 and at most MajorityAbovePercent.");
        }

        if (options.BalancedTolerancePoints < 0m)
        {
            throw Guard.OutOfRange(nameof(options.BalancedTolerancePoints), options.BalancedTolerancePoints, "BalancedTolerancePoints must be 0 or more.");
        }

        if (options.RestrictiveExclusiveContractControl is not (ControlLevel.Intermediate or ControlLevel.High))
        {
            throw Guard.OutOfRange(nameof(options.RestrictiveExclusiveContractControl), options.RestrictiveExclusiveContractControl, "RestrictiveExclusiveContractControl must be Intermediate or High.");
        }

        small = options.SmallStakeBelowPercent;
        majority = options.MajorityAbovePercent;
        whollyOwned = options.WhollyOwnedFromPercent;
        tolerance = options.BalancedTolerancePoints;
        restrictiveExclusive = options.RestrictiveExclusiveContractControl;
    }

    /// <summary>Gets a derivation with the default options.</summary>
    public static OwnershipControl Default { get; } = new();

    /// <summary>Returns the control that goes with an ownership class: High for wholly owned and dominant, Intermediate for plurality
    /// and balanced, Low for a small shareholder and for no equity.</summary>
    /// <param name="position">The class.</param>
    /// <returns>The control level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is unspecified or undefined.</exception>
    public static ControlLevel ControlOf(EquityPosition position)
    {
        Guard.Defined(position, nameof(position));
        return position switch
        {
            EquityPosition.WhollyOwned or EquityPosition.DominantShareholder => ControlLevel.High,
            EquityPosition.PluralityShareholder or EquityPosition.BalancedInterest => ControlLevel.Intermediate,
            _ => ControlLevel.Low,
        };
    }

    /// <summary>Places the firm among the shareholders of a foreign entity.</summary>
    /// <param name="ownPercent">The firm's stake, 0 to 100; 0 is no equity.</param>
    /// <param name="partnerPercents">Each other named shareholder's stake, above 0 and at most 100; the stakes together must not exceed 100.
    /// Unlisted shares are read as diffused.</param>
    /// <returns>Wholly owned from <see cref="OwnershipControlOptions.WhollyOwnedFromPercent"/>; dominant above
    /// <see cref="OwnershipControlOptions.MajorityAbovePercent"/>; small below <see cref="OwnershipControlOptions.SmallStakeBelowPercent"/>;
    /// otherwise balanced when within <see cref="OwnershipControlOptions.BalancedTolerancePoints"/> of the largest partner, plurality when
    /// above every partner, and small when a partner holds more.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A stake is out of range, or the stakes add up to more than 100.</exception>
    public EquityPosition Classify(decimal ownPercent, params ReadOnlySpan<decimal> partnerPercents)
    {
        if (ownPercent is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(ownPercent), ownPercent, "ownPercent must be between 0 and 100.");
        }

        var total = ownPercent;
        var largest = 0m;
        foreach (var partner in partnerPercents)
        {
            if (partner is <= 0m or > 100m)
            {
                throw new ArgumentOutOfRangeException(nameof(partnerPercents), partner, "Each partner's stake must be above 0 and at most 100.");
            }

            total += partner;
            largest = Math.Max(largest, partner);
        }

        if (total > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(partnerPercents), total, "The stakes add up to more than 100 percent.");
        }

        return ownPercent == 0m ? EquityPosition.NoEquity
            : ownPercent >= whollyOwned ? EquityPosition.WhollyOwned
            : ownPercent > majority ? EquityPosition.DominantShareholder
            : ownPercent < small ? EquityPosition.SmallShareholder
            : largest > 0m && Math.Abs(ownPercent - largest) <= tolerance ? EquityPosition.BalancedInterest
            : ownPercent > largest ? EquityPosition.PluralityShareholder
            : EquityPosition.SmallShareholder;
    }

    /// <summary>Returns the control an equity stake gives: <see cref="ControlOf(EquityPosition)"/> of <see cref="Classify"/>.</summary>
    /// <param name="ownPercent">The firm's stake, 0 to 100.</param>
    /// <param name="partnerPercents">Each other named shareholder's stake.</param>
    /// <returns>The control level; Low for no equity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A stake is out of range, or the stakes add up to more than 100.</exception>
    public ControlLevel FromEquity(decimal ownPercent, params ReadOnlySpan<decimal> partnerPercents) => ControlOf(Classify(ownPercent, partnerPercents));

    /// <summary>Returns the control a contract gives: Low for non-restrictive, non-exclusive terms; Intermediate for restrictive or
    /// exclusive terms; <see cref="OwnershipControlOptions.RestrictiveExclusiveContractControl"/> for restrictive and exclusive terms.</summary>
    /// <param name="terms">The contract's terms.</param>
    /// <returns>The control level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="terms"/> is unspecified or undefined.</exception>
    public ControlLevel FromContract(ContractTerms terms)
    {
        Guard.Defined(terms, nameof(terms));
        return terms switch
        {
            ContractTerms.NonRestrictiveNonExclusive => ControlLevel.Low,
            ContractTerms.RestrictiveExclusive => restrictiveExclusive,
            _ => ControlLevel.Intermediate,
        };
    }

    /// <summary>Returns the control an arrangement gives from its equity and its contract together: the higher of the two.</summary>
    /// <param name="ownPercent">The firm's stake, 0 to 100; 0 for a non-equity arrangement.</param>
    /// <param name="contract">The contract's terms, or <see cref="ContractTerms.Unspecified"/> when there is no contract beyond the equity.</param>
    /// <param name="partnerPercents">Each other named shareholder's stake.</param>
    /// <returns>The control level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A stake is out of range, the stakes add up to more than 100, or <paramref name="contract"/> is undefined.</exception>
    /// <exception cref="ArgumentException">There is neither equity nor a contract.</exception>
    public ControlLevel Derive(decimal ownPercent, ContractTerms contract, params ReadOnlySpan<decimal> partnerPercents)
    {
        var equity = FromEquity(ownPercent, partnerPercents);
        if (contract == ContractTerms.Unspecified)
        {
            return ownPercent == 0m
                ? throw new ArgumentException("An arrangement with no equity needs contract terms to derive its control.", nameof(contract))
                : equity;
        }

        var byContract = FromContract(contract);
        return byContract > equity ? byContract : equity;
    }

    /// <summary>Returns the most control a firm can obtain when the host country caps foreign ownership: the best of a stake at the cap
    /// (with the rest diffused) and the best contract.</summary>
    /// <param name="maxForeignPercent">The cap on the foreign stake, 0 to 100; 0 forbids foreign equity.</param>
    /// <returns>High only when the cap admits a majority, or when restrictive exclusive contracts are read as high control; with the
    /// default options a 49% cap gives Intermediate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxForeignPercent"/> is out of range.</exception>
    public ControlLevel Ceiling(decimal maxForeignPercent)
    {
        if (maxForeignPercent is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(maxForeignPercent), maxForeignPercent, "maxForeignPercent must be between 0 and 100.");
        }

        var equity = FromEquity(maxForeignPercent);
        var contract = restrictiveExclusive > ControlLevel.Intermediate ? restrictiveExclusive : ControlLevel.Intermediate;
        return equity > contract ? equity : contract;
    }
}
