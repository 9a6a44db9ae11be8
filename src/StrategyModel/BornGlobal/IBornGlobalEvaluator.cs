namespace StrategyModel.BornGlobal;

/// <summary>Tests a venture against born-global criteria, places it in Oviatt &amp; McDougall's (1994) typology and checks the success features.</summary>
public interface IBornGlobalEvaluator
{
    /// <summary>Evaluates a profile and explains each criterion, the type and each feature.</summary>
    /// <param name="profile">The venture.</param>
    /// <returns>The verdict of every criterion, the venture type, the features and a finding for each.</returns>
    BornGlobalAssessment Evaluate(BornGlobalProfile profile);
}
