using System.Collections.Immutable;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

namespace StrategyModel.EntryModes;

/// <summary>The entry-mode catalogue: each mode's attributes from the literature.</summary>
/// <remarks>
/// <para>Control order after Anderson &amp; Gatignon (1986): indirect export &lt; direct export (and cross-border e-commerce from
/// home) &lt; licensing ~ franchising ~ contract manufacturing &lt; non-equity alliance &lt; minority stake &lt; joint venture &lt;
/// acquisition ~ greenfield wholly owned subsidiary. Resource commitment and dissemination risk follow Hill, Hwang &amp; Kim (1990);
/// equity versus non-equity follows Pan &amp; Tse (2000).</para>
/// <para>The catalogue is immutable and shared.</para>
/// </remarks>
public static class EntryModeCatalog
{
    private static readonly EntryModeAttributes[] Table =
    [
        null!,
        new(EntryMode.IndirectExport, false, ControlLevel.Low, 1, Strength.Absent, Strength.Weak, Strength.Strong, ServingRoute.Export, "Export through independent intermediaries at home."),
        new(EntryMode.DirectExport, false, ControlLevel.Low, 2, Strength.Weak, Strength.Weak, Strength.Strong, ServingRoute.Export, "Export directly to foreign agents, distributors or buyers."),
        new(EntryMode.CrossBorderECommerce, false, ControlLevel.Low, 2, Strength.Weak, Strength.Weak, Strength.Strong, ServingRoute.Export, "Sell to foreign buyers through a cross-border platform run from home."),
        new(EntryMode.Licensing, false, ControlLevel.Low, 3, Strength.Weak, Strength.Strong, Strength.Moderate, ServingRoute.ContractualResourceTransfer, "License technology, brand or know-how to a foreign firm."),
        new(EntryMode.Franchising, false, ControlLevel.Low, 3, Strength.Weak, Strength.Strong, Strength.Moderate, ServingRoute.ContractualResourceTransfer, "Franchise a business format to foreign operators."),
        new(EntryMode.ContractManufacturing, false, ControlLevel.Low, 3, Strength.Weak, Strength.Moderate, Strength.Moderate, ServingRoute.ContractualResourceTransfer, "Contract manufacturing or a management contract."),
        new(EntryMode.StrategicAlliance, false, ControlLevel.Intermediate, 4, Strength.Moderate, Strength.Moderate, Strength.Moderate, ServingRoute.ContractualResourceTransfer, "A non-equity strategic alliance or partnership with a local firm."),
        new(EntryMode.JointVenture, true, ControlLevel.Intermediate, 6, Strength.Moderate, Strength.Moderate, Strength.Weak, ServingRoute.ForeignDirectInvestment, "An equity joint venture with local partners."),
        new(EntryMode.MinorityStake, true, ControlLevel.Intermediate, 5, Strength.Moderate, Strength.Moderate, Strength.Moderate, ServingRoute.ForeignDirectInvestment, "A minority equity stake in a local firm."),
        new(EntryMode.Acquisition, true, ControlLevel.High, 8, Strength.Strong, Strength.Weak, Strength.Weak, ServingRoute.ForeignDirectInvestment, "Acquire control of a local firm (direct holding)."),
        new(EntryMode.GreenfieldSubsidiary, true, ControlLevel.High, 8, Strength.Strong, Strength.Weak, Strength.Weak, ServingRoute.ForeignDirectInvestment, "Build a wholly owned subsidiary from scratch."),
    ];

    /// <summary>Gets every mode's attributes, in enum order.</summary>
    public static ImmutableArray<EntryModeAttributes> All { get; } = [.. Table.Skip(1)];

    /// <summary>Returns a mode's attributes.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The mode's attributes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is <see cref="EntryMode.Unspecified"/> or undefined.</exception>
    public static EntryModeAttributes Get(EntryMode mode)
    {
        Guard.Defined(mode, nameof(mode));
        return Table[(int)mode];
    }
}
