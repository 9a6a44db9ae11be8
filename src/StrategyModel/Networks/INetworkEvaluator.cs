namespace StrategyModel.Networks;

/// <summary>Applies Johanson &amp; Mattsson's (1988) network model of internationalization.</summary>
public interface INetworkEvaluator
{
    /// <summary>Places a firm in the model's matrix and states what the model expects of it.</summary>
    /// <param name="profile">The firm's and the market's degrees of internationalization.</param>
    /// <returns>The situation, its expectation, and a finding per axis and for the situation.</returns>
    NetworkAssessment Evaluate(NetworkProfile profile);
}
