using StrategyModel.Assessments;
using StrategyModel.GenericStrategies;

namespace StrategyModel.Tests.GenericStrategies;

/// <summary>Porter's three compatibility conditions in the hybrid warning, and a source's stated strategy compared with the evaluated cell.</summary>
public sealed class StatedStrategyAndHybridTests
{
    private static GenericStrategyProfile Profile(Strength cost, Strength diff, CompetitiveScope scope) => new()
    {
        CostAdvantage = cost,
        Differentiation = diff,
        Scope = scope,
    };

    // Porter (1985, ch. 1, "Pursuit of more than one generic strategy"): cost leadership and differentiation are compatible when
    // competitors are stuck in the middle, when cost is strongly affected by share or interrelationships, or when the firm pioneers a
    // major innovation. Worked example: "Solvang Air" (invented), a carrier holding both advantages after introducing a new booking
    // technology; the warning must name all three conditions, the innovation one included (domain review item 25).
    [Fact]
    public void HybridWarning_NamesAllThreeCompatibilityConditions_Porter1985()
    {
        var a = new GenericStrategyEvaluator().Evaluate(Profile(Strength.Strong, Strength.Strong, CompetitiveScope.Broad));

        var warning = a.Findings.Single(f => f.RuleId == "porter.hybrid.stuck-in-the-middle-warning").Sentence;
        warning.Should().Contain("competitors are stuck in the middle too")
            .And.Contain("cost is strongly affected by share or interrelationships")
            .And.Contain("the firm pioneers a major innovation");
    }

    // Porter (1980, ch. 2): focus serves a narrow target; a broad scope is cost leadership or differentiation. Worked example:
    // "Maren Outlet" (invented): a case study calls its strategy "cost leadership focus", but the evaluation finds a broad scope and
    // both advantages. The disagreement is reported in its own finding, naming both axes, and the cell stays Hybrid.
    [Fact]
    public void StatedCostFocus_AgainstBroadHybrid_IsReportedAsADisagreementOnScopeAndAdvantage_Porter1980()
    {
        var profile = Profile(Strength.Strong, Strength.Moderate, CompetitiveScope.Broad) with
        {
            StatedStrategy = new Rated<GenericStrategy>(GenericStrategy.CostFocus, ["f-case-study-4-1"]),
            StatedBy = "the case study (section 4.1)",
        };

        var a = new GenericStrategyEvaluator().Evaluate(profile);

        a.Strategy.Should().Be(GenericStrategy.Hybrid);
        a.StatedStrategyAgrees.Should().BeFalse();
        var stated = a.Findings.Single(f => f.RuleId == "porter.stated-strategy");
        stated.Outcome.Should().Be(FindingOutcome.NotMet);
        stated.Sentence.Should().Be(
            "The stated strategy disagrees: the case study (section 4.1) says CostFocus, but the evaluated cell is Hybrid (on scope, the case study (section 4.1) says narrow, the evaluated scope is broad; on the source of advantage, the case study (section 4.1) claims a cost advantage only, the evaluation holds both a cost advantage and differentiation).");
        stated.Evidence.Should().Equal("f-case-study-4-1");
        stated.Source.Should().Be("Porter (1980, ch. 2; 1985, ch. 1); the case study (section 4.1)");
        a.Summary.Should().EndWith("The stated strategy (CostFocus) disagrees.");
    }

    [Fact]
    public void StatedStrategy_SameCell_Agrees_AndAbsentStatementAddsNoFinding()
    {
        var profile = Profile(Strength.Weak, Strength.Strong, CompetitiveScope.Narrow);

        var agreeing = new GenericStrategyEvaluator().Evaluate(profile with { StatedStrategy = GenericStrategy.DifferentiationFocus });
        var scopeOnly = new GenericStrategyEvaluator().Evaluate(profile with { StatedStrategy = GenericStrategy.Differentiation });
        var none = new GenericStrategyEvaluator().Evaluate(profile);

        agreeing.StatedStrategyAgrees.Should().BeTrue();
        agreeing.Findings.Single(f => f.RuleId == "porter.stated-strategy").Sentence.Should().Be(
            "The stated strategy agrees: the source says DifferentiationFocus, and the evaluated cell is DifferentiationFocus.");
        scopeOnly.StatedStrategyAgrees.Should().BeFalse();
        scopeOnly.Findings.Single(f => f.RuleId == "porter.stated-strategy").Sentence.Should().EndWith(
            "(on scope, the source says broad, the evaluated scope is narrow).");
        none.StatedStrategyAgrees.Should().BeNull();
        none.Findings.Should().NotContain(f => f.RuleId == "porter.stated-strategy");
    }

    [Fact]
    public void StatedStrategy_Unspecified_Throws()
    {
        var act = () => new GenericStrategyEvaluator().Evaluate(Profile(Strength.Weak, Strength.Weak, CompetitiveScope.Broad) with { StatedStrategy = GenericStrategy.Unspecified });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("StatedStrategy");
    }
}
