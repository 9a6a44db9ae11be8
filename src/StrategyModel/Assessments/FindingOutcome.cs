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

    /// <summary>The rule cannot test what it claims to: an input it reads rests on the outcome it is compared with (for example a
    /// rating of internalization that cites the mode the firm chose, compared with that mode). The finding says which input.</summary>
    NotATest = 6,
}
