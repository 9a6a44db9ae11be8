using System.Collections.Immutable;
using StrategyModel.BornGlobal;
using StrategyModel.Evidence;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;

namespace StrategyModel.Analysis.Inputs;

/// <summary>The values each kind of input could take, in scale order, and how a rating's wire value reads as one.</summary>
internal static class Scales
{
    public static readonly ImmutableArray<Strength> Strengths = [Strength.Absent, Strength.Weak, Strength.Moderate, Strength.Strong];

    public static readonly ImmutableArray<Judgment> Judgments = [Judgment.No, Judgment.Yes];

    public static readonly ImmutableArray<InternationalizationDegree> Degrees = [InternationalizationDegree.Low, InternationalizationDegree.High];

    public static readonly ImmutableArray<CompetitiveScope> Scopes = [CompetitiveScope.Narrow, CompetitiveScope.Broad];

    public static readonly ImmutableArray<ValueChainCoordination> Coordinations = [ValueChainCoordination.Few, ValueChainCoordination.Many];

    public static Strength? AsStrength(Rating rating) => rating.TryGetStrength(out var s) ? s : null;

    public static Judgment? AsJudgment(Rating rating) => rating.TryGetJudgment(out var j) ? j : null;

    public static InternationalizationDegree? AsDegree(Rating rating) => rating.Value switch
    {
        "low" => InternationalizationDegree.Low,
        "high" => InternationalizationDegree.High,
        _ => null,
    };

    public static CompetitiveScope? AsScope(Rating rating) => rating.Value switch
    {
        "broad" => CompetitiveScope.Broad,
        "narrow" => CompetitiveScope.Narrow,
        _ => null,
    };

    public static ValueChainCoordination? AsCoordination(Rating rating) => rating.Value switch
    {
        "few" => ValueChainCoordination.Few,
        "many" => ValueChainCoordination.Many,
        _ => null,
    };
}
