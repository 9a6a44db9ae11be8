using StrategyModel.Assessments;
using StrategyModel.TransactionCosts;

namespace StrategyModel.Tests.TransactionCosts;

public sealed class TransactionCostEvaluatorTests
{
    private static TransactionCostProfile Profile(
        Strength specificity = Strength.Moderate,
        Strength external = Strength.Moderate,
        Strength internalUncertainty = Strength.Moderate,
        Strength frequency = Strength.Moderate,
        Strength freeRiding = Strength.Moderate) => new()
        {
            AssetSpecificity = specificity,
            ExternalUncertainty = external,
            InternalUncertainty = internalUncertainty,
            Frequency = frequency,
            FreeRidingPotential = freeRiding,
        };

    private static TransactionCostAssessment Evaluate(TransactionCostProfile p) => new TransactionCostEvaluator().Evaluate(p);

    [Theory]
    [InlineData(Strength.Strong, ControlLevel.High)]
    [InlineData(Strength.Moderate, ControlLevel.Intermediate)]
    [InlineData(Strength.Weak, ControlLevel.Low)]
    [InlineData(Strength.Absent, ControlLevel.Low)]
    public void Evaluate_AssetSpecificityAlone_SetsControl(Strength specificity, ControlLevel expected)
    {
        var assessment = Evaluate(Profile(specificity));

        assessment.Control.Should().Be(expected);
        assessment.Findings[0].RuleId.Should().Be("tce.asset-specificity");
        assessment.Findings[0].Outcome.Should().Be(FindingOutcome.Decided);
    }

    [Fact]
    public void Evaluate_HighExternalUncertaintyWithoutSpecificAssets_LowersControl()
    {
        var assessment = Evaluate(Profile(Strength.Moderate, external: Strength.Strong));

        assessment.Control.Should().Be(ControlLevel.Low);
        assessment.Findings.Single(f => f.RuleId == "tce.external-uncertainty").Outcome.Should().Be(FindingOutcome.Decided);
    }

    [Fact]
    public void Evaluate_HighExternalUncertaintyWithSpecificAssets_KeepsHighControl()
    {
        var assessment = Evaluate(Profile(Strength.Strong, external: Strength.Strong));

        assessment.Control.Should().Be(ControlLevel.High);
        assessment.Findings.Single(f => f.RuleId == "tce.external-uncertainty").Sentence.Should().Contain("highly specific");
    }

    [Fact]
    public void Evaluate_HighInternalUncertainty_LowersControlUnlessAssetsAreSpecific()
    {
        Evaluate(Profile(Strength.Moderate, internalUncertainty: Strength.Strong)).Control.Should().Be(ControlLevel.Low);
        Evaluate(Profile(Strength.Strong, internalUncertainty: Strength.Strong)).Control.Should().Be(ControlLevel.High);
    }

    [Fact]
    public void Evaluate_HighFreeRidingPotential_RaisesControl()
    {
        var assessment = Evaluate(Profile(Strength.Weak, freeRiding: Strength.Strong));

        assessment.Control.Should().Be(ControlLevel.Intermediate);
        assessment.Findings.Single(f => f.RuleId == "tce.free-riding").Outcome.Should().Be(FindingOutcome.Decided);
    }

    [Fact]
    public void Evaluate_FrequentTransactions_RaiseControlOnlyWithSpecificAssets()
    {
        Evaluate(Profile(Strength.Moderate, frequency: Strength.Strong)).Control.Should().Be(ControlLevel.High);
        Evaluate(Profile(Strength.Weak, frequency: Strength.Strong)).Control.Should().Be(ControlLevel.Low);
    }

    [Fact]
    public void Evaluate_AnyProfile_ListsEveryProposition()
    {
        Evaluate(Profile()).Findings.Select(f => f.RuleId).Should().Equal(
            "tce.asset-specificity", "tce.external-uncertainty", "tce.internal-uncertainty", "tce.free-riding", "tce.frequency");
    }

    [Fact]
    public void Evaluate_HighThresholdLowered_MovesVerdict()
    {
        var profile = Profile(Strength.Moderate);

        new TransactionCostEvaluator(new TransactionCostOptions { HighThreshold = Strength.Moderate, LowCeiling = Strength.Weak })
            .Evaluate(profile).Control.Should().Be(ControlLevel.High);
    }

    [Fact]
    public void Constructor_LowCeilingNotBelowHigh_Throws()
    {
        var act = () => new TransactionCostEvaluator(new TransactionCostOptions { HighThreshold = Strength.Moderate, LowCeiling = Strength.Moderate });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DecideControl_Unspecified_Throws()
    {
        var act = () => new TransactionCostEvaluator().DecideControl(Profile(Strength.Unspecified));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AssetSpecificity");
    }
}
