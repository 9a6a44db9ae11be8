using StrategyModel.EntryModes;

namespace StrategyModel.Uppsala;

/// <summary>Places each <see cref="EntryMode"/> on the Uppsala establishment chain under the default mapping.</summary>
/// <remarks>
/// <para>A shortcut for <see cref="EstablishmentStageMapping.Default"/>; see that class for each mode's stage and why, and for the
/// thesis-style alternative <see cref="EstablishmentStageMapping.ThesisReading"/>. The evaluator reads the mapping of its
/// <see cref="UppsalaOptions.StageMapping"/>, not this class.</para>
/// <para>No entry mode maps to <see cref="EstablishmentStage.ProductionAbroad"/>: an entry mode does not say whether the subsidiary
/// manufactures. Set <see cref="DatedEntry.StageOverride"/> for that. The class is stateless and thread-safe.</para>
/// </remarks>
public static class EstablishmentChain
{
    /// <summary>Returns the stage of the establishment chain an entry mode reaches under <see cref="EstablishmentStageMapping.Default"/>.</summary>
    /// <param name="mode">The entry mode.</param>
    /// <returns>The stage; <see cref="EstablishmentStage.Unspecified"/> for <see cref="EntryMode.StrategicAlliance"/>, which the default mapping keeps off the chain.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is <see cref="EntryMode.Unspecified"/> or undefined.</exception>
    public static EstablishmentStage StageOf(EntryMode mode) => EstablishmentStageMapping.Default.StageOf(mode);
}
