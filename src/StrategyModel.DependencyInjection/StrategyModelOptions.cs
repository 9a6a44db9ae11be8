using StrategyModel.Analysis;
using StrategyModel.BornGlobal;
using StrategyModel.Drivers;
using StrategyModel.GenericStrategies;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;

namespace StrategyModel;

/// <summary>The options of every evaluator <see cref="StrategyModelServiceCollectionExtensions.AddStrategyModel(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{StrategyModelOptions})"/> registers.</summary>
/// <remarks>Each property starts with its framework's documented defaults; change what you need in the configure callback.</remarks>
public sealed class StrategyModelOptions
{
    /// <summary>Gets the OLI evaluator's thresholds.</summary>
    public OliOptions Oli { get; } = new();

    /// <summary>Gets the transaction-cost evaluator's thresholds.</summary>
    public TransactionCostOptions TransactionCosts { get; } = new();

    /// <summary>Gets the generic-strategy evaluator's thresholds and preferred hybrid reading.</summary>
    public GenericStrategyOptions GenericStrategies { get; } = new();

    /// <summary>Gets the born-global evaluator's criteria and thresholds.</summary>
    public BornGlobalOptions BornGlobal { get; } = new();
    /// <summary>Gets the Uppsala evaluator's pace threshold.</summary>
    public UppsalaOptions Uppsala { get; } = new();

    /// <summary>Gets the drivers evaluator's presence threshold.</summary>
    public DriversOptions Drivers { get; } = new();

    /// <summary>Gets the rules by which the case analyzer derives framework inputs from a case's facts.</summary>
    public CaseAnalyzerOptions Analysis { get; } = new();
}
