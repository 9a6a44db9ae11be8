namespace StrategyModel.GenericStrategies;

/// <summary>A cell of Porter's generic-strategy grid, plus the hybrid and stuck-in-the-middle positions the later literature debates.</summary>
/// <remarks>
/// <para>The four cells are Porter's (1980, ch. 2; 1985, ch. 1): source of advantage (lower cost or uniqueness valued by buyers)
/// crossed with competitive scope (broad or narrow).</para>
/// <para><see cref="Hybrid"/> is the library's name for a firm that holds both advantages, at either scope: Porter reads it as a
/// warning sign, Hill (1988) and Bowman's strategy clock (Bowman &amp; Faulkner 1997) as a possible integrated strategy; the
/// assessment reports both readings. <see cref="StuckInTheMiddle"/> is a firm that holds neither advantage.</para>
/// <para>Values are stable and never renumbered.</para>
/// </remarks>
public enum GenericStrategy
{
    /// <summary>Not set; never produced by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>Lower cost than rivals across a broad scope (Porter's overall cost leadership).</summary>
    CostLeadership = 1,

    /// <summary>Uniqueness valued by buyers across a broad scope.</summary>
    Differentiation = 2,

    /// <summary>Lower cost than rivals within a narrow segment.</summary>
    CostFocus = 3,

    /// <summary>Uniqueness valued by buyers within a narrow segment.</summary>
    DifferentiationFocus = 4,

    /// <summary>Both a cost advantage and differentiation are held, at either scope.</summary>
    Hybrid = 5,

    /// <summary>Neither advantage is held: Porter's firm "stuck in the middle".</summary>
    StuckInTheMiddle = 6,
}
