namespace StrategyModel.BornGlobal;

/// <summary>Oviatt &amp; McDougall's (1994) four types of international new venture.</summary>
/// <remarks>
/// <para>Two axes: the number of value-chain activities coordinated across countries (<see cref="ValueChainCoordination"/>) and the
/// number of countries involved. The first two types together are the "new international market makers"; the last two coordinate
/// many activities across borders.</para>
/// <para>Wang (2018, section 2.1.2) describes the geographically focused start-up as operating "in a few countries" and the
/// multinational trader as operating "in more than 4-5 countries", which swaps the activity axis of the two; the library follows
/// Oviatt &amp; McDougall (1994).</para>
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
