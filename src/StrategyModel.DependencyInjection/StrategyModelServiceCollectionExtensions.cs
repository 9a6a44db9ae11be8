using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
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
        return services.AddStrategyModelCore(_ =>
        {
            var options = new StrategyModelOptions();
            configure(options);
            return options;
        });
    }

    /// <summary>Registers every evaluator, the case analyzer (<see cref="ICaseAnalyzer"/>) and the shipped case library (<see cref="ICaseLibrary"/>)
    /// as singletons, with <see cref="StrategyModelOptions"/> bound from a configuration section through the options pattern and validated at start.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section that holds the options, such as <c>builder.Configuration.GetSection("StrategyModel")</c>: keys
    /// <c>Oli:OwnershipThreshold</c>, <c>TransactionCosts:...</c>, <c>GenericStrategies:...</c>, <c>BornGlobal:...</c>, <c>Uppsala:...</c>,
    /// <c>Drivers:...</c> and <c>Analysis:...</c>, named as the properties of <see cref="StrategyModelOptions"/>; enums by name (<c>"Strong"</c>).
    /// A key left out keeps its documented default.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <remarks>
    /// The options are <c>IOptions&lt;StrategyModelOptions&gt;</c>, registered with <c>ValidateOnStart</c>: a host (the generic host,
    /// ASP.NET Core) fails at start with an <see cref="OptionsValidationException"/> whose message names the configuration key of each value
    /// an evaluator rejects (for example <c>StrategyModel:Oli:OwnershipThreshold</c>); without a host the same exception is thrown when an
    /// evaluator or the analyzer is first resolved. A value that does not convert (<c>"Strongest"</c>) makes the binder throw an
    /// <see cref="InvalidOperationException"/> naming the key. Registrations use <c>TryAdd</c>: the first call's options win.
    /// </remarks>
    public static IServiceCollection AddStrategyModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(StrategyModelOptions)))
        {
            return services;
        }

        services.AddOptions<StrategyModelOptions>().Configure(options => Bind(configuration, options)).ValidateOnStart();
        services.TryAddSingleton<IOptionsChangeTokenSource<StrategyModelOptions>>(new ConfigurationChangeTokenSource<StrategyModelOptions>(configuration));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StrategyModelOptions>>(
            new StrategyModelOptionsValidator(configuration is IConfigurationSection section ? section.Path : string.Empty)));
        return services.AddStrategyModelCore(sp => sp.GetRequiredService<IOptions<StrategyModelOptions>>().Value);
    }

    // Each section is bound on its own (by the configuration-binding source generator): UppsalaOptions.StageMapping is a
    // table, not a value a configuration holds, so Uppsala's one scalar is read by hand. Unknown keys throw, naming the key,
    // so that a misspelt threshold does not silently keep its default.
    private static void Bind(IConfiguration configuration, StrategyModelOptions options)
    {
        string[] known = [nameof(options.Oli), nameof(options.TransactionCosts), nameof(options.GenericStrategies), nameof(options.BornGlobal),
            nameof(options.Uppsala), nameof(options.Drivers), nameof(options.Analysis)];
        foreach (var child in configuration.GetChildren().Where(c => !known.Contains(c.Key, StringComparer.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"'{child.Path}' is not a StrategyModel option; the sections are {string.Join(", ", known)}.");
        }

        Named(configuration.GetSection(nameof(options.Oli)), section => section.Bind(options.Oli, Strict));
        Named(configuration.GetSection(nameof(options.TransactionCosts)), section => section.Bind(options.TransactionCosts, Strict));
        Named(configuration.GetSection(nameof(options.GenericStrategies)), section => section.Bind(options.GenericStrategies, Strict));
        Named(configuration.GetSection(nameof(options.BornGlobal)), section => section.Bind(options.BornGlobal, Strict));
        Named(configuration.GetSection(nameof(options.Drivers)), section => section.Bind(options.Drivers, Strict));
        Named(configuration.GetSection(nameof(options.Analysis)), section => section.Bind(options.Analysis, Strict));
        var uppsala = configuration.GetSection(nameof(options.Uppsala));
        foreach (var child in uppsala.GetChildren().Where(c => !string.Equals(c.Key, nameof(UppsalaOptions.MaxYearsPerStageForFastPace), StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"'{child.Path}' is not a StrategyModel option that configuration can set (only {uppsala.Path}:{nameof(UppsalaOptions.MaxYearsPerStageForFastPace)}; set the stage mapping in code).");
        }

        if (uppsala.GetValue<int?>(nameof(UppsalaOptions.MaxYearsPerStageForFastPace)) is { } years)
        {
            options.Uppsala.MaxYearsPerStageForFastPace = years;
        }
    }

    private static void Strict(BinderOptions binder) => binder.ErrorOnUnknownConfiguration = true;

    // The binder names the property of an unknown key but not its section: say where it is.
    private static void Named(IConfigurationSection section, Action<IConfigurationSection> bind)
    {
        try
        {
            bind(section);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"Configuration section '{section.Path}': {e.Message}", e);
        }
    }

    private static IServiceCollection AddStrategyModelCore(this IServiceCollection services, Func<IServiceProvider, StrategyModelOptions> options)
    {
        services.TryAddSingleton(options);
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
