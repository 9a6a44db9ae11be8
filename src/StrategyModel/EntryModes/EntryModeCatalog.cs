using System.Collections.Immutable;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

namespace StrategyModel.EntryModes;

/// <summary>The entry-mode catalogue: each mode's attributes from the literature.</summary>
/// <remarks>
/// <para>Control follows Anderson &amp; Gatignon (1986, Table 1), where ownership share and contract terms both count (see
/// <see cref="OwnershipControl"/>): indirect export, direct export, and typical (non-restrictive) licensing, franchising and contract
/// manufacturing are Low; a joint venture (balanced or plurality stake) is Intermediate; acquisition of control and a greenfield wholly
/// owned subsidiary are High. Cross-border e-commerce from the firm's own platform is rated on its own: the firm sells direct to
/// consumers and controls price rules, data and the customer interface with no intermediary, so it is High control at low resource
/// commitment (the distinction between control and commitment that Anderson &amp; Gatignon draw).</para>
/// <para>Two rows are not entry modes. <see cref="EntryMode.MinorityStake"/>, a stake in another independent firm, is a portfolio or
/// strategic investment (<see cref="EntryModeRole.Investment"/>): a small shareholder has Low control, and none over the firm's own
/// operation. <see cref="EntryMode.StrategicAlliance"/>, a non-equity alliance with a local service provider (payment, logistics,
/// marketing), is a supporting arrangement of the mode it serves (<see cref="EntryModeRole.SupportingArrangement"/>): a "link"
/// alliance in Hennart's (1988) sense, not a contractual transfer of the ownership advantage, so it has no route of its own.</para>
/// <para>Resource commitment and dissemination risk follow Hill, Hwang &amp; Kim (1990); equity versus non-equity follows Pan &amp; Tse
/// (2000). The catalogue is immutable and shared.</para>
/// </remarks>
public static class EntryModeCatalog
{
    private static readonly EntryModeAttributes[] Table =
    [
        null!,
        new(EntryMode.IndirectExport, false, ControlLevel.Low, 1, Strength.Absent, Strength.Weak, Strength.Strong, ServingRoute.Export, "Export through independent intermediaries at home.", EntryModeRole.EntryMode),
        new(EntryMode.DirectExport, false, ControlLevel.Low, 2, Strength.Weak, Strength.Weak, Strength.Strong, ServingRoute.Export, "Export directly to foreign agents, distributors or buyers.", EntryModeRole.EntryMode),
        new(EntryMode.CrossBorderECommerce, false, ControlLevel.High, 6, Strength.Weak, Strength.Weak, Strength.Strong, ServingRoute.Export, "Sell direct to foreign consumers through the firm's own platform run from home: high control of price, data and the customer interface at low commitment.", EntryModeRole.EntryMode),
        new(EntryMode.Licensing, false, ControlLevel.Low, 3, Strength.Weak, Strength.Strong, Strength.Moderate, ServingRoute.ContractualResourceTransfer, "License technology, brand or know-how to a foreign firm.", EntryModeRole.EntryMode),
        new(EntryMode.Franchising, false, ControlLevel.Low, 3, Strength.Weak, Strength.Strong, Strength.Moderate, ServingRoute.ContractualResourceTransfer, "Franchise a business format to foreign operators.", EntryModeRole.EntryMode),
        new(EntryMode.ContractManufacturing, false, ControlLevel.Low, 3, Strength.Weak, Strength.Moderate, Strength.Moderate, ServingRoute.ContractualResourceTransfer, "Contract manufacturing or a management contract.", EntryModeRole.EntryMode),
        new(EntryMode.StrategicAlliance, false, ControlLevel.Intermediate, 4, Strength.Moderate, Strength.Moderate, Strength.Moderate, null, "A non-equity alliance with a local service provider (payment, logistics, marketing) that supports the mode it serves; not an entry mode of its own.", EntryModeRole.SupportingArrangement),
        new(EntryMode.JointVenture, true, ControlLevel.Intermediate, 5, Strength.Moderate, Strength.Moderate, Strength.Weak, ServingRoute.ForeignDirectInvestment, "An equity joint venture with local partners (a balanced or plurality stake).", EntryModeRole.EntryMode),
        new(EntryMode.MinorityStake, true, ControlLevel.Low, 1, Strength.Moderate, Strength.Weak, Strength.Moderate, ServingRoute.ForeignDirectInvestment, "A minority stake in another independent local firm: a portfolio or strategic investment, not an entry mode.", EntryModeRole.Investment),
        new(EntryMode.Acquisition, true, ControlLevel.High, 7, Strength.Strong, Strength.Weak, Strength.Weak, ServingRoute.ForeignDirectInvestment, "Acquire control of a local firm (direct holding).", EntryModeRole.EntryMode),
        new(EntryMode.GreenfieldSubsidiary, true, ControlLevel.High, 7, Strength.Strong, Strength.Weak, Strength.Weak, ServingRoute.ForeignDirectInvestment, "Build a wholly owned subsidiary from scratch.", EntryModeRole.EntryMode),
    ];

    /// <summary>Gets every row's attributes, in enum order: entry modes, the supporting arrangement and the investment alike.</summary>
    public static ImmutableArray<EntryModeAttributes> All { get; } = [.. Table.Skip(1)];

    /// <summary>Gets the entry modes only (<see cref="EntryModeAttributes.IsEntryMode"/>), in enum order.</summary>
    public static ImmutableArray<EntryModeAttributes> EntryModes { get; } = [.. Table.Skip(1).Where(a => a.IsEntryMode)];

    /// <summary>Returns a mode's attributes.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The mode's attributes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is <see cref="EntryMode.Unspecified"/> or undefined.</exception>
    public static EntryModeAttributes Get(EntryMode mode)
    {
        Guard.Defined(mode, nameof(mode));
        return Table[(int)mode];
    }

    /// <summary>Returns a mode's role: whether it is an entry mode, a supporting arrangement or an investment.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The role.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is <see cref="EntryMode.Unspecified"/> or undefined.</exception>
    public static EntryModeRole RoleOf(EntryMode mode) => Get(mode).Role;
}
