namespace StrategyModel.Oli;

/// <summary>Applies Dunning's eclectic paradigm (OLI, with Singh &amp; Kundu's N) to choose the route of serving a foreign market.</summary>
public interface IOliEvaluator
{
    /// <summary>Evaluates a profile and explains the verdict.</summary>
    /// <param name="profile">The firm's advantages for one host market.</param>
    /// <returns>The route, the conditions that held, and a finding per condition and for the route.</returns>
    OliAssessment Evaluate(OliProfile profile);

    /// <summary>Returns only the route, without building findings: the allocation-free path for screening many profiles.</summary>
    /// <param name="profile">The firm's advantages for one host market.</param>
    /// <returns>The same route <see cref="Evaluate"/> returns.</returns>
    ServingRoute DecideRoute(OliProfile profile);
}
