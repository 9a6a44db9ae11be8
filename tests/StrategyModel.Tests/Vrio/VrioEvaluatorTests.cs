using StrategyModel.Assessments;
using StrategyModel.Vrio;

namespace StrategyModel.Tests.Vrio;

public sealed class VrioEvaluatorTests
{
    private const Judgment Y = Judgment.Yes;
    private const Judgment N = Judgment.No;

    private static VrioProfile Profile(Judgment v, Judgment r, Judgment i, Judgment o, string resource = "Resource") => new()
    {
        Resource = resource,
        Valuable = v,
        Rare = r,
        CostlyToImitate = i,
        Organized = o,
    };

    // Barney & Hesterly's VRIO table, every row, with Organization as their adjustment factor: V, R and I set the potential and
    // O = No leaves any potential above disadvantage unrealised (the rows with O = No after parity or a temporary advantage read
    // "unused" since 2026-12; before, the table was read row by row and they kept parity or the temporary advantage).
    [Theory]
    [InlineData(N, N, N, N, CompetitiveImplication.CompetitiveDisadvantage, "vrio.implication.competitive-disadvantage")]
    [InlineData(N, Y, Y, Y, CompetitiveImplication.CompetitiveDisadvantage, "vrio.implication.competitive-disadvantage")]
    [InlineData(Y, N, N, N, CompetitiveImplication.UnusedAdvantage, "vrio.implication.unused-advantage")]
    [InlineData(Y, N, Y, Y, CompetitiveImplication.CompetitiveParity, "vrio.implication.competitive-parity")]
    [InlineData(Y, Y, N, Y, CompetitiveImplication.TemporaryAdvantage, "vrio.implication.temporary-advantage")]
    [InlineData(Y, Y, N, N, CompetitiveImplication.UnusedAdvantage, "vrio.implication.unused-advantage")]
    [InlineData(Y, Y, Y, N, CompetitiveImplication.UnusedAdvantage, "vrio.implication.unused-advantage")]
    [InlineData(Y, Y, Y, Y, CompetitiveImplication.SustainedAdvantage, "vrio.implication.sustained-advantage")]
    public void Evaluate_TableRow_GivesBarneyImplication(Judgment v, Judgment r, Judgment i, Judgment o, CompetitiveImplication expected, string ruleId)
    {
        var a = new VrioEvaluator().Evaluate(Profile(v, r, i, o));

        a.Implication.Should().Be(expected);
        new VrioEvaluator().DecideImplication(Profile(v, r, i, o)).Should().Be(expected);
        a.Framework.Should().Be("vrio");
        a.Findings.Select(f => f.RuleId).Should().Equal("vrio.valuable", "vrio.rare", "vrio.inimitable", "vrio.organized", ruleId);
        a.Findings[0].Outcome.Should().Be(v == Y ? FindingOutcome.Met : FindingOutcome.NotMet);
        a.Findings[1].Outcome.Should().Be(r == Y ? FindingOutcome.Met : FindingOutcome.NotMet);
        a.Findings[2].Outcome.Should().Be(i == Y ? FindingOutcome.Met : FindingOutcome.NotMet);
        a.Findings[3].Outcome.Should().Be(o == Y ? FindingOutcome.Met : FindingOutcome.NotMet);
        a.Findings[4].Outcome.Should().Be(FindingOutcome.Decided);
    }

    // Barney & Hesterly read the questions in order and stop at the first no; the summary names it.
    [Theory]
    [InlineData(N, Y, Y, Y, "Resource: CompetitiveDisadvantage (first failed question: valuable).")]
    [InlineData(Y, N, Y, Y, "Resource: CompetitiveParity (first failed question: rare).")]
    [InlineData(Y, Y, N, Y, "Resource: TemporaryAdvantage (first failed question: costly to imitate).")]
    [InlineData(Y, Y, Y, N, "Resource: UnusedAdvantage (potential SustainedAdvantage).")]
    [InlineData(Y, Y, N, N, "Resource: UnusedAdvantage (potential TemporaryAdvantage) (first failed question: costly to imitate).")]
    [InlineData(Y, Y, Y, Y, "Resource: SustainedAdvantage.")]
    public void Evaluate_TableRow_SummaryNamesTheFirstFailedQuestion(Judgment v, Judgment r, Judgment i, Judgment o, string summary)
    {
        var a = new VrioEvaluator().Evaluate(Profile(v, r, i, o));

        a.Summary.Should().Be(summary);
    }

    [Fact]
    public void Evaluate_QuestionsAfterTheFirstNo_SayTheyDoNotChangeThePotential()
    {
        var a = new VrioEvaluator().Evaluate(Profile(Y, N, Y, Y));

        a.Findings[0].Sentence.Should().NotContain("does not change");
        a.Findings[1].Sentence.Should().NotContain("does not change");
        a.Findings[2].Sentence.Should().Contain("does not change the potential").And.Contain("rare");
        a.Findings[3].Sentence.Should().Be("Yes, organized to exploit it: the firm's structure, controls and policies let it realise the potential (CompetitiveParity).");
        a.Findings[2].Outcome.Should().Be(FindingOutcome.Met);
        new VrioEvaluator().Evaluate(Profile(N, Y, Y, N)).Findings[3].Sentence.Should().Contain("does not change the verdict");
    }

    // The thesis (Wang 2018, 2.1.1) after Hitt et al. (2001): intangibles such as brand and proprietary technology are hard to
    // imitate; a brand the firm markets actively reads as sustained advantage.
    [Fact]
    public void Evaluate_ResourceAndEvidence_CarriedIntoAssessment()
    {
        var profile = new VrioProfile
        {
            Resource = "Strong brand",
            Valuable = new Rated<Judgment>(Y, ["f-brand"]),
            Rare = Y,
            CostlyToImitate = new Rated<Judgment>(Y, ["f-hitt"]),
            Organized = new Rated<Judgment>(Y, ["f-marketing"]),
        };

        var a = new VrioEvaluator().Evaluate(profile);

        a.Resource.Should().Be("Strong brand");
        a.Implication.Should().Be(CompetitiveImplication.SustainedAdvantage);
        a.Findings[4].Evidence.Should().Equal("f-brand", "f-hitt", "f-marketing");
        a.Findings[2].Inputs.Single().Should().Be(new FindingInput("costly-to-imitate", "Yes", ["f-hitt"]));
        a.Summary.Should().Contain("Strong brand");
    }

    [Fact]
    public void Evaluate_InvalidProfile_Throws()
    {
        var evaluator = new VrioEvaluator();

        ((Action)(() => evaluator.Evaluate(Profile(Y, Judgment.Unspecified, Y, Y)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Rare");
        ((Action)(() => evaluator.DecideImplication(Profile(Y, Y, Y, (Judgment)7)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Organized");
        ((Action)(() => evaluator.Evaluate(Profile(Y, Y, Y, Y, resource: " ")))).Should().Throw<ArgumentException>().WithParameterName("Resource");
        ((Action)(() => evaluator.Evaluate(null!))).Should().Throw<ArgumentNullException>();
    }
}
