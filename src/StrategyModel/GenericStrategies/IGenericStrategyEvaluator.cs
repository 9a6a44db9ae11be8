namespace StrategyModel.GenericStrategies;

/// <summary>Places a firm in Porter's generic-strategy grid, reporting a hybrid and both of its readings rather than picking one cell.</summary>
public interface IGenericStrategyEvaluator
{
    /// <summary>Evaluates a profile and explains the verdict.</summary>
    /// <param name="profile">The firm's advantages, scope and strategy elements.</param>
    /// <returns>The strategy, which advantages and elements are held, the hybrid readings, and a finding per rule.</returns>
    GenericStrategyAssessment Evaluate(GenericStrategyProfile profile);

    /// <summary>Returns only the strategy, without building findings.</summary>
    /// <param name="profile">The firm's advantages, scope and strategy elements.</param>
    /// <returns>The same strategy <see cref="Evaluate"/> returns.</returns>
    GenericStrategy DecideStrategy(GenericStrategyProfile profile);
}
