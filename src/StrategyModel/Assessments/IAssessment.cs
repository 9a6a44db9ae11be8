using System.Collections.Immutable;

namespace StrategyModel.Assessments;

/// <summary>What every framework's assessment shares: the framework it comes from and the findings that explain it.</summary>
public interface IAssessment
{
    /// <summary>Gets the framework's stable name, such as <c>oli</c>.</summary>
    string Framework { get; }

    /// <summary>Gets a one-line statement of the verdict.</summary>
    string Summary { get; }

    /// <summary>Gets every finding, one per criterion or rule, met or not, in evaluation order.</summary>
    ImmutableArray<Finding> Findings { get; }
}
