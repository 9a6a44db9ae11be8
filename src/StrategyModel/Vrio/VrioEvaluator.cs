using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Vrio;

/// <summary>The default <see cref="IVrioEvaluator"/>: Barney's VRIO table read question by question.</summary>
/// <remarks>
/// <para>Sources: Barney (1991) for the resource-based view (valuable, rare, imperfectly imitable, non-substitutable resources);
/// Barney (1995) and Barney &amp; Hesterly (Strategic Management and Competitive Advantage) for the VRIO questions and table. The
/// question of imitability includes substitution: a resource with a cheap substitute is not costly to imitate.</para>
/// <para>Organization is an adjustment factor (Barney &amp; Hesterly): value, rarity and imitability set the potential, and a firm
/// that is not organized to exploit the resource does not realise it, whatever it is, temporary advantages and parity included.</para>
/// <list type="table">
/// <listheader><term>V, R, I</term><description>potential; implication when O is yes / no</description></listheader>
/// <item><term>no, -, -</term><description><see cref="CompetitiveImplication.CompetitiveDisadvantage"/>; disadvantage / disadvantage</description></item>
/// <item><term>yes, no, -</term><description><see cref="CompetitiveImplication.CompetitiveParity"/>; parity / <see cref="CompetitiveImplication.UnusedAdvantage"/></description></item>
/// <item><term>yes, yes, no</term><description><see cref="CompetitiveImplication.TemporaryAdvantage"/>; temporary advantage / unused</description></item>
/// <item><term>yes, yes, yes</term><description><see cref="CompetitiveImplication.SustainedAdvantage"/>; sustained advantage / unused</description></item>
/// </list>
/// <para>Before 2026-12 the library read O only after V, R and I were all yes (the table read row by row), so a temporary advantage
/// stayed temporary when the firm was not organized; the adjustment-factor reading is Barney &amp; Hesterly's own.</para>
/// <para>Every question appears as a finding, met or not; the findings for R and I after the first no among V, R, I say that they do
/// not change the potential. Rule ids: <c>vrio.valuable</c>, <c>vrio.rare</c>, <c>vrio.inimitable</c>, <c>vrio.organized</c>, and
/// one of <c>vrio.implication.competitive-disadvantage</c>, <c>vrio.implication.competitive-parity</c>,
/// <c>vrio.implication.temporary-advantage</c>, <c>vrio.implication.unused-advantage</c>,
/// <c>vrio.implication.sustained-advantage</c>. <see cref="VrioProfile.Market"/>, when set, names the market the answers speak for.</para>
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
        ModelGuard.Model(profile);
        Validate(profile);
        return Adjust(Potential(LeadingYes(profile)), profile.Organized.Value == Judgment.Yes);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="VrioProfile.Resource"/> is empty, or <see cref="VrioProfile.Market"/> is empty or whitespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is <see cref="Judgment.Unspecified"/> or undefined.</exception>
    public VrioAssessment Evaluate(VrioProfile profile)
    {
        ModelGuard.Model(profile);
        Validate(profile);
        var leading = LeadingYes(profile);
        var potential = Potential(leading);
        var organized = profile.Organized.Value == Judgment.Yes;
        var implication = Adjust(potential, organized);
        var firstFailed = leading switch
        {
            0 => "valuable",
            1 => "rare",
            2 => "costly to imitate",
            _ => null,
        };

        var findings = ImmutableArray.CreateBuilder<Finding>(5);
        findings.Add(Question(0, "vrio.valuable", "valuable", "it lets the firm exploit an opportunity or neutralize a threat", profile.Valuable, leading, firstFailed, Rbv));
        findings.Add(Question(1, "vrio.rare", "rare", "few competing firms control it", profile.Rare, leading, firstFailed, Rbv));
        findings.Add(Question(2, "vrio.inimitable", "costly to imitate", "firms without it face a cost disadvantage in obtaining, developing or substituting it", profile.CostlyToImitate, leading, firstFailed, Rbv));
        findings.Add(new Finding(
            "vrio.organized",
            MetOrNot(organized),
            organized
                ? Fmt($"Yes, organized to exploit it: the firm's structure, controls and policies let it realise the potential ({potential}).")
                : potential == CompetitiveImplication.CompetitiveDisadvantage
                    ? "No, not organized to exploit it. This does not change the verdict: a resource that is not valuable has no potential to realise."
                    : Fmt($"No, not organized to exploit it: organization is an adjustment factor, so the potential ({potential}) is not realised."),
            Of(Input("organized", profile.Organized)),
            [],
            Vrio));

        var where = profile.Market is null ? string.Empty : " in " + profile.Market;
        var (ruleId, sentence) = implication switch
        {
            CompetitiveImplication.CompetitiveDisadvantage => ("vrio.implication.competitive-disadvantage", Fmt($"Not valuable{where}: the resource puts the firm at a competitive disadvantage.")),
            CompetitiveImplication.CompetitiveParity => ("vrio.implication.competitive-parity", Fmt($"Valuable{where} but not rare, and exploited: the resource gives competitive parity.")),
            CompetitiveImplication.TemporaryAdvantage => ("vrio.implication.temporary-advantage", Fmt($"Valuable{where} and rare but not costly to imitate, and exploited: a temporary competitive advantage, lasting until competitors imitate it.")),
            CompetitiveImplication.UnusedAdvantage => ("vrio.implication.unused-advantage", Fmt($"The potential{where} is {PotentialWords(potential)}, but the firm is not organized to exploit the resource: the potential is unrealised (an unused advantage).")),
            _ => ("vrio.implication.sustained-advantage", Fmt($"Valuable{where}, rare, costly to imitate and exploited by the organization: a sustained competitive advantage.")),
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
            Market = profile.Market,
            Potential = potential,
            Organized = organized,
            Implication = implication,
            Summary = Fmt($"{profile.Resource}{where}: {implication}{(implication == potential ? string.Empty : Fmt($" (potential {potential})"))}{(firstFailed is null ? string.Empty : " (first failed question: " + firstFailed + ")")}."),
            Findings = findings.ToImmutable(),
        };
    }

    private static CompetitiveImplication Potential(int leading) => leading switch
    {
        0 => CompetitiveImplication.CompetitiveDisadvantage,
        1 => CompetitiveImplication.CompetitiveParity,
        2 => CompetitiveImplication.TemporaryAdvantage,
        _ => CompetitiveImplication.SustainedAdvantage,
    };

    private static CompetitiveImplication Adjust(CompetitiveImplication potential, bool organized) =>
        organized || potential == CompetitiveImplication.CompetitiveDisadvantage ? potential : CompetitiveImplication.UnusedAdvantage;

    private static string PotentialWords(CompetitiveImplication potential) => potential switch
    {
        CompetitiveImplication.CompetitiveParity => "competitive parity (valuable, not rare)",
        CompetitiveImplication.TemporaryAdvantage => "a temporary advantage (valuable and rare, not costly to imitate)",
        _ => "a sustained advantage (valuable, rare and costly to imitate)",
    };

    private static Finding Question(int index, string ruleId, string name, string meaning, Rated<Judgment> answer, int leading, string? firstFailed, string source)
    {
        var yes = answer.Value == Judgment.Yes;
        var sentence = yes ? Fmt($"Yes, {name}: {meaning}.") : Fmt($"No, not {name}.");
        if (index > leading)
        {
            sentence += Fmt($" This does not change the potential: the resource already failed the question whether it is {firstFailed}.");
        }

        return new Finding(ruleId, MetOrNot(yes), sentence, Of(Input(ruleId == "vrio.inimitable" ? "costly-to-imitate" : ruleId["vrio.".Length..], answer)), [], source);
    }

    // The number of leading yes answers among V, R and I (0 to 3); O adjusts the result afterwards.
    private static int LeadingYes(VrioProfile profile) =>
        profile.Valuable.Value != Judgment.Yes ? 0
        : profile.Rare.Value != Judgment.Yes ? 1
        : profile.CostlyToImitate.Value != Judgment.Yes ? 2
        : 3;

    private static void Validate(VrioProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.Resource, nameof(profile.Resource));
        Guard.Defined(profile.Valuable.Value, nameof(profile.Valuable));
        Guard.Defined(profile.Rare.Value, nameof(profile.Rare));
        Guard.Defined(profile.CostlyToImitate.Value, nameof(profile.CostlyToImitate));
        Guard.Defined(profile.Organized.Value, nameof(profile.Organized));
        if (profile.Market is { } market && string.IsNullOrWhiteSpace(market))
        {
            throw Guard.Invalid("Market must be null or a name.", nameof(profile.Market));
        }
    }
}
