namespace StrategyModel.Cases;

/// <summary>The kind of a relationship between a firm and a partner or investee.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md).</remarks>
public enum RelationshipKind
{
    /// <summary>Not set; the case loader never produces it.</summary>
    Unspecified = 0,

    /// <summary>The firm acquired control of the counterparty. Wire name <c>acquisition</c>.</summary>
    Acquisition = 1,

    /// <summary>The firm holds a minority stake in the counterparty. Wire name <c>minority-stake</c>.</summary>
    MinorityStake = 2,

    /// <summary>The firm and the counterparty run a joint venture. Wire name <c>joint-venture</c>.</summary>
    JointVenture = 3,

    /// <summary>A non-equity strategic partnership. Wire name <c>strategic-partnership</c>.</summary>
    StrategicPartnership = 4,

    /// <summary>An investment without a stated stake or control. Wire name <c>investment</c>.</summary>
    Investment = 5,

    /// <summary>A service contract (payment, logistics or marketing) with no equity, typically supporting an entry
    /// (<see cref="Relationship.Supports"/>). Wire name <c>service-contract</c>.</summary>
    ServiceContract = 6,
}
