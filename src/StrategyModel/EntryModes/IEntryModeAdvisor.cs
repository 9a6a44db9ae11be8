using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

namespace StrategyModel.EntryModes;

/// <summary>Combines the OLI route and the transaction-cost degree of control into ranked entry modes.</summary>
public interface IEntryModeAdvisor
{
    /// <summary>Ranks every catalogue mode for a route and a degree of control.</summary>
    /// <param name="route">The route from the OLI evaluator.</param>
    /// <param name="control">The degree of control from the transaction-cost evaluator.</param>
    /// <returns>The ranked candidates with their reasons.</returns>
    EntryModeRecommendation Recommend(ServingRoute route, ControlLevel control);

    /// <summary>Ranks every catalogue mode for the route and control of two assessments, carrying the evidence ids of their findings into the inputs of its own findings.</summary>
    /// <param name="oli">The OLI assessment.</param>
    /// <param name="transactionCosts">The transaction-cost assessment.</param>
    /// <returns>The ranked candidates with their reasons.</returns>
    EntryModeRecommendation Recommend(OliAssessment oli, TransactionCostAssessment transactionCosts);
}
