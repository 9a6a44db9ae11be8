using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;
using StrategyModel.Sensitivity;

namespace StrategyModel.Tests.Reports;

/// <summary>Issue 15: every user string in the Markdown report is escaped for where it stands, so a name cannot break a table,
/// inject a heading or pass HTML through. One test per context of the escaper, then an end-to-end render of a hostile case.</summary>
public sealed class MarkdownEscapingTests
{
    private const string Payload = "A|B\\|C\n# Injected <script>alert(1)</script> `tick` & *bold* _u_ [link](x)";

    [Fact]
    public void EscapeHtml_EncodesMarkupCharacters()
    {
        MarkdownReport.EscapeHtml("<a href=\"x\">Fish & chips</a>").Should().Be("&lt;a href=\"x\">Fish & chips&lt;/a>");
        MarkdownReport.EscapeHtml("<!-- c --> <https://x.org>").Should().Be("&lt;!-- c --> &lt;https://x.org>");
        MarkdownReport.EscapeHtml("&lt;b&gt; &#60; &").Should().Be("&amp;lt;b&amp;gt; &amp;#60; &");
        MarkdownReport.EscapeHtml("plain text").Should().Be("plain text");
    }

    [Theory]
    [InlineData("# Title", "\\# Title")]
    [InlineData("  ## Title", "\\## Title")]
    [InlineData("> quote", "&gt; quote")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("= underline", "\\= underline")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("12) twelfth", "12\\) twelfth")]
    [InlineData("a*b_c`d[e]f\\g", "a\\*b\\_c\\`d\\[e\\]f\\\\g")]
    [InlineData("line one\nline two\r\n# three", "line one line two  # three")]
    [InlineData("<script>x</script>", "&lt;script>x&lt;/script>")]
    [InlineData("a -> b", "a -> b")]
    [InlineData("A|B", "A|B")]
    [InlineData("Alibaba Group", "Alibaba Group")]
    public void EscapeInline_HeadingsAndParagraphs(string text, string expected) => MarkdownReport.EscapeInline(text).Should().Be(expected);

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("a\\|b", "a\\\\\\|b")]
    [InlineData("one\ntwo", "one two")]
    [InlineData("# x | <b>", "\\# x \\| &lt;b>")]
    public void EscapeCell_TableCells(string text, string expected) => MarkdownReport.EscapeCell(text).Should().Be(expected);

    [Theory]
    [InlineData("f-ru-entry-2012", "`f-ru-entry-2012`")]
    [InlineData("a`b", "a\\`b")]
    [InlineData("<script>", "&lt;script>")]
    [InlineData("a|b", "a\\|b")]
    public void Code_IdentifiersAsCodeUnlessUnsafe(string text, string expected) => MarkdownReport.Code(text).Should().Be(expected);

    [Fact]
    public void Render_HostileNames_KeepTablesHeadingsAndNoRawHtml()
    {
        var shipped = CaseLibrary.Shipped.Get("alibaba-group");
        var hostile = Hostile(shipped);
        var analyzer = new CaseAnalyzer();
        var analysis = analyzer.Analyze(hostile, 2018);
        var comparison = analyzer.Compare(analysis, "russia", "southeast-asia");
        var robustness = new RobustnessAnalyzer();
        var scenario = new Scenario(Payload, [ScenarioOverride.Input("transaction-costs.asset-specificity", "Strong", "russia")]) { Description = Payload };
        var markdown = MarkdownReport.Render(analysis, comparison, robustness.Analyze(hostile, 2018), [robustness.Compare(hostile, 2018, scenario)]);

        // The hostile strings reached the report, escaped.
        analysis.FirmName.Should().Contain("<script>");
        analysis.Markets.Should().OnlyContain(m => m.MarketName.Contains('|'));
        analysis.Markets.SelectMany(m => m.Partners).Should().Contain(p => p.Name.Contains("<script>"));
        markdown.Should().Contain("A\\|B\\\\\\|C # Injected &lt;script>alert(1)&lt;/script> \\`tick\\` & \\*bold\\* \\_u\\_ \\[link\\](x)");

        markdown.Should().NotContainAny(["<script", "<SCRIPT"]);
        Regex.IsMatch(markdown, "<[A-Za-z/!?]").Should().BeFalse("no raw HTML tag may pass through");
        markdown.Split('\n').Should().NotContain(l => Regex.IsMatch(l, @"^\s{0,3}#+\s*Injected"), "no user string may start a heading");

        // The same render of the shipped case has the same tables, each row with its header's column count.
        var plain = new CaseAnalyzer().Analyze(shipped, 2018);
        var plainMarkdown = MarkdownReport.Render(plain, analyzer.Compare(plain, "russia", "southeast-asia"), robustness.Analyze(shipped, 2018), [robustness.Compare(shipped, 2018, scenario with { })]);
        var tables = Tables(markdown);
        tables.Should().NotBeEmpty();
        foreach (var table in tables)
        {
            table.Rows.Should().OnlyContain(r => Columns(r) == Columns(table.Rows[0]), "every row of table '{0}' keeps its header's columns", table.Rows[0]);
        }

        tables.Select(t => (t.Rows.Count, Columns(t.Rows[0]))).Should().Equal(Tables(plainMarkdown).Select(t => (t.Rows.Count, Columns(t.Rows[0]))));
    }

    // The shipped case with the payload in its title, every firm name (the analysed firm and its partners), market name, fact
    // statement and quote.
    internal static Case Hostile(Case c) => c with
    {
        Title = Payload + " " + c.Title,
        Firms = [.. c.Firms.Select(f => f with { Name = f.Name + " " + Payload })],
        Markets = [.. c.Markets.Select(m => m with { Name = "# Injected " + m.Name + " " + Payload })],
        Facts = [.. c.Facts.Select(f => f with
        {
            Statement = Payload + " " + f.Statement,
            Citations = [.. f.Citations.Select(q => q with { Quote = q.Quote + "\n" + Payload })],
        })],
    };

    private static List<(List<string> Rows, int Start)> Tables(string markdown)
    {
        var lines = markdown.Split('\n');
        var tables = new List<(List<string>, int)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('|') && (i == 0 || !lines[i - 1].StartsWith('|')))
            {
                var rows = lines.Skip(i).TakeWhile(l => l.StartsWith('|')).ToList();
                tables.Add((rows, i));
            }
        }

        return tables;
    }

    // Cell delimiters: pipes not escaped by an odd run of backslashes.
    private static int Columns(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] != '|')
            {
                continue;
            }

            var slashes = 0;
            for (var j = i - 1; j >= 0 && row[j] == '\\'; j--)
            {
                slashes++;
            }

            if (slashes % 2 == 0)
            {
                count++;
            }
        }

        return count;
    }
}
