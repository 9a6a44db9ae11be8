using Microsoft.Extensions.DependencyInjection;
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

namespace StrategyModel.Tests.DependencyInjection;

public sealed class AddStrategyModelTests
{
    [Fact]
    public void AddStrategyModel_EveryRegisteredService_Resolves()
    {
        var services = new ServiceCollection().AddStrategyModel();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        foreach (var descriptor in services)
        {
            provider.GetRequiredService(descriptor.ServiceType).Should().NotBeNull(descriptor.ServiceType.Name);
        }

        services.Select(d => d.ServiceType).Should().Contain([typeof(IOliEvaluator), typeof(ITransactionCostEvaluator), typeof(IEntryModeAdvisor), typeof(IGenericStrategyEvaluator), typeof(IBornGlobalEvaluator), typeof(IUppsalaEvaluator), typeof(INetworkEvaluator), typeof(IVrioEvaluator), typeof(IDriversEvaluator), typeof(ICaseLibrary), typeof(StrategyModel.Analysis.ICaseAnalyzer)]);
        services.Should().OnlyContain(d => d.Lifetime == ServiceLifetime.Singleton);
    }

    [Fact]
    public void AddStrategyModel_CalledTwice_ChangesNothing()
    {
        var once = new ServiceCollection().AddStrategyModel();
        var twice = new ServiceCollection().AddStrategyModel().AddStrategyModel(o => o.Oli.LocationThreshold = Strength.Strong);

        twice.Select(d => d.ServiceType).Should().Equal(once.Select(d => d.ServiceType));
        using var provider = twice.BuildServiceProvider();
        provider.GetRequiredService<StrategyModelOptions>().Oli.LocationThreshold.Should().Be(Strength.Moderate);
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
        var nullConfigure = () => new ServiceCollection().AddStrategyModel(null!);

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
}
