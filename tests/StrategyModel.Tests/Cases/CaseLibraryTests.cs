using StrategyModel.Cases;

namespace StrategyModel.Tests.Cases;

public sealed class CaseLibraryTests
{
    [Fact]
    public void FromDirectory_IdsFromFileNames_SortedOrdinal()
    {
        var library = CaseLibrary.FromDirectory(CaseTestData.Dir("Cases"));

        library.CaseIds.Should().Equal("full", "full-v2", "minimal");
        library.CaseIds.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Get_ConcurrentFirstCalls_ReturnTheSameInstance()
    {
        var library = CaseLibrary.FromDirectory(CaseTestData.Dir("Cases"));

        var cases = new Case[32];
        Parallel.For(0, cases.Length, i => cases[i] = library.Get("full"));

        cases.Should().OnlyContain(c => ReferenceEquals(c, cases[0]));
        cases[0].Should().Be(CaseTestData.Full);
    }

    [Fact]
    public void Get_UnknownId_ListsAvailableIds()
    {
        var library = CaseLibrary.FromDirectory(CaseTestData.Dir("Cases"));

        var act = () => library.Get("alibaba");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'alibaba'*full, full-v2, minimal*");
    }

    [Fact]
    public void Get_IdDiffersFromFileName_IdMismatch()
    {
        var dir = Directory.CreateTempSubdirectory("strategymodel-cases-");
        try
        {
            File.Copy(CaseTestData.MinimalPath, Path.Combine(dir.FullName, "other.json"));
            var library = CaseLibrary.FromDirectory(dir.FullName);

            var act = () => library.Get("other");

            var ex = act.Should().Throw<CaseValidationException>().Which;
            ex.SourceName.Should().Be("other.json");
            ex.Problems.Should().ContainSingle(p => p.Code == "id-mismatch" && p.Path == "$.id");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Get_AfterAFailedLoad_ReadsTheFileAgain()
    {
        var dir = Directory.CreateTempSubdirectory("strategymodel-cases-");
        try
        {
            var path = Path.Combine(dir.FullName, "minimal.json");
            File.WriteAllText(path, "{ \"schemaVersion\": 1");
            var library = CaseLibrary.FromDirectory(dir.FullName);

            FluentActions.Invoking(() => library.Get("minimal")).Should().Throw<CaseValidationException>();
            File.Copy(CaseTestData.MinimalPath, path, overwrite: true);

            var loaded = library.Get("minimal");
            loaded.Id.Should().Be("minimal");
            library.Get("minimal").Should().BeSameAs(loaded);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Shipped_EveryCaseLoadsAndMatchesItsResourceName()
    {
        var shipped = CaseLibrary.Shipped;

        shipped.Should().BeSameAs(CaseLibrary.Shipped);
        shipped.CaseIds.Should().Equal("alibaba-group", "ecommerce-peers");
        var resources = typeof(CaseLibrary).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("StrategyModel.Cases.Data.", StringComparison.Ordinal));
        resources.Order(StringComparer.Ordinal).Should().Equal("StrategyModel.Cases.Data.alibaba-group.json", "StrategyModel.Cases.Data.ecommerce-peers.json");
        foreach (var id in shipped.CaseIds)
        {
            shipped.Get(id).Id.Should().Be(id);
        }
    }

    [Fact]
    public void Get_NullId_Throws() =>
        FluentActions.Invoking(() => CaseLibrary.Shipped.Get(null!)).Should().Throw<ArgumentNullException>();
}
