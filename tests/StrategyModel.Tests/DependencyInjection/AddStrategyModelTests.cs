using Microsoft.Extensions.DependencyInjection;
using StrategyModel.Analysis;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.Reporting;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;
using StrategyModel.Vrio;

namespace StrategyModel.Tests.DependencyInjection;

public sealed class AddStrategyModelTests
{
    /// <summary>One non-default setting per options group, by name; each changes the rendered Alibaba analysis (every finding names the options it compared).</summary>
    private static readonly Dictionary<string, Action<StrategyModelOptions>> Settings = new()
    {
        ["oli"] = o => o.Oli.LocationThreshold = Strength.Strong,
        ["transaction-costs"] = o => o.TransactionCosts.HighThreshold = Strength.Moderate,
        ["generic-strategies"] = o => o.GenericStrategies.AdvantageThreshold = Strength.Strong,
        ["born-global"] = o => o.BornGlobal.ManyCountriesThreshold = 3,
        ["uppsala"] = o => o.Uppsala.MaxYearsPerStageForFastPace = 5,
        ["drivers"] = o => o.Drivers.PresenceThreshold = Strength.Strong,
        ["analysis"] = o => o.Analysis.HighInternetPenetrationPercent = 95m,
    };

    public static TheoryData<string> SettingNames() => [.. Settings.Keys];

    [Fact]
    public void AddStrategyModel_EveryRegisteredService_Resolves()
    {
        var services = new ServiceCollection().AddStrategyModel();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        services.Select(d => d.ServiceType).Should().BeEquivalentTo(
            [typeof(StrategyModelOptions), typeof(IOliEvaluator), typeof(ITransactionCostEvaluator), typeof(IEntryModeAdvisor), typeof(IGenericStrategyEvaluator), typeof(IBornGlobalEvaluator), typeof(IUppsalaEvaluator), typeof(INetworkEvaluator), typeof(IVrioEvaluator), typeof(IDriversEvaluator), typeof(ICaseLibrary), typeof(ICaseAnalyzer)],
            "AddStrategyModel registers exactly the options, the nine evaluators, the case library and the analyzer");
        services.Should().OnlyContain(d => d.Lifetime == ServiceLifetime.Singleton);
        foreach (var descriptor in services)
        {
            var first = provider.GetRequiredService(descriptor.ServiceType);
            first.Should().BeAssignableTo(descriptor.ServiceType);
            provider.GetRequiredService(descriptor.ServiceType).Should().BeSameAs(first, "{0} is a singleton", descriptor.ServiceType.Name);
        }

        provider.GetRequiredService<ICaseLibrary>().Should().BeSameAs(CaseLibrary.Shipped);
    }

    [Fact]
    public void AddStrategyModel_CalledTwice_ChangesNothing()
    {
        var services = new ServiceCollection().AddStrategyModel();
        var afterFirstCall = services.ToList();

        services.AddStrategyModel(o => o.Oli.LocationThreshold = Strength.Strong);

        // The very same descriptors, in the same order: nothing added, replaced or removed.
        services.Should().Equal(afterFirstCall, ReferenceEquals, "a second call must leave every registration of the first in place");
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<StrategyModelOptions>().Oli.LocationThreshold.Should().Be(Strength.Moderate);
    }

    [Fact]
    public void AddStrategyModel_CalledTwice_RegistersWhatOneCallRegisters()
    {
        var once = new ServiceCollection().AddStrategyModel();
        var twice = new ServiceCollection().AddStrategyModel().AddStrategyModel(o => o.Oli.LocationThreshold = Strength.Strong);

        twice.Select(Describe).Should().Equal(once.Select(Describe));
    }

    [Theory]
    [MemberData(nameof(SettingNames))]
    public void AddStrategyModel_Configure_ReachesTheAnalyzerThroughItsEvaluators(string setting)
    {
        var configure = Settings[setting];
        using var provider = new ServiceCollection().AddStrategyModel(configure).BuildServiceProvider();
        var options = new StrategyModelOptions();
        configure(options);

        var resolved = Render(provider.GetRequiredService<ICaseAnalyzer>());

        resolved.Should().Be(Render(Build(options)), "the analyzer from the container runs every evaluator with the configured options");
        resolved.Should().NotBe(Render(new CaseAnalyzer()), "the {0} setting changes the analysis, so a registration that ignored it would show", setting);
    }

    [Fact]
    public void AddStrategyModel_Configure_ReachesTheEvaluator()
    {
        using var provider = new ServiceCollection()
            .AddStrategyModel(o => o.Oli.LocationThreshold = Strength.Strong)
            .BuildServiceProvider();
        var profile = new OliProfile { AssetOwnership = Strength.Strong, Internalization = Strength.Strong, Location = Strength.Moderate };

        provider.GetRequiredService<IOliEvaluator>().Evaluate(profile).Route.Should().Be(ServingRoute.Export);
    }

    [Fact]
    public void AddStrategyModel_UserRegistrationFirst_IsKept()
    {
        var mine = new OliEvaluator(new OliOptions { OwnershipThreshold = Strength.Weak });
        using var provider = new ServiceCollection().AddSingleton<IOliEvaluator>(mine).AddStrategyModel().BuildServiceProvider();

        provider.GetRequiredService<IOliEvaluator>().Should().BeSameAs(mine);
    }

    [Fact]
    public void AddStrategyModel_NullArguments_Throw()
    {
        var nullServices = () => StrategyModelServiceCollectionExtensions.AddStrategyModel(null!);
        var nullConfigure = () => new ServiceCollection().AddStrategyModel((Action<StrategyModelOptions>)null!);

        nullServices.Should().Throw<ArgumentNullException>().WithParameterName("services");
        nullConfigure.Should().Throw<ArgumentNullException>().WithParameterName("configure");
    }

    [Fact]
    public void AddStrategyModel_ConfigureGenericStrategies_ReachesTheEvaluator()
    {
        using var provider = new ServiceCollection()
            .AddStrategyModel(o => o.GenericStrategies.AdvantageThreshold = Strength.Strong)
            .BuildServiceProvider();
        var profile = new GenericStrategyProfile { CostAdvantage = Strength.Strong, Differentiation = Strength.Moderate, Scope = CompetitiveScope.Broad };

        provider.GetRequiredService<IGenericStrategyEvaluator>().DecideStrategy(profile).Should().Be(GenericStrategy.CostLeadership);
    }

    [Fact]
    public void AddStrategyModel_ConfigureBornGlobal_ReachesTheEvaluator()
    {
        using var provider = new ServiceCollection()
            .AddStrategyModel(o => o.BornGlobal.ManyCountriesThreshold = 3)
            .BuildServiceProvider();
        var profile = new BornGlobalProfile
        {
            FoundedYear = 2000,
            FirstForeignSaleYear = Observation.Known(2001),
            ForeignSalesSharePercent = Observation.Known(80m),
            ValueChainCoordination = ValueChainCoordination.Many,
            CountriesInvolved = Observation.Known(3),
        };

        provider.GetRequiredService<IBornGlobalEvaluator>().Evaluate(profile).VentureType.Should().Be(NewVentureType.GlobalStartup);
    }

    private static string Render(ICaseAnalyzer analyzer)
    {
        var analysis = analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        return JsonReport.Render(analysis, analyzer.Compare(analysis, "russia", "southeast-asia"));
    }

    /// <summary>The analyzer wired by hand from the options, as the registration is documented to wire it.</summary>
    private static CaseAnalyzer Build(StrategyModelOptions o) => new(
        new OliEvaluator(o.Oli),
        new TransactionCostEvaluator(o.TransactionCosts),
        new EntryModeAdvisor(),
        new GenericStrategyEvaluator(o.GenericStrategies),
        new BornGlobalEvaluator(o.BornGlobal),
        new UppsalaEvaluator(o.Uppsala),
        new NetworkEvaluator(),
        new VrioEvaluator(),
        new DriversEvaluator(o.Drivers),
        o.Analysis);

    private static string Describe(ServiceDescriptor d) =>
        $"{d.ServiceType.FullName} {d.Lifetime} type={d.ImplementationType?.FullName} instance={d.ImplementationInstance?.GetType().FullName} factory={d.ImplementationFactory is not null}";
}
