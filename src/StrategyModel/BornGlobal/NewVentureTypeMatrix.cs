namespace StrategyModel.BornGlobal;

/// <summary>Oviatt &amp; McDougall's (1994) typology of international new ventures as a pure function of its two axes.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>activities coordinated, countries</term><description>type</description></listheader>
/// <item><term>few, few</term><description><see cref="NewVentureType.ExportImportStartup"/></description></item>
/// <item><term>few, many</term><description><see cref="NewVentureType.MultinationalTrader"/></description></item>
/// <item><term>many, few</term><description><see cref="NewVentureType.GeographicallyFocusedStartup"/></description></item>
/// <item><term>many, many</term><description><see cref="NewVentureType.GlobalStartup"/></description></item>
/// </list>
/// </remarks>
public static class NewVentureTypeMatrix
{
    /// <summary>Returns the venture type for the two axes.</summary>
    /// <param name="coordination">How many value-chain activities are coordinated across countries.</param>
    /// <param name="manyCountries">Whether many countries are involved.</param>
    /// <returns>The type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coordination"/> is <see cref="ValueChainCoordination.Unspecified"/> or undefined.</exception>
    public static NewVentureType Type(ValueChainCoordination coordination, bool manyCountries)
    {
        Guard.Defined(coordination, nameof(coordination));
        return coordination == ValueChainCoordination.Few
            ? manyCountries ? NewVentureType.MultinationalTrader : NewVentureType.ExportImportStartup
            : manyCountries ? NewVentureType.GlobalStartup : NewVentureType.GeographicallyFocusedStartup;
    }

    /// <summary>Returns whether a type is one of Oviatt &amp; McDougall's (1994) "new international market makers".</summary>
    /// <param name="type">A venture type.</param>
    /// <returns><see langword="true"/> for <see cref="NewVentureType.ExportImportStartup"/> and <see cref="NewVentureType.MultinationalTrader"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is <see cref="NewVentureType.Unspecified"/> or undefined.</exception>
    public static bool IsNewInternationalMarketMaker(NewVentureType type)
    {
        Guard.Defined(type, nameof(type));
        return type is NewVentureType.ExportImportStartup or NewVentureType.MultinationalTrader;
    }
}
