using FluentAssertions;
using StrategyModel.Distance;

namespace StrategyModel.Tests.Distance;

/// <summary>Ghemawat (2001): the CAGE profile groups a pair's cited measures by dimension; psychic-distance measures stay apart.</summary>
public sealed class CageProfileTests
{
    [Fact]
    public void ToCage_GroupsMeasuresByDimension_AndLeavesPsychicMeasuresOut()
    {
        var pair = new CountryPairDistance
        {
            Id = "fi-se",
            From = "FI",
            To = "SE",
            Measures =
            [
                new DistanceMeasure { Dimension = DistanceDimension.Cultural, Name = "language", Level = DistanceLevel.Low, Evidence = ["f-1"] },
                new DistanceMeasure { Dimension = DistanceDimension.Administrative, Name = "trade-bloc", Level = DistanceLevel.Low, Source = "Both EU members" },
                new DistanceMeasure { Dimension = DistanceDimension.Geographic, Name = "km-between-capitals", Value = 396m, Source = "Test data" },
                new DistanceMeasure { Dimension = DistanceDimension.Economic, Name = "income-per-capita", Level = DistanceLevel.Low, Source = "Test data" },
                new DistanceMeasure { Dimension = DistanceDimension.Psychic, Name = "language", Stimulus = PsychicDistanceStimulus.Language, Value = 1.2m, Source = "Test data" },
            ],
        };

        var cage = pair.ToCage();

        cage.Cultural.Should().ContainSingle(m => m.Name == "language");
        cage.Administrative.Should().ContainSingle(m => m.Name == "trade-bloc");
        cage.Geographic.Should().ContainSingle(m => m.Value == 396m);
        cage.Economic.Should().ContainSingle();
        cage.Of(DistanceDimension.Geographic).Should().Equal(cage.Geographic);
        pair.Psychic.Should().ContainSingle(m => m.Stimulus == PsychicDistanceStimulus.Language);
        FluentActions.Invoking(() => cage.Of(DistanceDimension.Psychic)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Defaults_ListEveryDimensionWithAnOverallMeasure()
    {
        CageDefaults.Measures.Keys.Should().BeEquivalentTo(new[] { DistanceDimension.Cultural, DistanceDimension.Administrative, DistanceDimension.Geographic, DistanceDimension.Economic, DistanceDimension.Psychic });
        CageDefaults.Measures.Values.Should().OnlyContain(names => names.Contains(CageDefaults.OverallName));
        CageDefaults.Measures[DistanceDimension.Cultural].Should().Contain(CageDefaults.KogutSinghName);
    }

    [Fact]
    public void CapInForce_IsTheStrictestCapThatTookEffectByTheYear()
    {
        var n = new CountryInstitutions
        {
            Id = "inst",
            Country = "IN",
            OwnershipCaps =
            [
                new OwnershipCap { Percent = 74m, Year = 2005, Source = "Test data" },
                new OwnershipCap { Percent = 49m, Year = 2012, Source = "Test data" },
            ],
        };

        n.CapInForce(2004).Should().BeNull();
        n.CapInForce(2010)!.Percent.Should().Be(74m);
        n.CapInForce(2012)!.Percent.Should().Be(49m);
    }
}
