using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyModel.Oli;

namespace StrategyModel.Tests.DependencyInjection;

/// <summary><c>AddStrategyModel(IConfiguration)</c>: thresholds bound from configuration through the options pattern, validated at start,
/// and every rejected value reported under its configuration key.</summary>
public sealed class AddStrategyModelConfigurationTests
{
    private static ServiceProvider Provider(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddStrategyModel(configuration.GetSection("StrategyModel")).BuildServiceProvider();
    }

    [Fact]
    public void AddStrategyModel_Configuration_BindsEachSectionAndKeepsDefaultsElsewhere()
    {
        using var provider = Provider(
            ("StrategyModel:Oli:LocationThreshold", "Strong"),
            ("StrategyModel:Uppsala:MaxYearsPerStageForFastPace", "5"),
            ("StrategyModel:Drivers:PresenceThreshold", "Strong"));

        var options = provider.GetRequiredService<StrategyModelOptions>();

        options.Oli.LocationThreshold.Should().Be(Strength.Strong);
        options.Uppsala.MaxYearsPerStageForFastPace.Should().Be(5);
        options.Oli.OwnershipThreshold.Should().Be(new OliOptions().OwnershipThreshold, "a key left out keeps its default");
        provider.GetRequiredService<IOptions<StrategyModelOptions>>().Value.Should().BeSameAs(options);
    }

    // Dunning's eclectic paradigm (Dunning 1980; 1988): a firm goes abroad by FDI only when the host country's location advantage
    // meets the bar, else it exports. Worked example of our own: a firm with strong ownership and internalization advantages and a
    // moderate location advantage invests under the default (moderate) bar and exports once configuration raises the bar to strong.
    [Fact]
    public void AddStrategyModel_ConfiguredLocationThreshold_ReachesTheEvaluator_Dunning1980ModerateLocationExports()
    {
        var profile = new OliProfile { AssetOwnership = Strength.Strong, Internalization = Strength.Strong, Location = Strength.Moderate };
        using var byDefault = Provider();
        using var strict = Provider(("StrategyModel:Oli:LocationThreshold", "Strong"));

        byDefault.GetRequiredService<IOliEvaluator>().Evaluate(profile).Route.Should().Be(ServingRoute.ForeignDirectInvestment);
        strict.GetRequiredService<IOliEvaluator>().Evaluate(profile).Route.Should().Be(ServingRoute.Export);
    }

    [Fact]
    public void AddStrategyModel_RejectedValue_FailsStartValidationNamingTheKey()
    {
        using var provider = Provider(("StrategyModel:Oli:OwnershipThreshold", "Unspecified"), ("StrategyModel:Uppsala:MaxYearsPerStageForFastPace", "-1"));

        var atStart = FluentActions.Invoking(() => provider.GetRequiredService<IStartupValidator>().Validate())
            .Should().Throw<OptionsValidationException>().Which;
        atStart.Failures.Should().Contain(f => f.StartsWith("StrategyModel:Oli:OwnershipThreshold: ", StringComparison.Ordinal));
        atStart.Failures.Should().Contain(f => f.StartsWith("StrategyModel:Uppsala:MaxYearsPerStageForFastPace: ", StringComparison.Ordinal));
        FluentActions.Invoking(() => provider.GetRequiredService<IOliEvaluator>())
            .Should().Throw<OptionsValidationException>().WithMessage("*StrategyModel:Oli:OwnershipThreshold*");
    }

    [Fact]
    public void AddStrategyModel_ValidConfiguration_PassesStartValidation()
    {
        using var provider = Provider(("StrategyModel:Oli:OwnershipThreshold", "Weak"));

        FluentActions.Invoking(() => provider.GetRequiredService<IStartupValidator>().Validate()).Should().NotThrow();
    }

    [Theory]
    [InlineData("StrategyModel:Oli:OwnershipThreshold", "Strongest")]
    [InlineData("StrategyModel:Oli:OwnershipTreshold", "Strong")]
    [InlineData("StrategyModel:Olli:OwnershipThreshold", "Strong")]
    [InlineData("StrategyModel:Uppsala:StageMapping", "x")]
    public void AddStrategyModel_UnreadableOrUnknownKey_ThrowsNamingIt(string key, string value)
    {
        using var provider = Provider((key, value));

        FluentActions.Invoking(() => provider.GetRequiredService<StrategyModelOptions>())
            .Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain(key[..key.LastIndexOf(':')]);
    }

    [Fact]
    public void AddStrategyModel_Configuration_NullArgumentsThrow()
    {
        FluentActions.Invoking(() => new ServiceCollection().AddStrategyModel((IConfiguration)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddStrategyModel(new ConfigurationBuilder().Build())).Should().Throw<ArgumentNullException>();
    }
}
