using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Vrio;

/// <summary>The default <see cref="IVrioEvaluator"/>: Barney's VRIO table read question by question.</summary>
/// <remarks>
/// <para>Sources: Barney (1991) for the resource-based view (valuable, rare, imperfectly imitable, non-substitutable resources);
/// Barney (1995) and Barney &amp; Hesterly (Strategic Management and Competitive Advantage) for the VRIO questions and table. The
/// question of imitability includes substitution: a resource with a cheap substitute is not costly to imitate.</para>
/// <list type="table">
/// <listheader><term>V, R, I, O</term><description>implication</description></listheader>
/// <item><term>no, -, -, -</term><description><see cref="CompetitiveImplication.CompetitiveDisadvantage"/></description></item>
/// <item><term>yes, no, -, -</term><description><see cref="CompetitiveImplication.CompetitiveParity"/></description></item>
/// <item><term>yes, yes, no, -</term><description><see cref="CompetitiveImplication.TemporaryAdvantage"/></description></item>
/// <item><term>yes, yes, yes, no</term><description><see cref="CompetitiveImplication.UnusedAdvantage"/></description></item>
/// <item><term>yes, yes, yes, yes</term><description><see cref="CompetitiveImplication.SustainedAdvantage"/></description></item>
/// </list>
/// <para>The implication is decided by the first question answered no. Every question still appears as a finding, met or not;
/// the findings after the first no say that they do not change the verdict. Rule ids: <c>vrio.valuable</c>, <c>vrio.rare</c>,
/// <c>vrio.inimitable</c>, <c>vrio.organized</c>, and one of <c>vrio.implication.competitive-disadvantage</c>,
/// <c>vrio.implication.competitive-parity</c>, <c>vrio.implication.temporary-advantage</c>,
/// <c>vrio.implication.unused-advantage</c>, <c>vrio.implication.sustained-advantage</c>.</para>
/// <para>The VRIO questions are yes or no in the literature, so there are no options. The evaluator is stateless, pure and thread-safe.</para>
/// </remarks>
public sealed class VrioEvaluator : IVrioEvaluator
{
    private const string Rbv = "Barney (1991)";
    private const string Vrio = "Barney (1995); Barney & Hesterly";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="VrioProfile.Resource"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is <see cref="Judgment.Unspecified"/> or undefined.</exception>
    public CompetitiveImplication DecideImplication(VrioProfile profile)
    {
        Validate(profile);
        return (CompetitiveImplication)(LeadingYes(profile) + 1);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="VrioProfile.Resource"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is <see cref="Judgment.Unspecified"/> or undefined.</exception>
    public VrioAssessment Evaluate(VrioProfile profile)
    {
        Validate(profile);
        var leading = LeadingYes(profile);
        var implication = (CompetitiveImplication)(leading + 1);
        var firstFailed = leading switch
        {
            0 => "valuable",
            1 => "rare",
            2 => "costly to imitate",
            3 => "organized to exploit it",
            _ => null,
        };

        var findings = ImmutableArray.CreateBuilder<Finding>(5);
        findings.Add(Question(0, "vrio.valuable", "valuable", "it lets the firm exploit an opportunity or neutralize a threat", profile.Valuable, leading, firstFailed, Rbv));
        findings.Add(Question(1, "vrio.rare", "rare", "few competing firms control it", profile.Rare, leading, firstFailed, Rbv));
        findings.Add(Question(2, "vrio.inimitable", "costly to imitate", "firms without it face a cost disadvantage in obtaining, developing or substituting it", profile.CostlyToImitate, leading, firstFailed, Rbv));
        findings.Add(Question(3, "vrio.organized", "organized to exploit it", "the firm's structure, controls and policies let it exploit the resource", profile.Organized, leading, firstFailed, Vrio));

        var (ruleId, sentence) = implication switch
        {
            CompetitiveImplication.CompetitiveDisadvantage => ("vrio.implication.competitive-disadvantage", "Not valuable: the resource puts the firm at a competitive disadvantage."),
            CompetitiveImplication.CompetitiveParity => ("vrio.implication.competitive-parity", "Valuable but not rare: the resource gives competitive parity."),
            CompetitiveImplication.TemporaryAdvantage => ("vrio.implication.temporary-advantage", "Valuable and rare but not costly to imitate: a temporary competitive advantage, lasting until competitors imitate it."),
            CompetitiveImplication.UnusedAdvantage => ("vrio.implication.unused-advantage", "Valuable, rare and costly to imitate, but the firm is not organized to exploit it: an unused competitive advantage."),
            _ => ("vrio.implication.sustained-advantage", "Valuable, rare, costly to imitate and exploited by the organization: a sustained competitive advantage."),
        };
        findings.Add(new Finding(
            ruleId,
            FindingOutcome.Decided,
            sentence,
            Of(Input("valuable", profile.Valuable), Input("rare", profile.Rare), Input("costly-to-imitate", profile.CostlyToImitate), Input("organized", profile.Organized)),
            [],
            Vrio));

        return new VrioAssessment
        {
            Resource = profile.Resource,
            Implication = implication,
            Summary = Fmt($"{profile.Resource}: {implication}{(firstFailed is null ? string.Empty : " (first failed question: " + firstFailed + ")")}."),
            Findings = findings.ToImmutable(),
        };
    }

    private static Finding Question(int index, string ruleId, string name, string meaning, Rated<Judgment> answer, int leading, string? firstFailed, string source)
    {
        var yes = answer.Value == Judgment.Yes;
        var sentence = yes ? Fmt($"Yes, {name}: {meaning}.") : Fmt($"No, not {name}.");
        if (index > leading)
        {
            sentence += Fmt($" This does not change the verdict: the resource already failed the question whether it is {firstFailed}.");
        }

        return new Finding(ruleId, MetOrNot(yes), sentence, Of(Input(ruleId == "vrio.inimitable" ? "costly-to-imitate" : ruleId["vrio.".Length..], answer)), [], source);
    }

    private static int LeadingYes(VrioProfile profile) =>
        profile.Valuable.Value != Judgment.Yes ? 0
        : profile.Rare.Value != Judgment.Yes ? 1
        : profile.CostlyToImitate.Value != Judgment.Yes ? 2
        : profile.Organized.Value != Judgment.Yes ? 3
        : 4;

    private static void Validate(VrioProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.Resource, nameof(profile.Resource));
        Guard.Defined(profile.Valuable.Value, nameof(profile.Valuable));
        Guard.Defined(profile.Rare.Value, nameof(profile.Rare));
        Guard.Defined(profile.CostlyToImitate.Value, nameof(profile.CostlyToImitate));
        Guard.Defined(profile.Organized.Value, nameof(profile.Organized));
    }
}
