using FluentAssertions;
using StrategyModel.Distance;

namespace StrategyModel.Tests.Distance;

/// <summary>
/// Kogut &amp; Singh (1988) cultural distance. No published worked example (a source printing both the variances it used and the
/// resulting index for a pair) could be found and verified, so the reference values below are hand calculations from the formula's
/// published definition, CD_j = Σ_i ((I_ij − I_iu)² / V_i) / 4 (Kogut &amp; Singh 1988), written out in each test.
/// </summary>
public sealed class KogutSinghTests
{
    /// <summary>Hofstede's published four-dimension index scores (Hofstede 1980; Hofstede 2001, Culture's Consequences, 2nd ed., the
    /// country score tables) for five countries: test data under fair use, with the citation. The library ships no scores.</summary>
    private const string FiveCountries = """
        # model: hofstede-4
        # source: Hofstede (1980, 2001), Culture's Consequences: PDI, IDV, MAS, UAI index scores
        country,PDI,IDV,MAS,UAI
        US,40,91,62,46
        JP,54,46,95,92
        DE,35,67,66,65
        MX,81,30,69,82
        ES,57,51,42,86
        """;

    private static readonly CulturalScoreTable Table = CulturalScoreTable.ParseCsv(FiveCountries);

    // Hand calculation, Germany (home) and Mexico, sample variance over the five countries of the table:
    //   PDI: scores 40 54 35 81 57, mean 53.4, Σ(x−mean)² = 1293.2, V = 1293.2 / 4 = 323.3;  (81 − 35)² = 2116;  2116 / 323.3 = 6.545005
    //   IDV: scores 91 46 67 30 51, mean 57,   Σ(x−mean)² = 2142,   V = 2142 / 4   = 535.5;  (30 − 67)² = 1369;  1369 / 535.5 = 2.556489
    //   MAS: scores 62 95 66 69 42, mean 66.8, Σ(x−mean)² = 1438.8, V = 1438.8 / 4 = 359.7;  (69 − 66)² = 9;     9 / 359.7    = 0.025021
    //   UAI: scores 46 92 65 82 86, mean 74.2, Σ(x−mean)² = 1396.8, V = 1396.8 / 4 = 349.2;  (82 − 65)² = 289;   289 / 349.2  = 0.827606
    //   CD = (6.545005 + 2.556489 + 0.025021 + 0.827606) / 4 = 9.954121 / 4 = 2.488530
    [Fact]
    public void Compute_GermanyMexico_SampleVarianceOverTheTable_MatchesTheHandCalculation()
    {
        var result = KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Sample);

        result.Dimensions.Select(d => d.Variance).Should().Equal(323.3m, 535.5m, 359.7m, 349.2m);
        decimal.Round(result.Index, 6).Should().Be(2.488530m);
        result.Convention.Should().Be(VarianceConvention.Sample);
        result.VarianceOver.Should().Equal("US", "JP", "DE", "MX", "ES");
        result.Source.Should().Contain("Hofstede");
    }

    // Population variance divides Σ(x−mean)² by n = 5 instead of n − 1 = 4: each V shrinks by 4/5, so CD grows by 5/4:
    //   V = 258.64, 428.4, 287.76, 279.36;  CD = 2.488530 × 5/4 = 3.110663.
    [Fact]
    public void Compute_PopulationVariance_IsTheSampleIndexTimesNOverNMinusOne()
    {
        var population = KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Population);
        var sample = KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Sample);

        population.Dimensions.Select(d => d.Variance).Should().Equal(258.64m, 428.4m, 287.76m, 279.36m);
        decimal.Round(population.Index, 6).Should().Be(3.110663m);
        decimal.Round(population.Index - (sample.Index * 5m / 4m), 20).Should().Be(0m);
    }

    // Variance over a stated subset changes the value: over DE, MX and ES only (sample), PDI V = ((35−57.67)² + (81−57.67)² + (57−57.67)²)/2 = 529.33,
    // so the index is not the one over five countries.
    [Fact]
    public void Compute_VarianceOverASubset_UsesOnlyThoseCountries()
    {
        var subset = KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Sample, ["DE", "MX", "ES"]);

        decimal.Round(subset.Dimensions[0].Variance, 2).Should().Be(529.33m);
        subset.VarianceOver.Should().Equal("DE", "MX", "ES");
        subset.Index.Should().NotBe(KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Sample).Index);
    }

    // Any set of dimensions: with PDI alone the index is (81 − 35)² / 323.3 / 1 = 6.545005 (6.5450046 unrounded).
    [Fact]
    public void Compute_OneDimension_IsTheStandardizedSquaredDifference()
    {
        var one = KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Sample, dimensions: ["PDI"]);

        decimal.Round(one.Index, 6).Should().Be(6.545005m);
    }

    // Six dimensions given with their variances (another model's data, here invented for the test): the mean of the six standardized
    // squared differences: (1 + 4 + 0 + 1 + 0.25 + 0) / 6 = 1.041667.
    [Fact]
    public void Index_SixDimensionsWithGivenVariances_IsTheMeanOfTheStandardizedSquares()
    {
        CulturalDimensionScore[] six =
        [
            new("D1", 10, 20, 100), new("D2", 0, 20, 100), new("D3", 5, 5, 50),
            new("D4", 30, 20, 100), new("D5", 50, 55, 100), new("D6", 1, 1, 1),
        ];

        decimal.Round(KogutSingh.Index(six), 6).Should().Be(1.041667m);
    }

    [Fact]
    public void Compute_IsSymmetricAndZeroForACountryWithItself()
    {
        KogutSingh.Compute(Table, "US", "JP", VarianceConvention.Sample).Index.Should().Be(KogutSingh.Compute(Table, "JP", "US", VarianceConvention.Sample).Index);
        KogutSingh.Compute(Table, "ES", "ES", VarianceConvention.Sample).Index.Should().Be(0m);
    }

    [Fact]
    public void Compute_RejectsAnUnspecifiedConventionUnknownCountryOrDimension()
    {
        FluentActions.Invoking(() => KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Unspecified)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => KogutSingh.Compute(Table, "DE", "CN", VarianceConvention.Sample)).Should().Throw<ArgumentException>().WithParameterName("to").WithMessage("*CN*");
        FluentActions.Invoking(() => KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Sample, dimensions: ["LTO"])).Should().Throw<ArgumentException>().WithParameterName("dimensions").WithMessage("*LTO*");
        FluentActions.Invoking(() => KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Sample, ["DE"])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => KogutSingh.Index([new CulturalDimensionScore("PDI", 1, 2, 0)])).Should().Throw<ArgumentException>().WithMessage("*positive*");
        FluentActions.Invoking(() => KogutSingh.Index([])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ParseCsv_RequiresModelSourceAndWellFormedRows()
    {
        FluentActions.Invoking(() => CulturalScoreTable.ParseCsv("country,PDI\nUS,40\n")).Should().Throw<FormatException>().WithMessage("*source*");
        FluentActions.Invoking(() => CulturalScoreTable.ParseCsv("# model: m\n# source: s\ncountry,PDI\nUS,forty\n")).Should().Throw<FormatException>().WithMessage("*Line 4*forty*");
        FluentActions.Invoking(() => CulturalScoreTable.ParseCsv("# model: m\n# source: s\ncountry,PDI,IDV\nUS,40\n")).Should().Throw<FormatException>().WithMessage("*Line 4*");
        FluentActions.Invoking(() => CulturalScoreTable.ParseCsv("# model: m\n# source: s\ncountry,PDI\nUS,40\nus,41\n")).Should().Throw<FormatException>().WithMessage("*twice*");
        Table.Model.Should().Be("hofstede-4");
        Table.Dimensions.Should().Equal("PDI", "IDV", "MAS", "UAI");
        Table.Scores("mx").Should().Equal(81m, 30m, 69m, 82m);
    }

    // The case-file path: scores and variances as a source prints them give the same index as the table computes.
    [Fact]
    public void CulturalScores_FromACase_GiveTheSameIndexAsTheTable()
    {
        var computed = KogutSingh.Compute(Table, "DE", "MX", VarianceConvention.Sample);
        var scores = new CulturalScores
        {
            Model = "hofstede-4",
            Source = Table.Source,
            Convention = VarianceConvention.Sample,
            VarianceOver = "the five countries of the test table",
            Dimensions = computed.Dimensions,
        };

        scores.KogutSinghIndex().Should().Be(computed.Index);
        new CountryPairDistance { Id = "de-mx", From = "DE", To = "MX", Scores = scores }.ToCage().Cultural
            .Should().ContainSingle(m => m.Name == CageDefaults.KogutSinghName && m.Value == computed.Index);
    }
}
