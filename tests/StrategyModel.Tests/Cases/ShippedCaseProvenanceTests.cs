using System.Text;
using StrategyModel.Cases;
using StrategyModel.Evidence;
using Xunit.Abstractions;

namespace StrategyModel.Tests.Cases;

/// <summary>Every fact of every shipped case stands on its source: the quote is verbatim, numbers carry unit and year, assessments name their facts.</summary>
public sealed class ShippedCaseProvenanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> CaseIds() => [.. CaseLibrary.Shipped.CaseIds];

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    [Fact]
    public void Shipped_CasesTogether_HoldAtLeast150CitedFacts()
    {
        var count = CaseLibrary.Shipped.CaseIds.Sum(id => CaseLibrary.Shipped.Get(id).Facts.Length);
        output.WriteLine($"cited facts across the shipped cases: {count}");

        count.Should().BeGreaterThanOrEqualTo(150);
        CaseLibrary.Shipped.CaseIds.Should().Contain(["alibaba-group", "ecommerce-peers"]);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Shipped_EveryQuote_StandsVerbatimInItsDocument(string caseId)
    {
        var c = CaseLibrary.Shipped.Get(caseId);
        var texts = c.Documents.ToDictionary(d => d.Id, d => Collapse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sources", d.File))));
        var quotes = 0;
        var missing = new List<string>();
        foreach (var fact in c.Facts)
        {
            fact.Citations.Should().NotBeEmpty("fact {0} must cite a source", fact.Id);
            foreach (var citation in fact.Citations)
            {
                quotes++;
                if (!texts[citation.Document].Contains(Collapse(citation.Quote), StringComparison.Ordinal))
                {
                    missing.Add($"{fact.Id}: \"{citation.Quote}\" not in {citation.Document}");
                }
            }
        }

        output.WriteLine($"{caseId}: {c.Facts.Length} facts, {quotes} quotes checked verbatim against {texts.Count} documents");
        missing.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Shipped_EveryNumericFact_HasUnitAndYear(string caseId)
    {
        var numeric = CaseLibrary.Shipped.Get(caseId).Facts.Where(f => f.IsNumeric).ToList();

        numeric.Should().NotBeEmpty();
        numeric.Should().OnlyContain(f => f.Unit != null && f.Year != null);
        numeric.Where(f => f.Value is null).Should().OnlyContain(f => !string.IsNullOrWhiteSpace(f.UnknownReason));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Shipped_EveryAssessment_NamesTheFactsItRestsOnAndItsReasoning(string caseId)
    {
        var c = CaseLibrary.Shipped.Get(caseId);

        c.Assessments.Should().OnlyContain(a => a.RestsOn.Length > 0 && a.Reasoning.Length > 20);
        foreach (var id in c.Assessments.SelectMany(a => a.RestsOn))
        {
            c.TryGetFact(id, out _).Should().BeTrue("assessments rest on facts of the same case ({0})", id);
        }
    }

    [Fact]
    public void Shipped_Documents_AreTheFiveSources()
    {
        var files = CaseLibrary.Shipped.CaseIds.SelectMany(id => CaseLibrary.Shipped.Get(id).Documents).Select(d => d.File).Distinct();

        files.Should().HaveCount(5).And.BeSubsetOf(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Sources")).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Shipped_Case_RoundTripsThroughTheWriter(string caseId)
    {
        var c = CaseLibrary.Shipped.Get(caseId);
        var bytes = CaseWriter.ToUtf8Bytes(c);
        using var file = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(RepositoryPaths.Of("src", "StrategyModel", "Cases", "Data", caseId + ".json")));
        if (file.RootElement.GetProperty("schemaVersion").GetInt32() == 1 && c.Assessments.Any(a => a.Rates is not null))
        {
            // A version 1 file lacks what version 2 requires of a rating (its confidence and the year it speaks for), and only that:
            // the upgrade must carry everything else into a version 2 file.
            var act = () => CaseLoader.Parse(bytes, caseId + ".json");
            var problems = act.Should().Throw<CaseValidationException>().Which.Problems;
            problems.Should().OnlyContain(p => p.Code == CaseProblemCodes.MissingRequired && (p.Path.EndsWith(".rates.confidence", StringComparison.Ordinal) || p.Path.EndsWith(".rates.asOf", StringComparison.Ordinal)));
            problems.Should().HaveCount(2 * c.Assessments.Count(a => a.Rates is not null));
            return;
        }

        var reloaded = CaseLoader.Parse(bytes, caseId + ".json");

        reloaded.Should().Be(c);
        CaseWriter.ToUtf8Bytes(reloaded).Should().Equal(bytes);
    }
}
