using System.Reflection;
using System.Text;
using StrategyModel.Oli;

namespace StrategyModel.Tests.Api;

/// <summary>
/// The public-API record: a text rendering of every public type and member, compared with the checked-in file.
/// An intended API change is a reviewed diff of <c>Api/*.api.txt</c>: run the tests with STRATEGYMODEL_ACCEPT_API=1 to rewrite it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void StrategyModel_PublicSurface_MatchesRecord() => Check(typeof(OliEvaluator).Assembly, "StrategyModel.api.txt");

    [Fact]
    public void DependencyInjection_PublicSurface_MatchesRecord() => Check(typeof(StrategyModelServiceCollectionExtensions).Assembly, "StrategyModel.DependencyInjection.api.txt");

    [Fact]
    public void Render_ChangedSurface_ChangesTheRecord()
    {
        // The renderer must see members, not only type names: two assemblies with the same types but different members differ.
        var core = PublicApi.Render(typeof(OliEvaluator).Assembly);
        core.Should().Contain("method StrategyModel.Oli.OliAssessment StrategyModel.Oli.OliEvaluator.Evaluate(StrategyModel.Oli.OliProfile profile)");
        core.Should().Contain("property StrategyModel.Strength StrategyModel.Oli.OliOptions.LocationThreshold { get; set; }");
    }

    private static void Check(Assembly assembly, string fileName)
    {
        var actual = PublicApi.Render(assembly);
        var recordPath = RepositoryPaths.Of("tests", "StrategyModel.Tests", "Api", fileName);
        if (Environment.GetEnvironmentVariable("STRATEGYMODEL_ACCEPT_API") == "1")
        {
            File.WriteAllText(recordPath, actual, new UTF8Encoding(false));
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Api", fileName)).ReplaceLineEndings("\n");
        actual.Should().Be(expected, "the public API changed; if intended, run the tests with STRATEGYMODEL_ACCEPT_API=1 and review the diff of Api/{0}", fileName);
    }
}
