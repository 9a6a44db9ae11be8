namespace StrategyModel.TransactionCosts;

/// <summary>Derives the degree of control an entry should give from transaction-cost drivers, after Anderson &amp; Gatignon (1986).</summary>
public interface ITransactionCostEvaluator
{
    /// <summary>Evaluates the drivers and explains each step.</summary>
    /// <param name="profile">The drivers.</param>
    /// <returns>The control level and one finding per proposition, applied or not.</returns>
    TransactionCostAssessment Evaluate(TransactionCostProfile profile);

    /// <summary>Returns only the control level, without building findings.</summary>
    /// <param name="profile">The drivers.</param>
    /// <returns>The same level <see cref="Evaluate"/> returns.</returns>
    ControlLevel DecideControl(TransactionCostProfile profile);
}
