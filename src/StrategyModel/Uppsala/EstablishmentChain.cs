using StrategyModel.EntryModes;

namespace StrategyModel.Uppsala;

/// <summary>Places each <see cref="EntryMode"/> on the Uppsala establishment chain.</summary>
/// <remarks>
/// <para>The chain (Johanson &amp; Wiedersheim-Paul 1975) distinguishes who runs the firm's operation in the market: independent
/// parties (stage 2) or the firm's own establishment, selling (stage 3) or producing (stage 4). The mapping follows that line:</para>
/// <list type="table">
/// <listheader><term>entry mode</term><description>stage, and why</description></listheader>
/// <item><term><see cref="EntryMode.IndirectExport"/></term><description><see cref="EstablishmentStage.IndependentRepresentatives"/>: sales go through independent intermediaries.</description></item>
/// <item><term><see cref="EntryMode.DirectExport"/></term><description><see cref="EstablishmentStage.IndependentRepresentatives"/>: sold to foreign agents, distributors or buyers, not through an own unit.</description></item>
/// <item><term><see cref="EntryMode.CrossBorderECommerce"/></term><description><see cref="EstablishmentStage.IndependentRepresentatives"/>: sold from home through platforms, carriers and payment providers run by others; the firm has no establishment in the market.</description></item>
/// <item><term><see cref="EntryMode.Licensing"/></term><description><see cref="EstablishmentStage.IndependentRepresentatives"/>: the licensee, an independent firm, runs the operation.</description></item>
/// <item><term><see cref="EntryMode.Franchising"/></term><description><see cref="EstablishmentStage.IndependentRepresentatives"/>: independent franchisees run the outlets.</description></item>
/// <item><term><see cref="EntryMode.ContractManufacturing"/></term><description><see cref="EstablishmentStage.IndependentRepresentatives"/>: the production abroad is done by others under contract, not by the firm's own unit, so it is not stage 4.</description></item>
/// <item><term><see cref="EntryMode.StrategicAlliance"/></term><description><see cref="EstablishmentStage.IndependentRepresentatives"/>: a non-equity partnership: the partners run their own operations.</description></item>
/// <item><term><see cref="EntryMode.MinorityStake"/></term><description><see cref="EstablishmentStage.IndependentRepresentatives"/>: the local firm stays under others' control.</description></item>
/// <item><term><see cref="EntryMode.JointVenture"/></term><description><see cref="EstablishmentStage.SalesSubsidiary"/>: an equity establishment the firm co-owns and co-controls.</description></item>
/// <item><term><see cref="EntryMode.Acquisition"/></term><description><see cref="EstablishmentStage.SalesSubsidiary"/>: an establishment the firm controls.</description></item>
/// <item><term><see cref="EntryMode.GreenfieldSubsidiary"/></term><description><see cref="EstablishmentStage.SalesSubsidiary"/>: an establishment the firm owns.</description></item>
/// </list>
/// <para>No entry mode maps to <see cref="EstablishmentStage.ProductionAbroad"/> or <see cref="EstablishmentStage.NoRegularExport"/>:
/// an entry mode does not say whether the subsidiary manufactures or whether exports are regular. Set
/// <see cref="DatedEntry.StageOverride"/> for those (a producing subsidiary, sporadic exports). The class is stateless and thread-safe.</para>
/// </remarks>
public static class EstablishmentChain
{
    /// <summary>Returns the stage of the establishment chain an entry mode reaches.</summary>
    /// <param name="mode">The entry mode.</param>
    /// <returns><see cref="EstablishmentStage.IndependentRepresentatives"/> or <see cref="EstablishmentStage.SalesSubsidiary"/>, as the remarks tabulate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is <see cref="EntryMode.Unspecified"/> or undefined.</exception>
    public static EstablishmentStage StageOf(EntryMode mode) => TryStageOf(mode) is var stage && stage != EstablishmentStage.Unspecified
        ? stage
        : throw new ArgumentOutOfRangeException(nameof(mode), mode, "mode must be a defined EntryMode other than Unspecified.");

    /// <summary>Returns the stage, or <see cref="EstablishmentStage.Unspecified"/> for an undefined mode.</summary>
    internal static EstablishmentStage TryStageOf(EntryMode mode) => mode switch
    {
        EntryMode.IndirectExport or EntryMode.DirectExport or EntryMode.CrossBorderECommerce
            or EntryMode.Licensing or EntryMode.Franchising or EntryMode.ContractManufacturing
            or EntryMode.StrategicAlliance or EntryMode.MinorityStake => EstablishmentStage.IndependentRepresentatives,
        EntryMode.JointVenture or EntryMode.Acquisition or EntryMode.GreenfieldSubsidiary => EstablishmentStage.SalesSubsidiary,
        _ => EstablishmentStage.Unspecified,
    };
}
