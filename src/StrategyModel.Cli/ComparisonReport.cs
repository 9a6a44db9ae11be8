using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StrategyModel.Analysis;

namespace StrategyModel.Cli;

/// <summary>Renders only a market comparison (the thesis's Table 3 layout), for <c>strategymodel compare</c>.</summary>
internal static class ComparisonReport
{
    /// <summary>Renders the comparison as a Markdown table, one line per item.</summary>
    /// <param name="analysis">The analysis the comparison was made from (for the case title and market names).</param>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The Markdown, lines ending in <c>\n</c>.</returns>
    public static string Markdown(CaseAnalysis analysis, MarketComparison comparison)
    {
        var nameA = analysis.GetMarket(comparison.MarketA).MarketName;
        var nameB = analysis.GetMarket(comparison.MarketB).MarketName;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {analysis.CaseTitle}: {nameA} and {nameB} compared, as of {comparison.AsOfYear}\n\n");
        var same = comparison.Cells.Count(c => c.Verdict == CellVerdict.Same);
        var differ = comparison.Cells.Count(c => c.Verdict == CellVerdict.Differ);
        var notComparable = comparison.Cells.Count(c => c.Verdict == CellVerdict.NotComparable);
        sb.Append(CultureInfo.InvariantCulture, $"{Items(same)} the same, {Items(differ)} different, {Items(notComparable)} not comparable (a market not assessed).\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"| Row | Item | Verdict | {Cell(nameA)} | {Cell(nameB)} |\n");
        sb.Append("|---|---|---|---|---|\n");
        foreach (var c in comparison.Cells)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"| {RowName(c.Row)} | {Cell(c.Item)} | {VerdictName(c.Verdict)} | {Cell(Side(c.ValueA, c.StateA))} | {Cell(Side(c.ValueB, c.StateB))} |\n");
        }

        return sb.ToString();
    }

    /// <summary>Renders the comparison as indented JSON with the same enum spellings as <see cref="Reporting.JsonReport"/>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The JSON, ending in a newline.</returns>
    public static string Json(MarketComparison comparison)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("caseId", comparison.CaseId);
            w.WriteNumber("asOfYear", comparison.AsOfYear);
            w.WriteString("marketA", comparison.MarketA);
            w.WriteString("marketB", comparison.MarketB);
            w.WriteStartArray("cells");
            foreach (var c in comparison.Cells)
            {
                w.WriteStartObject();
                w.WriteString("row", c.Row.ToString());
                w.WriteString("item", c.Item);
                w.WriteString("verdict", c.Verdict.ToString());
                w.WriteString("stateA", c.StateA.ToString());
                w.WriteString("stateB", c.StateB.ToString());
                w.WriteString("valueA", c.ValueA);
                w.WriteString("valueB", c.ValueB);
                Strings(w, "evidenceA", c.EvidenceA);
                Strings(w, "evidenceB", c.EvidenceB);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string Items(int n) => n == 1 ? "1 item" : string.Create(CultureInfo.InvariantCulture, $"{n} items");

    private static string Side(string value, SideState state) => state switch
    {
        SideState.Present => value.Length > 0 ? value : "yes",
        SideState.AbsentWithEvidence => value.Length > 0 ? value : "no",
        SideState.NotAssessed => "not assessed",
        _ => value,
    };

    private static string RowName(ComparisonRow row) => row switch
    {
        ComparisonRow.MarketAttractiveness => "Market attractiveness",
        ComparisonRow.RegulationAndPolicy => "Regulation and policy",
        ComparisonRow.EntryStrategy => "Entry strategy",
        ComparisonRow.BusinessStrategy => "Business strategy",
        _ => row.ToString(),
    };

    private static string VerdictName(CellVerdict verdict) => verdict switch
    {
        CellVerdict.Same => "Same",
        CellVerdict.Differ => "Differ",
        CellVerdict.NotComparable => "Not comparable",
        _ => verdict.ToString(),
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
