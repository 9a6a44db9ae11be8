using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StrategyModel.Analysis;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;
using StrategyModel.Vrio;

namespace StrategyModel;

/// <summary>Registers StrategyModel's evaluators in a service collection.</summary>
public static class StrategyModelServiceCollectionExtensions
{
    /// <summary>Registers every evaluator, the case analyzer (<see cref="ICaseAnalyzer"/>) and the shipped case library (<see cref="ICaseLibrary"/>) as singletons, with the default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>Registrations use <c>TryAdd</c>: calling this more than once, or after registering your own implementation of an interface, changes nothing.</remarks>
    public static IServiceCollection AddStrategyModel(this IServiceCollection services) => services.AddStrategyModel(static _ => { });

    /// <summary>Registers every evaluator, the case analyzer (<see cref="ICaseAnalyzer"/>), the shipped case library (<see cref="ICaseLibrary"/>) and <see cref="StrategyModelOptions"/> as singletons, with options set by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; called once, when the options are first resolved.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    /// <remarks>
    /// Registrations use <c>TryAdd</c>: the first call's options win, and later calls change nothing. The options are checked when an
    /// evaluator or the analyzer is first resolved, not here: an option out of range makes that resolution throw the evaluator's
    /// <see cref="ArgumentException"/> or <see cref="ArgumentOutOfRangeException"/>.
    /// </remarks>
    public static IServiceCollection AddStrategyModel(this IServiceCollection services, Action<StrategyModelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.TryAddSingleton(_ =>
        {
            var options = new StrategyModelOptions();
            configure(options);
            return options;
        });
        services.TryAddSingleton<IOliEvaluator>(sp => new OliEvaluator(sp.GetRequiredService<StrategyModelOptions>().Oli));
        services.TryAddSingleton<ITransactionCostEvaluator>(sp => new TransactionCostEvaluator(sp.GetRequiredService<StrategyModelOptions>().TransactionCosts));
        services.TryAddSingleton<IEntryModeAdvisor, EntryModeAdvisor>();
        services.TryAddSingleton<IBornGlobalEvaluator>(sp => new BornGlobalEvaluator(sp.GetRequiredService<StrategyModelOptions>().BornGlobal));
        services.TryAddSingleton<IGenericStrategyEvaluator>(sp => new GenericStrategyEvaluator(sp.GetRequiredService<StrategyModelOptions>().GenericStrategies));
        services.TryAddSingleton<INetworkEvaluator, NetworkEvaluator>();
        services.TryAddSingleton<IUppsalaEvaluator>(sp => new UppsalaEvaluator(sp.GetRequiredService<StrategyModelOptions>().Uppsala));
        services.TryAddSingleton<IVrioEvaluator, VrioEvaluator>();
        services.TryAddSingleton<IDriversEvaluator>(sp => new DriversEvaluator(sp.GetRequiredService<StrategyModelOptions>().Drivers));
        services.TryAddSingleton<ICaseLibrary>(CaseLibrary.Shipped);
        services.TryAddSingleton<ICaseAnalyzer>(sp =>
        {
            var options = sp.GetRequiredService<StrategyModelOptions>();
            return new CaseAnalyzer(
                sp.GetRequiredService<IOliEvaluator>(),
                sp.GetRequiredService<ITransactionCostEvaluator>(),
                sp.GetRequiredService<IEntryModeAdvisor>(),
                sp.GetRequiredService<IGenericStrategyEvaluator>(),
                sp.GetRequiredService<IBornGlobalEvaluator>(),
                sp.GetRequiredService<IUppsalaEvaluator>(),
                sp.GetRequiredService<INetworkEvaluator>(),
                sp.GetRequiredService<IVrioEvaluator>(),
                sp.GetRequiredService<IDriversEvaluator>(),
                options.Analysis);
        });
        return services;
    }
}
