using StrategyModel.Assessments;
using StrategyModel.Drivers;

namespace StrategyModel.Tests.Drivers;

/// <summary>International performance as the outcome of Gerschewski, Rose &amp; Lindsay's (2015) model: a metric and a direction, never a driver.</summary>
public sealed class InternationalPerformanceOutcomeTests
{
    // Gerschewski, Rose & Lindsay (2015, Journal of World Business 50(3)): the drivers explain international performance; it is the
    // dependent variable, not one of them. A profile that lists it as a driver is refused, so "present at Moderate" cannot be said.
    [Fact]
    public void InternationalPerformanceListedAsADriver_IsRejected_Gerschewski2015()
    {
        var profile = new DriversProfile { Drivers = [new DriverInput(DriverKind.InternationalPerformance, Strength.Moderate)] };

        var act = () => new DriversEvaluator().Evaluate(profile);

        act.Should().Throw<ArgumentException>().WithMessage("International performance is the outcome*").WithParameterName("profile");
    }

    // Worked example: "Kowhai Software" (invented), a New Zealand born global of the kind Gerschewski et al. (2015) surveyed. Its
    // foreign revenue share rose from 40% to 55% over three years: international performance improving, measured by that metric.
    // Its home-market results are not passed at all: domestic results never count as international performance.
    [Theory]
    [InlineData(PerformanceDirection.Improving, FindingOutcome.Note, "foreign share of revenue in Australia is improving.")]
    [InlineData(PerformanceDirection.Mixed, FindingOutcome.Note, "foreign share of revenue in Australia is mixed.")]
    [InlineData(PerformanceDirection.Unknown, FindingOutcome.Unknown, "foreign share of revenue in Australia is of unknown direction.")]
    public void PerformanceOutcome_IsReportedWithMetricAndDirection_Gerschewski2015(PerformanceDirection direction, FindingOutcome outcome, string ending)
    {
        var profile = new DriversProfile
        {
            Drivers = [new DriverInput(DriverKind.EntrepreneurNetworkAndExperience, Strength.Strong)],
            Performance = new PerformanceOutcome("foreign share of revenue", direction, ["f-kowhai-share-2019", "f-kowhai-share-2022"]) { Market = "Australia" },
        };

        var a = new DriversEvaluator().Evaluate(profile);

        var finding = a.Findings.Single(f => f.RuleId == "drivers.international-performance");
        finding.Outcome.Should().Be(outcome);
        finding.Sentence.Should().Be("International performance (the outcome, not a driver): " + ending);
        finding.Evidence.Should().Equal("f-kowhai-share-2019", "f-kowhai-share-2022");
        finding.Source.Should().Be("Gerschewski, Rose & Lindsay (2015)");
        a.Drivers.Should().NotContain(d => d.Kind == DriverKind.InternationalPerformance);
        a.CategoriesCovered.Should().NotContain(DriverCategory.Performance);
    }

    [Fact]
    public void PerformanceOutcome_Malformed_Throws()
    {
        var noMetric = () => new DriversEvaluator().Evaluate(new DriversProfile { Drivers = [], Performance = new PerformanceOutcome(" ", PerformanceDirection.Stable, []) });
        var noDirection = () => new DriversEvaluator().Evaluate(new DriversProfile { Drivers = [], Performance = new PerformanceOutcome("GMV", PerformanceDirection.Unspecified, []) });

        noMetric.Should().Throw<ArgumentException>().WithParameterName("Performance");
        noDirection.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Performance");
    }
}
