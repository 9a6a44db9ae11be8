using StrategyModel.Cases;

namespace StrategyModel.Analysis;

/// <summary>Runs every framework over a case, per market and as of a year, and compares markets.</summary>
public interface ICaseAnalyzer
{
    /// <summary>Analyses the case's primary firm as of a year.</summary>
    /// <param name="studyCase">The case.</param>
    /// <param name="asOfYear">Facts and entries dated after this year are ignored; 1600 to 3000.</param>
    /// <returns>The analysis.</returns>
    CaseAnalysis Analyze(Case studyCase, int asOfYear);

    /// <summary>Analyses one firm of the case as of a year.</summary>
    /// <param name="studyCase">The case.</param>
    /// <param name="firmId">The firm's id in the case.</param>
    /// <param name="asOfYear">Facts and entries dated after this year are ignored; 1600 to 3000.</param>
    /// <returns>The analysis.</returns>
    CaseAnalysis Analyze(Case studyCase, string firmId, int asOfYear);

    /// <summary>Puts two markets of an analysis side by side, item by item (the thesis's Table 3).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="marketA">The first market's id.</param>
    /// <param name="marketB">The second market's id.</param>
    /// <returns>The comparison.</returns>
    MarketComparison Compare(CaseAnalysis analysis, string marketA, string marketB);
}
