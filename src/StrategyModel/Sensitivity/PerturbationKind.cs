namespace StrategyModel.Sensitivity;

/// <summary>How a perturbation moves a verdict's inputs or options.</summary>
public enum PerturbationKind
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>One rated input moved by one step up or down its scale.</summary>
    SingleStep = 1,

    /// <summary>Two rated inputs each moved by one step, in any of the four directions.</summary>
    PairOfSteps = 2,

    /// <summary>One threshold option of the evaluator set to another value of its documented range, the inputs as rated.</summary>
    Threshold = 3,
}
