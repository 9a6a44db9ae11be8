using System.Text;
using StrategyModel.Cases;

namespace StrategyModel.Tests.Samples;

/// <summary>
/// The CompareMarkets sample's case file must be real data: a subset of the shipped Alibaba case, every item copied unchanged
/// (only the firms' evidence lists and facts' bearings on markets outside the subset may be cut), and written in the canonical form of <see cref="CaseWriter"/>. After an intended
/// change to the file, run the tests with STRATEGYMODEL_ACCEPT_SAMPLES=1 to rewrite it in canonical form, and review the diff.
/// </summary>
public sealed class SampleCaseTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "sample-case.json");

    [Fact]
    public void SampleCase_EveryItem_IsCopiedUnchangedFromTheShippedCase()
    {
        var sample = CaseLoader.Load(SamplePath);
        var shipped = CaseLibrary.Shipped.Get("alibaba-group");

        sample.Id.Should().NotBe(shipped.Id, "the subset is its own case");
        sample.Summary.Should().Contain("subset of the shipped case");
        sample.Facts.Should().NotBeEmpty();
        foreach (var fact in sample.Facts)
        {
            // A fact's bearings on markets outside the subset are the only thing that may be cut.
            var original = shipped.GetFact(fact.Id);
            var kept = original with { BearsOn = [.. original.BearsOn.Where(b => b.Market is null || sample.Markets.Any(m => m.Id == b.Market))] };
            fact.Should().Be(kept, "fact {0} keeps its statement and verbatim citations", fact.Id);
        }

        foreach (var document in sample.Documents)
        {
            document.Should().Be(shipped.GetDocument(document.Id));
        }

        foreach (var market in sample.Markets)
        {
            market.Should().Be(shipped.GetMarket(market.Id));
        }

        sample.Entries.Should().NotBeEmpty();
        sample.Entries.Where(e => !shipped.Entries.Contains(e)).Should().BeEmpty();
        sample.Relationships.Where(r => !shipped.Relationships.Contains(r)).Should().BeEmpty();
        sample.Assessments.Where(a => !shipped.Assessments.Contains(a)).Should().BeEmpty();
        sample.Timeline.Where(t => !shipped.Timeline.Contains(t)).Should().BeEmpty();
        sample.Competitors.Where(c => !shipped.Competitors.Contains(c)).Should().BeEmpty();
        foreach (var firm in sample.Firms)
        {
            var original = shipped.GetFirm(firm.Id);
            (firm.Name, firm.HomeCountry, firm.FoundedYear).Should().Be((original.Name, original.HomeCountry, original.FoundedYear));
            firm.Evidence.Should().BeSubsetOf(original.Evidence);
            foreach (var unit in firm.BusinessUnits)
            {
                var originalUnit = original.FindBusinessUnit(unit.Id);
                originalUnit.Should().NotBeNull();
                (unit.Name, unit.PlatformModel, unit.LaunchedYear).Should().Be((originalUnit!.Name, originalUnit.PlatformModel, originalUnit.LaunchedYear));
                unit.Evidence.Should().BeSubsetOf(originalUnit.Evidence);
            }
        }
    }

    [Fact]
    public void SampleCase_File_IsInCanonicalForm()
    {
        var text = File.ReadAllText(SamplePath);
        if (text.Contains("\"schemaVersion\": 1,", StringComparison.Ordinal))
        {
            // Case format version 2: the writer writes version 2 only, and a version 1 rating lacks what version 2 requires (its
            // confidence and year). The sample is a copy of the shipped case, so it stays version 1 exactly as long as the shipped
            // case does, and is rewritten from it (STRATEGYMODEL_ACCEPT_SAMPLES=1) once the shipped case is version 2.
            File.ReadAllText(RepositoryPaths.Of("src", "StrategyModel", "Cases", "Data", "alibaba-group.json"))
                .Should().Contain("\"schemaVersion\": 1,", "the sample moves to version 2 with the shipped case it copies");
            return;
        }

        var canonical = CaseWriter.ToJson(CaseLoader.Load(SamplePath));
        AcceptIfAsked(canonical);
        text.Should().Be(canonical, "the sample's case file is written by CaseWriter");
    }

    private static void AcceptIfAsked(string canonical)
    {
        if (Environment.GetEnvironmentVariable("STRATEGYMODEL_ACCEPT_SAMPLES") == "1")
        {
            File.WriteAllText(RepositoryPaths.Of("samples", "StrategyModel.Samples.CompareMarkets", "sample-case.json"), canonical, new UTF8Encoding(false));
        }
    }
}
