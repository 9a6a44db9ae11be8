namespace StrategyModel.Assessments;

/// <summary>What a finding says about its criterion or rule.</summary>
public enum FindingOutcome
{
    /// <summary>Not set; never produced by an evaluator.</summary>
    Unspecified = 0,

    /// <summary>The criterion is met by the inputs.</summary>
    Met = 1,

    /// <summary>The criterion is not met by the inputs.</summary>
    NotMet = 2,

    /// <summary>The inputs needed to judge the criterion are unknown.</summary>
    Unknown = 3,

    /// <summary>The rule fired and decided (part of) the verdict.</summary>
    Decided = 4,

    /// <summary>An observation the framework adds without deciding the verdict, such as a warning or an alternative reading.</summary>
    Note = 5,
}
