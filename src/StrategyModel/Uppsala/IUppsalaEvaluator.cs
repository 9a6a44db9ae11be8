namespace StrategyModel.Uppsala;

/// <summary>Applies the Uppsala internationalization process model: the establishment chain in one market, and psychic distance across markets.</summary>
public interface IUppsalaEvaluator
{
    /// <summary>Reads one firm's dated entries into one market against the establishment chain.</summary>
    /// <param name="profile">The firm's dated entries.</param>
    /// <returns>The stages reached and skipped, whether the chain was followed, the pace, and a finding per stage and rule.</returns>
    UppsalaAssessment Evaluate(UppsalaProfile profile);

    /// <summary>Tests whether a firm entered its markets in order of increasing psychic distance.</summary>
    /// <param name="profile">The markets with entry years and distances.</param>
    /// <returns>The entry order, the inversions, and a finding for the order.</returns>
    PsychicDistanceAssessment EvaluatePsychicDistance(PsychicDistanceProfile profile);
}
