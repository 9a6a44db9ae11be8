namespace StrategyModel.Analysis;

/// <summary>What happened to a firm's holding in a market at one date.</summary>
public enum EntryEventKind
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>The firm entered with a new operation or holding.</summary>
    Entered = 1,

    /// <summary>The firm raised its stake in an operation it holds.</summary>
    StakeIncreased = 2,

    /// <summary>The firm lowered its stake in an operation it holds.</summary>
    StakeReduced = 3,

    /// <summary>The operation ended: divested, sold, closed or exited (<see cref="EntryModes.EntryEndKind"/>).</summary>
    Ended = 4,

    /// <summary>The firm took a stake in the buyer of an operation it sold.</summary>
    StakeInBuyer = 5,
}
