using System.Collections.Immutable;

namespace StrategyModel.Tests;

public sealed class RatedTests
{
    [Fact]
    public void Default_HasNoEvidenceAndHashes()
    {
        var rated = default(Rated<Strength>);

        rated.Evidence.IsDefault.Should().BeFalse("the property promises never a default array");
        rated.Evidence.Should().BeEmpty();
        rated.GetHashCode().Should().Be(new Rated<Strength>(Strength.Unspecified).GetHashCode());
        rated.Should().Be(new Rated<Strength>(Strength.Unspecified));
    }

    [Fact]
    public void WithDefaultEvidence_ReadsAsEmpty()
    {
        var rated = new Rated<Strength>(Strength.Weak, ["f-1"]) with { Evidence = default };

        rated.Evidence.IsDefault.Should().BeFalse();
        rated.Should().Be(new Rated<Strength>(Strength.Weak));
        rated.GetHashCode().Should().Be(new Rated<Strength>(Strength.Weak).GetHashCode());
    }

    [Fact]
    public void Equals_ComparesEvidenceElementByElement()
    {
        var a = new Rated<Strength>(Strength.Strong, ImmutableArray.Create("f-1", "f-2"));
        var b = new Rated<Strength>(Strength.Strong, ImmutableArray.Create("f-1", "f-2"));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(b with { Evidence = ["f-1"] });
        a.Should().NotBe(b with { Value = Strength.Weak });
    }
}
