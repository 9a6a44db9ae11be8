using System.Collections.Immutable;
using StrategyModel.Cases;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Cases;

public sealed class CaseTests
{
    private static readonly Case Full = CaseTestData.Full;

    [Fact]
    public void GetFact_UnknownId_ThrowsNamingTheId()
    {
        var act = () => Full.GetFact("f-nope");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'f-nope'*");
        FluentActions.Invoking(() => Full.GetFirm("nobody")).Should().Throw<KeyNotFoundException>().WithMessage("*firm*'nobody'*");
        FluentActions.Invoking(() => Full.GetMarket("mars")).Should().Throw<KeyNotFoundException>().WithMessage("*market*'mars'*");
        FluentActions.Invoking(() => Full.GetDocument("x")).Should().Throw<KeyNotFoundException>().WithMessage("*document*'x'*");
    }

    [Fact]
    public void TryGetFact_KnownAndUnknown()
    {
        Full.TryGetFact("f-entry", out var fact).Should().BeTrue();
        fact!.Topic.Should().Be(FactTopic.Entry);
        Full.TryGetFact("f-nope", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void GetDocument_ReturnsTheDocument() => Full.GetDocument("doc-news").Kind.Should().Be(DocumentKind.News);

    [Fact]
    public void FactsAbout_FiltersByTopicFirmAndMarket()
    {
        Full.FactsAbout(FactTopic.Entry).Select(f => f.Id).Should().Equal("f-entry");
        Full.FactsAbout(FactTopic.MarketCompetition, firm: "rival").Select(f => f.Id).Should().Equal("f-rival");
        Full.FactsAbout(FactTopic.MarketCompetition, firm: "acme").Should().BeEmpty();
        Full.FactsAbout(FactTopic.MarketSize, market: "russia").Select(f => f.Id).Should().Equal("f-market-size");
        Full.FactsAbout(FactTopic.Founding, "acme", "southeast-asia").Should().BeEmpty();
        Full.FactsAbout(FactTopic.Brand).Should().BeEmpty();
    }

    [Fact]
    public void FindRating_MatchesInputAndExactScope()
    {
        Full.FindRating(AssessedInput.OwnershipAsset, "acme")!.Id.Should().Be("a-ownership");
        Full.FindRating(AssessedInput.Location, "acme", "russia")!.Id.Should().Be("a-location");
        Full.FindRating(AssessedInput.Location, "acme").Should().BeNull("the location rating is per market");
        Full.FindRating(AssessedInput.VrioRare, "acme", resource: FactTopic.EcosystemModel)!.Rates!.TryGetJudgment(out var j).Should().BeTrue();
        j.Should().Be(Judgment.Yes);
        Full.FindRating(AssessedInput.VrioRare, "acme", resource: FactTopic.Brand).Should().BeNull();
        Full.FindRating(AssessedInput.OwnershipAsset, "rival").Should().BeNull();
    }

    [Fact]
    public void With_ReplacedFacts_RebuildsTheIndex()
    {
        _ = Full.GetFact("f-entry");
        var changed = Full with { Facts = [Full.GetFact("f-scale") with { Id = "f-new" }] };

        changed.TryGetFact("f-entry", out _).Should().BeFalse();
        changed.GetFact("f-new").Value.Should().Be(12.50m);
        Full.GetFact("f-entry").Should().NotBeNull();
    }

    [Fact]
    public void Lookups_ConcurrentFirstUse_AllSucceed()
    {
        var c = CaseTestData.Full;

        Parallel.For(0, 64, i => c.GetFact(c.Facts[i % c.Facts.Length].Id).Should().BeSameAs(c.Facts[i % c.Facts.Length]));
    }

    [Fact]
    public void Equals_ComparesCollectionsElementByElement()
    {
        var copy = Full with { Facts = [.. Full.Facts] };

        copy.Should().Be(Full);
        copy.GetHashCode().Should().Be(Full.GetHashCode());
        (Full with { Facts = Full.Facts.RemoveAt(0) }).Should().NotBe(Full);
        (Full with { Firms = Full.Firms.SetItem(0, Full.Firms[0] with { Evidence = ["f-founding"] }) }).Should().NotBe(Full);
        (Full with { Summary = null }).Should().NotBe(Full);
    }

    [Fact]
    public void Equals_DefaultArrayEqualsEmpty()
    {
        var a = new Firm { Id = "a", Name = "A", BusinessUnits = default, Evidence = default };
        var b = new Firm { Id = "a", Name = "A" };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(Scale.One, 1)]
    [InlineData(Scale.Thousand, 1_000)]
    [InlineData(Scale.Million, 1_000_000)]
    [InlineData(Scale.Billion, 1_000_000_000)]
    [InlineData(Scale.Trillion, 1_000_000_000_000)]
    public void ScaledValue_MultipliesByScale(Scale? scale, long factor)
    {
        var fact = new Fact { Id = "f", Statement = "s", Topic = FactTopic.Scale, Value = 2.5m, Unit = MeasureUnit.Usd, Scale = scale, Year = 2018, Citations = [] };

        fact.ScaledValue.Should().Be(2.5m * factor);
    }

    [Theory]
    [InlineData("absent", Strength.Absent)]
    [InlineData("weak", Strength.Weak)]
    [InlineData("moderate", Strength.Moderate)]
    [InlineData("strong", Strength.Strong)]
    [InlineData("yes", Strength.Unspecified)]
    public void Rating_TryGetStrength_ReadsStrengthWords(string value, Strength expected)
    {
        var rating = new Rating { Input = AssessedInput.Location, Firm = "a", Market = "m", Value = value };

        rating.TryGetStrength(out var s).Should().Be(expected != Strength.Unspecified);
        s.Should().Be(expected);
    }

    [Fact]
    public void Rating_TryGetJudgment_ReadsYesAndNo()
    {
        new Rating { Input = AssessedInput.VrioRare, Firm = "a", Value = "no" }.TryGetJudgment(out var no).Should().BeTrue();
        no.Should().Be(Judgment.No);
        new Rating { Input = AssessedInput.VrioRare, Firm = "a", Value = "strong" }.TryGetJudgment(out var none).Should().BeFalse();
        none.Should().Be(Judgment.Unspecified);
    }

    [Fact]
    public void Firm_FindBusinessUnit_ByIdOrNull()
    {
        Full.GetFirm("acme").FindBusinessUnit("acme-pay")!.Name.Should().Be("Acme Pay");
        Full.GetFirm("acme").FindBusinessUnit("nope").Should().BeNull();
    }

    [Fact]
    public void CaseValidationException_RequiresProblems()
    {
        FluentActions.Invoking(() => new CaseValidationException("x", ImmutableArray<CaseProblem>.Empty)).Should().Throw<ArgumentException>();
        var ex = new CaseValidationException("x.json", [new CaseProblem("syntax", "$", "bad"), new CaseProblem("empty", "$.title", "empty")]);
        ex.Message.Should().Be("x.json: $: bad\nx.json: $.title: empty");
    }
}
