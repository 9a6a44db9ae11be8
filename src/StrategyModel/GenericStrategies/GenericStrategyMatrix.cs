namespace StrategyModel.GenericStrategies;

/// <summary>Porter's generic-strategy grid as a pure function of which advantages are held and the scope.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>cost advantage, differentiation</term><description>broad scope / narrow scope</description></listheader>
/// <item><term>yes, no</term><description><see cref="GenericStrategy.CostLeadership"/> / <see cref="GenericStrategy.CostFocus"/></description></item>
/// <item><term>no, yes</term><description><see cref="GenericStrategy.Differentiation"/> / <see cref="GenericStrategy.DifferentiationFocus"/></description></item>
/// <item><term>yes, yes</term><description><see cref="GenericStrategy.Hybrid"/> at either scope</description></item>
/// <item><term>no, no</term><description><see cref="GenericStrategy.StuckInTheMiddle"/> at either scope</description></item>
/// </list>
/// <para>Sources: Porter (1980, ch. 2; 1985, ch. 1) for the four cells and the firm stuck in the middle; Hill (1988) and
/// Bowman &amp; Faulkner (1997) for the hybrid.</para>
/// </remarks>
public static class GenericStrategyMatrix
{
    /// <summary>Returns the grid position for the advantages held and the scope.</summary>
    /// <param name="costAdvantage">Whether a cost advantage is held.</param>
    /// <param name="differentiation">Whether differentiation is held.</param>
    /// <param name="scope">The competitive scope.</param>
    /// <returns>The generic strategy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is <see cref="CompetitiveScope.Unspecified"/> or undefined.</exception>
    public static GenericStrategy Strategy(bool costAdvantage, bool differentiation, CompetitiveScope scope)
    {
        Guard.Defined(scope, nameof(scope));
        return (costAdvantage, differentiation) switch
        {
            (true, true) => GenericStrategy.Hybrid,
            (false, false) => GenericStrategy.StuckInTheMiddle,
            (true, false) => scope == CompetitiveScope.Broad ? GenericStrategy.CostLeadership : GenericStrategy.CostFocus,
            (false, true) => scope == CompetitiveScope.Broad ? GenericStrategy.Differentiation : GenericStrategy.DifferentiationFocus,
        };
    }
}
