using StrategyModel.Analysis;

namespace StrategyModel.Reporting;

/// <summary>Argument checks shared by the reports.</summary>
internal static class ReportArguments
{
    /// <summary>Throws when a comparison was not taken from the analysis being rendered (issue 15): another case, firm or as-of year,
    /// a market the analysis lacks, or cells that differ from the comparison of the analysis's own markets.</summary>
    /// <param name="analysis">The analysis being rendered.</param>
    /// <param name="comparison">The comparison to append, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The comparison does not belong to the analysis; <see cref="ArgumentException.ParamName"/> is <c>comparison</c>.</exception>
    public static void EnsureComparisonBelongs(CaseAnalysis analysis, MarketComparison? comparison)
    {
        if (comparison is null)
        {
            return;
        }

        string? problem = null;
        if (comparison.CaseId != analysis.CaseId || comparison.FirmId != analysis.FirmId || comparison.AsOfYear != analysis.AsOfYear)
        {
            problem = $"it was taken from case '{comparison.CaseId}', firm '{comparison.FirmId}' as of {comparison.AsOfYear}, "
                + $"but the analysis is of case '{analysis.CaseId}', firm '{analysis.FirmId}' as of {analysis.AsOfYear}";
        }
        else if (analysis.Markets.All(m => m.MarketId != comparison.MarketA) || analysis.Markets.All(m => m.MarketId != comparison.MarketB) || comparison.MarketA == comparison.MarketB)
        {
            problem = $"it compares markets '{comparison.MarketA}' and '{comparison.MarketB}', which are not two markets of the analysis";
        }
        else if (!MarketComparer.Compare(analysis, comparison.MarketA, comparison.MarketB).Cells.AsSpan().SequenceEqual(comparison.Cells.AsSpan()))
        {
            problem = "its cells differ from those of the analysis's own markets (it was taken from another analysis of the case, such as one with other options or an edited case)";
        }

        if (problem is not null)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The comparison does not belong to the analysis: {problem}."), nameof(comparison));
        }
    }
}
