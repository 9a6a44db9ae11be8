using System.Text.RegularExpressions;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;
using StrategyModel.Sensitivity;

namespace StrategyModel.Tests.Reports;

/// <summary>Issue 16, reports people can read: the Markdown report opens with a verdict summary per market in plain words, computed
/// from the analysis, with no identifiers and no evidence ids; evidence ids live in numbered notes at the end; tables show fact
/// statements, not quotes; one humanizer and one plural rule are used everywhere.</summary>
public sealed class MarkdownSummaryTests
{
    private static readonly Lazy<(CaseAnalysis Analysis, RobustnessReport Robustness, string Markdown)> Alibaba = new(() =>
    {
        var c = CaseLibrary.Shipped.Get("alibaba-group");
        var analysis = new CaseAnalyzer().Analyze(c, 2018);
        var robustness = new RobustnessAnalyzer().Analyze(c, 2018);
        return (analysis, robustness, MarkdownReport.Render(analysis, null, robustness));
    });

    [Theory]
    [InlineData("SalesSubsidiary", "sales subsidiary")]
    [InlineData("ForeignDirectInvestment", "foreign direct investment")]
    [InlineData("CrossBorderECommerce", "cross-border e-commerce")]
    [InlineData("IndependentRepresentatives", "independent representatives")]
    [InlineData("InternationalAmongOthers", "international among others")]
    [InlineData("NotMet", "not met")]
    [InlineData("Export", "export")]
    [InlineData("B2B", "B2B")]
    [InlineData("Rennie1993AsThesis", "Rennie (1993) as the thesis reads it")]
    [InlineData("followed the chain", "followed the chain")]
    [InlineData("", "")]
    public void Humanize_TurnsIdentifiersIntoWords(string identifier, string expected) => MarkdownReport.Humanize(identifier).Should().Be(expected);

    [Fact]
    public void HumanizeText_ReplacesEnumIdentifiersOnly() =>
        MarkdownReport.HumanizeText("Export: the stage went IndependentRepresentatives (2012, CrossBorderECommerce) -> SalesSubsidiary (2016, Acquisition) at AliExpress in Russia: NotMet.")
            .Should().Be("Export: the stage went independent representatives (2012, cross-border e-commerce) -> sales subsidiary (2016, acquisition) at AliExpress in Russia: not met.");

    [Theory]
    [InlineData(0, "input", null, "0 inputs")]
    [InlineData(1, "input", null, "1 input")]
    [InlineData(2, "input", null, "2 inputs")]
    [InlineData(1, "analysis", "analyses", "1 analysis")]
    [InlineData(3, "analysis", "analyses", "3 analyses")]
    public void Count_SingularAndPlural(int count, string singular, string? plural, string expected) =>
        MarkdownReport.Count(count, singular, plural).Should().Be(expected);

    [Fact]
    public void Render_OpensWithASummaryPerMarketInPlainWords_ComputedByTheAnalyzer()
    {
        var (analysis, robustness, markdown) = Alibaba.Value;
        var summary = SummaryOf(markdown);

        markdown.IndexOf("## Summary", StringComparison.Ordinal).Should().BeLessThan(markdown.IndexOf("## Findings across frameworks", StringComparison.Ordinal));
        foreach (var m in analysis.Markets)
        {
            var section = MarketSection(summary, m.MarketName);
            Line(section, "Route").Should().ContainAll(Words(m.GetVerdict("oli.route")));
            Line(section, "Control").Should().ContainAll(Words(m.GetVerdict("transaction-costs.control")));
            Line(section, "Entry mode").Should().ContainAll(Words(m.GetVerdict("entry-modes.best")));
            Line(section, "Entry mode").Should().Contain(MarkdownReport.Humanize(m.CurrentMode!.Value));
            Line(section, "Uppsala").Should().Contain("stage in force " + MarkdownReport.Humanize(m.Uppsala.StageAtEnd));
            Line(section, "Uppsala").Should().Contain(m.Uppsala.FollowedChain ? "followed the establishment chain" : "skipped");
            Line(section, "Network model").Should().ContainAll(Words(m.GetVerdict("network-model.situation")));
            Line(section, "Porter").Should().ContainAll(Words(m.GetVerdict("generic-strategies.strategy")));
            foreach (var v in analysis.Vrio.Where(v => v.Market is null || v.Market == m.MarketId))
            {
                Line(section, "VRIO").Should().Contain(MarkdownReport.Humanize(v.Implication)).And.Contain(v.Resource.Replace('-', ' '));
            }

            var lines = robustness.For(m.MarketId);
            var kept = lines.Count(r => r.Kept == r.Perturbations);
            Line(section, "Robustness").Should().Contain($"{kept} of {lines.Length} verdicts {(kept == 1 ? "keeps its" : "keep their")} value");
        }
    }

    [Fact]
    public void Render_WithoutRobustness_SummaryHasNoRobustnessLine()
    {
        var (analysis, _, _) = Alibaba.Value;

        SummaryOf(MarkdownReport.Render(analysis)).Should().NotContain("**Robustness**").And.Contain("**Route**");
    }

    [Fact]
    public void Summary_HasNoEnumIdentifiersNorEvidenceIds()
    {
        var (analysis, _, markdown) = Alibaba.Value;
        var summary = SummaryOf(markdown);

        // Every two-word-or-longer member name of the library's public enums (SalesSubsidiary, NotMet, ...).
        var identifiers = typeof(CaseAnalysis).Assembly.GetExportedTypes().Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames).Where(n => Regex.IsMatch(n, "^[A-Z][a-z0-9]+[A-Z]")).Distinct().ToList();
        identifiers.Should().Contain("SalesSubsidiary");
        var words = Regex.Matches(summary, @"\b\w+\b").Select(w => w.Value).ToHashSet();
        words.Should().NotIntersectWith(identifiers);

        var evidenceIds = analysis.Facts.Select(f => f.Id)
            .Concat(analysis.Findings.SelectMany(f => f.Evidence))
            .Concat(analysis.Markets.SelectMany(m => m.Inputs.SelectMany(i => i.Evidence)))
            .Distinct().ToList();
        evidenceIds.Should().NotBeEmpty();
        evidenceIds.Should().NotContain(id => summary.Contains(id, StringComparison.Ordinal));
        summary.Should().NotContain("[E");
    }

    [Fact]
    public void Summary_UsesSingularForOne()
    {
        var summary = SummaryOf(Alibaba.Value.Markdown);

        Regex.IsMatch(summary, @"(?<![\d.])\b1 (verdicts|changes|inputs|unrated inputs|rated drivers)\b").Should().BeFalse();
        Regex.IsMatch(summary, @"(?<![\d.])\b([02-9]|\d\d+) (verdict|change|unrated input|rated driver)\b(?! of)").Should().BeFalse();
    }

    [Fact]
    public void Render_EvidenceIdsLeaveSentences_ForNumberedNotesAtTheEnd()
    {
        var (analysis, _, markdown) = Alibaba.Value;
        var evidenceAt = markdown.IndexOf("\n## Evidence\n", StringComparison.Ordinal);
        evidenceAt.Should().BePositive();
        var body = markdown[..evidenceAt];
        var notes = markdown[evidenceAt..];

        // No finding sentence carries an evidence list; each cites a note that the evidence section defines with the finding's ids.
        body.Should().NotContain("evidence: f-");
        var finding = analysis.Findings.First(f => f.Evidence.Length > 1);
        var line = body.Split('\n').Single(l => l.StartsWith($"- `{finding.RuleId}`", StringComparison.Ordinal));
        var note = Regex.Match(line, @"\[(E\d+)\]$").Groups[1].Value;
        note.Should().NotBeEmpty();
        notes.Should().Contain($"- {note}: " + string.Join(", ", finding.Evidence) + "\n");

        // The facts whose statements the platform table shows follow with their quotes.
        var fact = analysis.Facts.First(f => f.Topic == StrategyModel.Evidence.FactTopic.PlatformFeatures && analysis.PlatformModels.Any(r => r.Evidence.Contains(f.Id)));
        notes.Should().Contain($"- {fact.Id}: {MarkdownReport.EscapeInline(fact.Statement)} Quoted: \"{MarkdownReport.EscapeInline(fact.Citations[0].Quote)}\"");
    }

    [Fact]
    public void Render_PlatformModelsTable_ShowsFactStatementsNotQuotes()
    {
        var (analysis, _, markdown) = Alibaba.Value;
        var table = markdown[markdown.IndexOf("## Cross-border platform models", StringComparison.Ordinal)..markdown.IndexOf("## Drivers of internationalization", StringComparison.Ordinal)];
        var facts = analysis.Facts.Where(f => f.Topic is StrategyModel.Evidence.FactTopic.PlatformFeatures or StrategyModel.Evidence.FactTopic.PlatformFlow
            && analysis.PlatformModels.Any(r => r.Evidence.Contains(f.Id))).ToList();

        facts.Should().NotBeEmpty();
        facts.Should().OnlyContain(f => table.Contains(MarkdownReport.EscapeCell(f.Statement), StringComparison.Ordinal));
        facts.Where(f => f.Citations[0].Quote != f.Statement).Should().OnlyContain(f => !table.Contains(MarkdownReport.EscapeCell(f.Citations[0].Quote), StringComparison.Ordinal));
    }

    // A determined verdict in words; an undetermined one says so and names every value it can take, with the number of unrated inputs.
    private static List<string> Words(VerdictRange range) => range.Value is { } value
        ? [MarkdownReport.Humanize(value)]
        : ["undetermined", .. range.Branches.Select(b => MarkdownReport.Humanize(b.Value)), MarkdownReport.Count(range.DecidingInputs.Length, "unrated input")];

    private static string SummaryOf(string markdown)
    {
        var start = markdown.IndexOf("## Summary\n", StringComparison.Ordinal);
        start.Should().BePositive();
        return markdown[start..markdown.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
    }

    private static string MarketSection(string summary, string market)
    {
        var start = summary.IndexOf("### " + MarkdownReport.EscapeInline(market) + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the summary has a section for {0}", market);
        var end = summary.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
        return end < 0 ? summary[start..] : summary[start..end];
    }

    private static string Line(string section, string label) =>
        section.Split('\n').SingleOrDefault(l => l.StartsWith($"- **{label}**", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No '{label}' line in:\n{section}");
}
