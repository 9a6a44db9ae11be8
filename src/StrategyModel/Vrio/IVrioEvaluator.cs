namespace StrategyModel.Vrio;

/// <summary>Applies Barney's VRIO framework to one resource or capability.</summary>
public interface IVrioEvaluator
{
    /// <summary>Evaluates a resource and explains the verdict.</summary>
    /// <param name="profile">The four VRIO answers for the resource.</param>
    /// <returns>The competitive implication, a finding per question and one for the implication.</returns>
    VrioAssessment Evaluate(VrioProfile profile);

    /// <summary>Returns only the implication, without building findings: the allocation-free path for screening many resources.</summary>
    /// <param name="profile">The four VRIO answers for the resource.</param>
    /// <returns>The same implication <see cref="Evaluate"/> returns.</returns>
    CompetitiveImplication DecideImplication(VrioProfile profile);
}
