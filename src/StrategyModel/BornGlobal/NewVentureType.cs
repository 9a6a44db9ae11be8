namespace StrategyModel.BornGlobal;

/// <summary>Oviatt &amp; McDougall's (1994) four types of international new venture.</summary>
/// <remarks>
/// <para>Two axes: the number of value-chain activities coordinated across countries (<see cref="ValueChainCoordination"/>) and the
/// number of countries involved. The first two types together are the "new international market makers"; the last two coordinate
/// many activities across borders.</para>
/// <para>The types apply to international new ventures only: firms international from or near inception (see
/// <see cref="BornGlobalOptions.MaxYearsToInternationalizeForNewVenture"/>); the evaluator shows an older firm's position on the two
/// axes as <see cref="BornGlobalAssessment.ProfileType"/>, not as its type.</para>
/// <para>Wang (2018, section 2.1.2) describes each type on one axis only and lists them in a different order: the geographically
/// focused start-up by its few countries and its coordination of the value chain, the multinational trader by its "more than 4-5
/// countries". Both descriptions agree with Oviatt &amp; McDougall (1994), whose two axes the library follows; the thesis is
/// incomplete, not contrary.</para>
/// <para>Values are stable and never renumbered.</para>
/// </remarks>
public enum NewVentureType
{
    /// <summary>Not set; never produced by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>Few activities (mainly logistics) in few countries: a new international market maker serving a few nations it knows well.</summary>
    ExportImportStartup = 1,

    /// <summary>Few activities (mainly logistics) in many countries: a new international market maker trading across many nations.</summary>
    MultinationalTrader = 2,

    /// <summary>Many activities coordinated in few countries: serving a particular need of a region.</summary>
    GeographicallyFocusedStartup = 3,

    /// <summary>Many activities coordinated in many countries: the most radical international new venture.</summary>
    GlobalStartup = 4,
}
