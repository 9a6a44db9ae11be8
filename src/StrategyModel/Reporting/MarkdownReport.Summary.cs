using System.Globalization;
using StrategyModel.Analysis;
using StrategyModel.Sensitivity;

namespace StrategyModel.Reporting;

/// <summary>The verdict summary that opens the Markdown report (issue 16): per market, each framework's verdict in plain words.</summary>
public static partial class MarkdownReport
{
    private static void Summary(Writer w, CaseAnalysis analysis, RobustnessReport? robustness)
    {
        w.Line("## Summary");
        w.Line();
        w.Line("The verdicts in plain words, market by market; the sections after the summary give the rules, inputs and thresholds behind each, and the evidence notes close the report.");
        w.Line();
        var firm = new List<string>();
        if (analysis.Verdicts.FirstOrDefault(v => v.Verdict == "born-global.venture-type") is { } venture)
        {
            firm.Add("**Born global**: " + SummaryValue(venture) + ".");
        }

        var assessed = analysis.Drivers.Drivers.Where(d => analysis.Inputs.Any(i => i.Framework == "drivers" && i.Name == Assessments.RuleIds.Kebab(d.Kind.ToString()) && i.Source == InputSource.AnalystAssessment)).ToList();
        if (assessed.Count > 0)
        {
            firm.Add($"**Drivers**: {assessed.Count(d => d.Present).ToString(CultureInfo.InvariantCulture)} of {Count(assessed.Count, "rated driver")} present.");
        }

        if (firm.Count > 0)
        {
            w.Line("### The firm: " + EscapeInline(analysis.FirmName));
            w.Line();
            firm.ForEach(line => w.Line("- " + line));
            w.Line();
        }

        foreach (var m in analysis.Markets)
        {
            w.Line("### " + EscapeInline(m.MarketName));
            w.Line();
            foreach (var line in MarketSummary(analysis, m, robustness))
            {
                w.Line("- " + line);
            }

            w.Line();
        }
    }

    /// <summary>The summary lines of one market, in plain words: no identifiers, no evidence ids.</summary>
    internal static IEnumerable<string> MarketSummary(CaseAnalysis analysis, MarketAnalysis m, RobustnessReport? robustness)
    {
        yield return "**Route** (OLI): " + SummaryVerdict(m, "oli.route") + ".";
        yield return "**Control** (transaction costs): " + SummaryVerdict(m, "transaction-costs.control") + ".";
        yield return "**Entry mode**: " + EntryModeLine(analysis, m) + ".";
        yield return "**Uppsala**: " + UppsalaLine(m) + ".";
        yield return "**Network model**: " + SummaryVerdict(m, "network-model.situation") + ".";
        yield return "**Porter**: " + SummaryVerdict(m, "generic-strategies.strategy") + ".";
        if (VrioLine(analysis, m) is { } vrio)
        {
            yield return "**VRIO**: " + vrio + ".";
        }

        if (robustness?.For(m.MarketId) is { Length: > 0 } lines)
        {
            var stable = lines.Count(r => r.Kept == r.Perturbations);
            var weakest = lines.OrderBy(r => r.Robustness).First();
            yield return "**Robustness**: " + stable.ToString(CultureInfo.InvariantCulture) + " of " + Count(lines.Length, "verdict")
                + (stable == 1 ? " keeps its" : " keep their") + " value under every change tried"
                + (weakest.Kept < weakest.Perturbations
                    ? "; the least robust is the " + VerdictLabel(weakest.Verdict) + ", kept under " + weakest.Kept.ToString(CultureInfo.InvariantCulture) + " of " + Count(weakest.Perturbations, "change") + "."
                    : ".");
        }
    }

    private static string SummaryVerdict(MarketAnalysis m, string verdict) =>
        m.Verdicts.FirstOrDefault(v => v.Verdict == verdict) is { } range ? SummaryValue(range) : "not assessed";

    // A determined verdict in words; an undetermined one names the values it can take and how many unrated inputs decide it.
    private static string SummaryValue(VerdictRange range) =>
        range.Value is { } value
            ? Humanize(value)
            : "undetermined, " + string.Join(" or ", range.Branches.Select(b => Humanize(b.Value)).Distinct(StringComparer.Ordinal))
                + " depending on " + Count(range.DecidingInputs.Length, "unrated input");

    private static string EntryModeLine(CaseAnalysis analysis, MarketAnalysis m)
    {
        var best = m.Verdicts.FirstOrDefault(v => v.Verdict == "entry-modes.best");
        var text = "best " + (best is null ? "not assessed" : SummaryValue(best));
        if (m.Exit is { } exit)
        {
            return text + "; the firm has exited the market (" + EscapeInline(exit.Date.ToString()) + ")";
        }

        if (m.CurrentMode is not { } current)
        {
            return text + "; the firm has no entry of its own as of " + analysis.AsOfYear.ToString(CultureInfo.InvariantCulture);
        }

        return text + (best?.Value == current.ToString()
            ? ", the same as the mode in force"
            : "; the mode in force is " + Humanize(current) + (best?.Value is null ? string.Empty : ", which differs"));
    }

    private static string UppsalaLine(MarketAnalysis m)
    {
        var u = m.Uppsala;
        if (u.FirstYear is null)
        {
            return "no entry to read";
        }

        var path = u.Leapfrogged && u.MovedDown ? "skipped " + string.Join(" and ", u.StagesSkipped.Select(Humanize)) + " and moved down the establishment chain"
            : u.Leapfrogged ? "skipped " + string.Join(" and ", u.StagesSkipped.Select(Humanize)) + " on the establishment chain"
            : u.MovedDown ? "moved down the establishment chain"
            : "followed the establishment chain";
        return path + (u.Exited ? ", then exited" : "; stage in force " + Humanize(u.StageAtEnd)) + ", highest stage " + Humanize(u.HighestStage);
    }

    // VRIO of the resources rated for this market, else firm-wide, grouped by implication.
    private static string? VrioLine(CaseAnalysis analysis, MarketAnalysis m)
    {
        var own = analysis.Vrio.Where(v => v.Market == m.MarketId).ToList();
        var all = own.Concat(analysis.Vrio.Where(v => v.Market is null && own.All(o => o.Resource != v.Resource))).ToList();
        var open = analysis.Verdicts.Where(v => v.Value is null && v.Verdict.StartsWith("vrio.", StringComparison.Ordinal)).ToList();
        if (all.Count == 0 && open.Count == 0)
        {
            return null;
        }

        return string.Join("; ", all.GroupBy(v => v.Implication).OrderByDescending(g => g.Key).Select(g =>
            Humanize(g.Key) + " from " + string.Join(" and ", g.Select(v => EscapeInline(v.Resource.Replace('-', ' ')))))
            .Concat(open.Select(v => EscapeInline(v.Verdict["vrio.".Length..].Replace('-', ' ')) + " " + SummaryValue(v))));
    }

    private static string VerdictLabel(string verdict) => verdict switch
    {
        "oli.route" => "route",
        "transaction-costs.control" => "control",
        "entry-modes.best" => "best entry mode",
        "uppsala.reading" => "Uppsala reading",
        "network-model.situation" => "network situation",
        "generic-strategies.strategy" => "Porter strategy",
        _ when verdict.StartsWith("vrio.", StringComparison.Ordinal) => "VRIO reading of " + verdict["vrio.".Length..].Replace('-', ' '),
        _ => verdict,
    };
}
