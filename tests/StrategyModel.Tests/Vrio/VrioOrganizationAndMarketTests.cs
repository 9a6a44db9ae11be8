using StrategyModel.Assessments;
using StrategyModel.Vrio;

namespace StrategyModel.Tests.Vrio;

/// <summary>Organization as Barney &amp; Hesterly's adjustment factor, and VRIO read per market.</summary>
public sealed class VrioOrganizationAndMarketTests
{
    // Barney & Hesterly's own illustration of the O question: Xerox's Palo Alto Research Center developed valuable, rare and costly
    // to imitate technologies (the personal computer, the mouse, the graphical interface, laser printing), but Xerox was not organized
    // to exploit them, so the potential sustained advantage went unused.
    [Fact]
    public void XeroxParc_ValuableRareInimitableButNotOrganized_IsUnused_BarneyHesterly()
    {
        var a = new VrioEvaluator().Evaluate(new VrioProfile
        {
            Resource = "PARC technologies",
            Valuable = Judgment.Yes,
            Rare = Judgment.Yes,
            CostlyToImitate = Judgment.Yes,
            Organized = new Rated<Judgment>(Judgment.No, ["barney-hesterly-xerox"]),
        });

        a.Potential.Should().Be(CompetitiveImplication.SustainedAdvantage);
        a.Organized.Should().BeFalse();
        a.Implication.Should().Be(CompetitiveImplication.UnusedAdvantage);
        a.Findings[^1].Sentence.Should().Be("The potential is a sustained advantage (valuable, rare and costly to imitate), but the firm is not organized to exploit the resource: the potential is unrealised (an unused advantage).");
        a.Findings.Single(f => f.RuleId == "vrio.organized").Evidence.Should().Equal("barney-hesterly-xerox");
    }

    // Organization caps every row, not only the last (Barney & Hesterly: O is an adjustment factor). Worked example: "Brenna Labs"
    // (invented) holds a valuable, rare but easily copied process it never rolled out: its temporary advantage is unrealised, not held.
    [Fact]
    public void TemporaryPotentialNotOrganized_IsUnrealised_BarneyHesterly()
    {
        var a = new VrioEvaluator().Evaluate(new VrioProfile { Resource = "Fast-cure process", Valuable = Judgment.Yes, Rare = Judgment.Yes, CostlyToImitate = Judgment.No, Organized = Judgment.No });

        a.Potential.Should().Be(CompetitiveImplication.TemporaryAdvantage);
        a.Implication.Should().Be(CompetitiveImplication.UnusedAdvantage);
        a.Findings.Single(f => f.RuleId == "vrio.organized").Sentence.Should().Be("No, not organized to exploit it: organization is an adjustment factor, so the potential (TemporaryAdvantage) is not realised.");
    }

    // Barney (1991): value is judged against the opportunities and threats of the firm's environment, so it can differ by market.
    // Worked example: "Tarn Pay" (invented), a wallet brand valuable and rare at home, of no value in a market where two local wallets
    // hold the customers: one profile per market gives a sustained advantage at home and a disadvantage abroad.
    [Fact]
    public void SameResourceInTwoMarkets_IsReadPerMarket_Barney1991()
    {
        var home = new VrioProfile { Resource = "Wallet brand", Market = "home", Valuable = Judgment.Yes, Rare = Judgment.Yes, CostlyToImitate = Judgment.Yes, Organized = Judgment.Yes };
        var abroad = home with { Market = "Norway", Valuable = new Rated<Judgment>(Judgment.No, ["f-local-wallets"]) };

        var a = new VrioEvaluator().Evaluate(home);
        var b = new VrioEvaluator().Evaluate(abroad);

        a.Market.Should().Be("home");
        a.Implication.Should().Be(CompetitiveImplication.SustainedAdvantage);
        b.Market.Should().Be("Norway");
        b.Implication.Should().Be(CompetitiveImplication.CompetitiveDisadvantage);
        b.Summary.Should().Be("Wallet brand in Norway: CompetitiveDisadvantage (first failed question: valuable).");
        b.Findings[^1].Sentence.Should().Be("Not valuable in Norway: the resource puts the firm at a competitive disadvantage.");
        a.Should().NotBe(b);
        var blank = () => new VrioEvaluator().Evaluate(home with { Market = " " });
        blank.Should().Throw<ArgumentException>().WithParameterName("Market");
    }
}
