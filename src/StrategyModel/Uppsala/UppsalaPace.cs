namespace StrategyModel.Uppsala;

/// <summary>How quickly a firm climbed the establishment chain in one market.</summary>
/// <remarks>Values are stable and never renumbered; see <see cref="UppsalaEvaluator"/> for how each is decided.</remarks>
public enum UppsalaPace
{
    /// <summary>Not set; never produced by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>No entry is recorded, or every entry is at <see cref="EstablishmentStage.NoRegularExport"/>.</summary>
    NotStarted = 1,

    /// <summary>The firm climbed more slowly than <see cref="UppsalaOptions.MaxYearsPerStageForFastPace"/> years per stage step, or its first entry was at <see cref="EstablishmentStage.IndependentRepresentatives"/> and it has not climbed beyond it.</summary>
    Gradual = 2,

    /// <summary>The firm climbed at most <see cref="UppsalaOptions.MaxYearsPerStageForFastPace"/> years per stage step.</summary>
    Fast = 3,

    /// <summary>The firm's first entry already was its highest stage, and that stage is above <see cref="EstablishmentStage.IndependentRepresentatives"/>.</summary>
    Immediate = 4,
}
