using StrategyModel.Analysis;
using StrategyModel.GenericStrategies;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;

namespace StrategyModel.Sensitivity;

/// <summary>Options of a <see cref="RobustnessAnalyzer"/>: the evaluators' options in force (the base of every sweep), which
/// perturbations to try, and how many threads to use.</summary>
public sealed class RobustnessOptions
{
    /// <summary>Gets or sets the OLI options in force.</summary>
    /// <value>Default is a new <see cref="OliOptions"/>. Must not be null.</value>
    public OliOptions Oli { get; set; } = new();

    /// <summary>Gets or sets the transaction-cost options in force.</summary>
    /// <value>Default is a new <see cref="TransactionCostOptions"/>. Must not be null.</value>
    public TransactionCostOptions TransactionCosts { get; set; } = new();

    /// <summary>Gets or sets Porter's generic-strategy options in force.</summary>
    /// <value>Default is a new <see cref="GenericStrategyOptions"/>. Must not be null.</value>
    public GenericStrategyOptions GenericStrategies { get; set; } = new();

    /// <summary>Gets or sets the Uppsala options in force.</summary>
    /// <value>Default is a new <see cref="UppsalaOptions"/>. Must not be null.</value>
    public UppsalaOptions Uppsala { get; set; } = new();

    /// <summary>Gets or sets how the analyzer reads the case.</summary>
    /// <value>Default is a new <see cref="CaseAnalyzerOptions"/>. Must not be null.</value>
    public CaseAnalyzerOptions Analyzer { get; set; } = new();

    /// <summary>Gets or sets whether pairs of rated inputs are moved one step each.</summary>
    /// <value>Default is <see langword="true"/>.</value>
    public bool IncludePairs { get; set; } = true;

    /// <summary>Gets or sets whether every threshold option is swept across its documented range.</summary>
    /// <value>Default is <see langword="true"/>.</value>
    public bool IncludeThresholds { get; set; } = true;

    /// <summary>Gets or sets the most verdicts analysed at once; -1 uses every core.</summary>
    /// <value>Default is -1. Must be -1 or at least 1. The result is the same for every value.</value>
    public int MaxDegreeOfParallelism { get; set; } = -1;
}
