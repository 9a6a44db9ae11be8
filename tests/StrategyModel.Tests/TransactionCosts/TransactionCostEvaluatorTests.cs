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

    // Anderson & Gatignon's (1986) propositions applied in order, control clamped to Low..High. Each row names the step that
    // decides it; the unnamed drivers are Moderate (neither low nor high under the default options).
    [Theory]
    [InlineData(Strength.Weak, Strength.Strong, Strength.Moderate, Strength.Moderate, Strength.Moderate, ControlLevel.Low)] // uncertainty cannot go below Low
    [InlineData(Strength.Moderate, Strength.Strong, Strength.Strong, Strength.Moderate, Strength.Moderate, ControlLevel.Low)] // two lowerings, clamped at Low
    [InlineData(Strength.Moderate, Strength.Strong, Strength.Strong, Strength.Moderate, Strength.Strong, ControlLevel.Intermediate)] // clamped at Low, then free riding raises
    [InlineData(Strength.Strong, Strength.Moderate, Strength.Moderate, Strength.Moderate, Strength.Strong, ControlLevel.High)] // free riding cannot go above High
    [InlineData(Strength.Strong, Strength.Moderate, Strength.Moderate, Strength.Strong, Strength.Moderate, ControlLevel.High)] // frequency cannot go above High
    [InlineData(Strength.Strong, Strength.Strong, Strength.Strong, Strength.Strong, Strength.Strong, ControlLevel.High)] // specific assets withstand uncertainty
    [InlineData(Strength.Absent, Strength.Absent, Strength.Absent, Strength.Strong, Strength.Strong, ControlLevel.Intermediate)] // frequency ignored for low specificity
    [InlineData(Strength.Moderate, Strength.Strong, Strength.Moderate, Strength.Strong, Strength.Strong, ControlLevel.High)] // down one, up two
    public void Evaluate_DriverCombination_GivesClampedControl(
        Strength specificity, Strength external, Strength internalUncertainty, Strength frequency, Strength freeRiding, ControlLevel expected)
    {
        var profile = Profile(specificity, external, internalUncertainty, frequency, freeRiding);

        Evaluate(profile).Control.Should().Be(expected);
        new TransactionCostEvaluator().DecideControl(profile).Should().Be(expected);
    }

    [Fact]
    public void Evaluate_HighThresholdLowered_MovesIntermediateToHigh()
    {
        var profile = Profile(Strength.Moderate, external: Strength.Weak, internalUncertainty: Strength.Weak, frequency: Strength.Weak, freeRiding: Strength.Weak);

        Evaluate(profile).Control.Should().Be(ControlLevel.Intermediate);
        var lowered = new TransactionCostEvaluator(new TransactionCostOptions { HighThreshold = Strength.Moderate, LowCeiling = Strength.Weak }).Evaluate(profile);
        lowered.Control.Should().Be(ControlLevel.High);
        lowered.Findings[0].Thresholds.Should().Contain(new FindingThreshold("TransactionCostOptions.HighThreshold", "Moderate"));
    }

    [Fact]
    public void Evaluate_LowCeilingLowered_MovesWeakSpecificityFromLowToIntermediate()
    {
        var profile = Profile(Strength.Weak, external: Strength.Weak, internalUncertainty: Strength.Weak, frequency: Strength.Weak, freeRiding: Strength.Weak);

        Evaluate(profile).Control.Should().Be(ControlLevel.Low);
        var lowered = new TransactionCostEvaluator(new TransactionCostOptions { LowCeiling = Strength.Absent }).Evaluate(profile);
        lowered.Control.Should().Be(ControlLevel.Intermediate);
        lowered.Findings[0].Thresholds.Should().Contain(new FindingThreshold("TransactionCostOptions.LowCeiling", "Absent"));
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
