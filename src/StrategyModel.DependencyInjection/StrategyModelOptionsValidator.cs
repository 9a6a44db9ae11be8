using Microsoft.Extensions.Options;
using StrategyModel.Analysis;
using StrategyModel.BornGlobal;
using StrategyModel.Drivers;
using StrategyModel.GenericStrategies;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;

namespace StrategyModel;

/// <summary>Checks bound <see cref="StrategyModelOptions"/> with the evaluators' own rules (each evaluator is built once from its options, and
/// what its constructor rejects is reported), naming the configuration key of each rejected value.</summary>
/// <param name="sectionPath">The configuration section's path, such as <c>StrategyModel</c>; empty for the configuration root.</param>
internal sealed class StrategyModelOptionsValidator(string sectionPath) : IValidateOptions<StrategyModelOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StrategyModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, nameof(StrategyModelOptions.Oli), () => _ = new OliEvaluator(options.Oli));
        Check(failures, nameof(StrategyModelOptions.TransactionCosts), () => _ = new TransactionCostEvaluator(options.TransactionCosts));
        Check(failures, nameof(StrategyModelOptions.GenericStrategies), () => _ = new GenericStrategyEvaluator(options.GenericStrategies));
        Check(failures, nameof(StrategyModelOptions.BornGlobal), () => _ = new BornGlobalEvaluator(options.BornGlobal));
        Check(failures, nameof(StrategyModelOptions.Uppsala), () => _ = new UppsalaEvaluator(options.Uppsala));
        Check(failures, nameof(StrategyModelOptions.Drivers), () => _ = new DriversEvaluator(options.Drivers));
        Check(failures, nameof(StrategyModelOptions.Analysis), () => _ = new CaseAnalyzer(
            new OliEvaluator(), new TransactionCostEvaluator(), new EntryModes.EntryModeAdvisor(), new GenericStrategyEvaluator(), new BornGlobalEvaluator(),
            new UppsalaEvaluator(), new Networks.NetworkEvaluator(), new Vrio.VrioEvaluator(), new DriversEvaluator(), options.Analysis));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Check(List<string> failures, string property, Action build)
    {
        try
        {
            build();
        }
        catch (ArgumentException e)
        {
            var key = string.Join(':', new[] { sectionPath, property, e.ParamName is { Length: > 0 } p && p != "options" ? p[(p.LastIndexOf('.') + 1)..] : null }.Where(k => !string.IsNullOrEmpty(k)));
            failures.Add($"{key}: {e.Message}");
        }
    }
}
