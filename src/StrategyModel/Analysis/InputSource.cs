namespace StrategyModel.Analysis;

/// <summary>Where the analyzer took a framework input from.</summary>
public enum InputSource
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>An analyst assessment in the case rates the input against its rubric; its reasoning, the facts it rests on and the
    /// facts that weigh against it are the evidence.</summary>
    AnalystAssessment = 1,

    /// <summary>The analyzer read the input from the case's facts by a documented rule that reads a value, never a count of facts
    /// (such as the founding year, or a numeric share of sales).</summary>
    DerivedFromFacts = 2,

    /// <summary>The case holds no evidence for a factual input (such as a founding year); the analyzer says what it could not evaluate.</summary>
    NoEvidence = 3,

    /// <summary>No analyst rating decides the input: the analyzer reports the verdict for every value the input could take
    /// (<see cref="VerdictRange"/>) and never substitutes a neutral or absent value.</summary>
    Undetermined = 4,

    /// <summary>A rating exists but does not apply as of the analysis year (it speaks for a later year, or rests on facts dated
    /// later); the input is treated as <see cref="Undetermined"/> and the reason is given.</summary>
    SetAside = 5,

    /// <summary>A scenario (<see cref="Sensitivity.Scenario"/>) sets the input in place of the case's rating; the case is not edited.</summary>
    Scenario = 6,
}
