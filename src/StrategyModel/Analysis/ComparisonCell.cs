using System.Collections.Immutable;

namespace StrategyModel.Analysis;

/// <summary>One item of a market comparison: whether it holds in each market, the verdict, and the evidence on each side.</summary>
/// <param name="Row">The comparison row.</param>
/// <param name="Item">The item's stable id, such as <c>price-preference</c> or <c>partner-function.payment</c>.</param>
/// <param name="Verdict">Same when it holds in both markets (for <c>generic-strategy</c>, <c>partners</c> and the
/// <see cref="ComparisonRow.Distance"/> and <see cref="ComparisonRow.Institutions"/> rows: with equal values); Differ when
/// it holds in one and the evidence shows it absent in the other, or the values differ; NotComparable when a market was not assessed.</param>
/// <param name="InA">Whether it holds in the first market.</param>
/// <param name="InB">Whether it holds in the second market.</param>
/// <param name="ValueA">The item's value in the first market: the Porter cell for <c>generic-strategy</c>, the partners' names for
/// <c>partners</c> and <c>partner-function.*</c>, the value or level of a distance measure, void, ownership cap or political risk;
/// empty for the other items, which only hold or not.</param>
/// <param name="ValueB">The item's value in the second market, as for <c>ValueA</c>.</param>
/// <param name="EvidenceA">The evidence ids in the first market.</param>
/// <param name="EvidenceB">The evidence ids in the second market.</param>
public sealed record ComparisonCell(
    ComparisonRow Row,
    string Item,
    CellVerdict Verdict,
    bool InA,
    bool InB,
    string ValueA,
    string ValueB,
    ImmutableArray<string> EvidenceA,
    ImmutableArray<string> EvidenceB)
{
    /// <summary>Gets what the evidence says about the item in the first market.</summary>
    public SideState StateA { get; init; } = InA ? SideState.Present : SideState.NotAssessed;

    /// <summary>Gets what the evidence says about the item in the second market.</summary>
    public SideState StateB { get; init; } = InB ? SideState.Present : SideState.NotAssessed;

    /// <summary>Gets whether both sides rest on evidence (present, or absent with evidence): only then can the cell reproduce a claim.</summary>
    public bool BothAssessed => StateA is SideState.Present or SideState.AbsentWithEvidence && StateB is SideState.Present or SideState.AbsentWithEvidence;

    /// <inheritdoc />
    public bool Equals(ComparisonCell? other) =>
        other is not null && Row == other.Row && Item == other.Item && Verdict == other.Verdict && InA == other.InA && InB == other.InB
        && ValueA == other.ValueA && ValueB == other.ValueB && StateA == other.StateA && StateB == other.StateB
        && EvidenceA.AsSpan().SequenceEqual(other.EvidenceA.AsSpan()) && EvidenceB.AsSpan().SequenceEqual(other.EvidenceB.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Row, Item, Verdict);
}
