namespace StrategyModel.Analysis;

/// <summary>Where the analyzer took a framework input from.</summary>
public enum InputSource
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>An analyst assessment in the case rates the input; its reasoning and the facts it rests on are the evidence.</summary>
    AnalystAssessment = 1,

    /// <summary>The analyzer derived the input from the case's facts by a documented rule.</summary>
    DerivedFromFacts = 2,

    /// <summary>The case holds no evidence for the input; the analyzer used the framework's neutral value and says so.</summary>
    NoEvidence = 3,
}
