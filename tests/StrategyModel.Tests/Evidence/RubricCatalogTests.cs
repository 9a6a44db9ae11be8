using System.Collections.Immutable;
using StrategyModel.Cases;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Evidence;

/// <summary>
/// The rubric catalogue covers every assessed input once, with anchors for exactly the values the case format allows, and states the
/// literature's definitions where the review found the old operationalisation wrong (docs/rubrics.md; issue 12; domain review
/// 2026-12, section 3 and items 1, 2, 11, 14, 26).
/// </summary>
public sealed class RubricCatalogTests
{
    private static readonly ImmutableArray<string> Strengths = ["absent", "weak", "moderate", "strong"];

    public static TheoryData<AssessedInput> Inputs()
    {
        var data = new TheoryData<AssessedInput>();
        foreach (var input in Enum.GetValues<AssessedInput>().Where(i => i != AssessedInput.Unspecified))
        {
            data.Add(input);
        }

        return data;
    }

    /// <summary>The values the case format allows for a rating of the input (its version 2 rating rule).</summary>
    private static ImmutableArray<string> AllowedValues(AssessedInput input) => CaseFormat.RuleOf(input).Values;

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EveryInput_HasExactlyOneRubric_WhoseAnchorsAreTheAllowedValues(AssessedInput input)
    {
        RubricCatalog.All.Where(r => r.Input == input).Should().ContainSingle();
        var rubric = RubricCatalog.Get(input);
        rubric.Input.Should().Be(input);
        rubric.Id.Should().Be(CaseFormat.Inputs.Name(input), "a rubric's id is its input's wire name");
        rubric.Anchors.Select(a => a.Value).Should().Equal(AllowedValues(input), "the anchors cover exactly the values a rating of {0} may take, in the format's order", input);
    }

    [Fact]
    public void All_IsOneRubricPerInput_InInputOrder()
    {
        RubricCatalog.All.Select(r => r.Input).Should().Equal(Enum.GetValues<AssessedInput>().Where(i => i != AssessedInput.Unspecified));
        RubricCatalog.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void TryGet_FindsEachRubricByItsId(AssessedInput input)
    {
        var id = CaseFormat.Inputs.Name(input);
        RubricCatalog.TryGet(id, out var rubric).Should().BeTrue();
        rubric.Should().BeSameAs(RubricCatalog.Get(input));
    }

    [Theory]
    [InlineData("Location")]
    [InlineData("location ")]
    [InlineData("")]
    [InlineData("oli-location")]
    public void TryGet_RejectsAnythingButAnExactId(string id)
    {
        RubricCatalog.TryGet(id, out var rubric).Should().BeFalse();
        rubric.Should().BeNull();
    }

    [Fact]
    public void TryGet_RejectsNull() =>
        FluentActions.Invoking(() => RubricCatalog.TryGet(null!, out _)).Should().Throw<ArgumentNullException>();

    [Theory]
    [InlineData(AssessedInput.Unspecified)]
    [InlineData((AssessedInput)29)]
    [InlineData((AssessedInput)(-1))]
    public void Get_RejectsAnInputWithoutARubric(AssessedInput input) =>
        FluentActions.Invoking(() => RubricCatalog.Get(input)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void EveryRubric_HasADefinitionASourceAndDistinctAnchorsWithExamples()
    {
        foreach (var rubric in RubricCatalog.All)
        {
            rubric.Construct.Should().NotBeNullOrWhiteSpace();
            rubric.Definition.Should().NotBeNullOrWhiteSpace();
            rubric.Source.Should().MatchRegex(@"\((1[89]|20)\d\d", "rubric {0} cites its literature by author and year", rubric.Id);
            rubric.Guidance?.Should().NotBeNullOrWhiteSpace();
            rubric.Anchors.Select(a => a.Anchor).Should().OnlyHaveUniqueItems("each value of {0} means something different", rubric.Id);
            foreach (var anchor in rubric.Anchors)
            {
                anchor.Anchor.Should().NotBeNullOrWhiteSpace().And.EndWith(".");
                anchor.Example.Should().NotBeNullOrWhiteSpace().And.EndWith(".");
                anchor.Example.Should().NotContainAny(["Alibaba", "AliExpress", "Lazada", "Taobao", "Tmall"], "the examples are generic, not the shipped case");
            }
        }
    }

    [Fact]
    public void TryGetAnchor_FindsTheAllowedValuesOnly()
    {
        var rubric = RubricCatalog.Get(AssessedInput.Location);
        rubric.TryGetAnchor("strong", out var strong).Should().BeTrue();
        strong!.Value.Should().Be("strong");
        rubric.TryGetAnchor("yes", out var yes).Should().BeFalse();
        yes.Should().BeNull();
        RubricCatalog.Get(AssessedInput.VrioRare).TryGetAnchor("yes", out _).Should().BeTrue();
    }

    // Williamson (1985), Anderson & Gatignon (1986), Hennart (1988): governance is predicted from the transaction's attributes before
    // the fact. The review (item 2) found internalization rated from "Alibaba chose hierarchy over contract"; the rubric must forbid it.
    [Theory]
    [InlineData(AssessedInput.Internalization)]
    [InlineData(AssessedInput.AssetSpecificity)]
    [InlineData(AssessedInput.ExternalUncertainty)]
    [InlineData(AssessedInput.InternalUncertainty)]
    [InlineData(AssessedInput.TransactionFrequency)]
    [InlineData(AssessedInput.FreeRidingPotential)]
    public void InternalizationAndTransactionCostRubrics_RateTheTransactionBeforeTheChoice_NeverTheModeChosen(AssessedInput input)
    {
        var rubric = RubricCatalog.Get(input);
        rubric.Guidance.Should().NotBeNull().And.Contain("before the choice").And.Contain("never from the mode").And.Contain("Williamson 1985");
    }

    // Dunning (1980; 1988): L is the advantage of operating in the host country rather than serving it from home; market size is a
    // reason to serve a market at all (review item 1). Worked example: a large market reachable by parcel post rates absent or weak on L.
    [Fact]
    public void Location_IsPresenceNotMarketAttractiveness()
    {
        var location = RubricCatalog.Get(AssessedInput.Location);
        location.Definition.Should().Contain("rather than serving the country from home");
        location.Guidance.Should().Contain("not market attractiveness").And.Contain("market-attractiveness");
        location.Source.Should().Contain("Dunning (1980; 1988)");
        var attractiveness = RubricCatalog.Get(AssessedInput.MarketAttractiveness);
        attractiveness.Guidance.Should().Contain("Kept apart from location");
    }

    // Johanson & Mattsson (1988): the market's degree of internationalization is that of its production net (competitors, suppliers,
    // customers), not how far a product has spread (review item 14).
    [Fact]
    public void MarketInternationalization_IsTheProductionNet()
    {
        var rubric = RubricCatalog.Get(AssessedInput.MarketInternationalization);
        rubric.Definition.Should().Contain("production net").And.Contain("competitors, suppliers and customers");
        rubric.Source.Should().Be("Johanson & Mattsson (1988)");
    }

    // Williamson (1985): frequency is recurrent transactions between the parties to a governance structure, not consumer purchase
    // volume (review item 11b: 15.6 million purchases a month are not such transactions).
    [Fact]
    public void TransactionFrequency_IsBetweenTheParties_NotConsumerVolume()
    {
        var rubric = RubricCatalog.Get(AssessedInput.TransactionFrequency);
        rubric.Definition.Should().Contain("between the parties to a governance structure");
        rubric.Guidance.Should().Contain("not the volume of consumer purchases");
    }

    // Gerschewski, Rose & Lindsay (2015): international performance is the outcome of the model, rated with a direction on a metric
    // and never from domestic results (review items 7 and 26).
    [Fact]
    public void InternationalPerformance_IsADirectedOutcome_WithoutDomesticResults()
    {
        var rubric = RubricCatalog.Get(AssessedInput.InternationalPerformance);
        rubric.Definition.Should().Contain("an outcome of internationalization, not a driver");
        rubric.Guidance.Should().Contain("Domestic results are not international performance");
    }
}
