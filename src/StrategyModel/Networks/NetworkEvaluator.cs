using System.Collections.Immutable;
using StrategyModel.Assessments;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Networks;

/// <summary>The default <see cref="INetworkEvaluator"/>: Johanson &amp; Mattsson's (1988) two-by-two matrix.</summary>
/// <remarks>
/// <para>Source: Johanson, J. &amp; Mattsson, L.-G. (1988), "Internationalization in industrial systems: a network approach".
/// The firm's degree of internationalization is crossed with that of its market (production net):</para>
/// <list type="table">
/// <listheader><term>firm, market</term><description>situation</description></listheader>
/// <item><term>low, low</term><description><see cref="NetworkSituation.EarlyStarter"/></description></item>
/// <item><term>low, high</term><description><see cref="NetworkSituation.LateStarter"/></description></item>
/// <item><term>high, low</term><description><see cref="NetworkSituation.LonelyInternational"/></description></item>
/// <item><term>high, high</term><description><see cref="NetworkSituation.InternationalAmongOthers"/></description></item>
/// </list>
/// <para>Rule ids: <c>network.firm-degree</c> and <c>network.market-degree</c> (met when high), and one of
/// <c>network.situation.early-starter</c>, <c>network.situation.late-starter</c>, <c>network.situation.lonely-international</c>,
/// <c>network.situation.international-among-others</c> (decided). The model has no threshold to configure, so there are no
/// options. The evaluator is stateless, pure and thread-safe.</para>
/// </remarks>
public sealed class NetworkEvaluator : INetworkEvaluator
{
    private const string Source = "Johanson & Mattsson (1988)";

    /// <summary>Returns what the model expects of a firm in a situation.</summary>
    /// <param name="situation">The situation.</param>
    /// <returns>A sentence paraphrasing Johanson &amp; Mattsson (1988).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="situation"/> is <see cref="NetworkSituation.Unspecified"/> or undefined.</exception>
    public static string ExpectationOf(NetworkSituation situation) => situation switch
    {
        NetworkSituation.EarlyStarter =>
            "Few foreign network relationships, and neither do its competitors, suppliers or customers have many: the firm has little market knowledge to draw on and relies on agents, moving gradually to higher commitment as the Uppsala model describes.",
        NetworkSituation.LateStarter =>
            "Indirectly linked to foreign networks through its home partners: the firm can be pulled abroad by customers or suppliers and can jump stages, but the best foreign positions are taken, so it may enter by acquisition or a joint venture with a firm already positioned there.",
        NetworkSituation.LonelyInternational =>
            "Has knowledge and positions abroad that its home network lacks: the firm can use them to promote the internationalization of its network (suppliers, customers) and to take positions before its competitors.",
        NetworkSituation.InternationalAmongOthers =>
            "Firm and network are both international: the firm extends and penetrates through existing positions, coordinates across national networks, uses positions in one net to bridge to others, and often works through joint ventures and strategic alliances.",
        _ => throw new ArgumentOutOfRangeException(nameof(situation), situation, "situation must be a defined NetworkSituation other than Unspecified."),
    };

    /// <summary>Returns the situation for a firm's and a market's degrees of internationalization.</summary>
    /// <param name="firm">The firm's degree.</param>
    /// <param name="market">The market's degree.</param>
    /// <returns>The cell of the matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A degree is <see cref="InternationalizationDegree.Unspecified"/> or undefined.</exception>
    public static NetworkSituation SituationOf(InternationalizationDegree firm, InternationalizationDegree market)
    {
        Guard.Defined(firm, nameof(firm));
        Guard.Defined(market, nameof(market));
        return (firm, market) switch
        {
            (InternationalizationDegree.Low, InternationalizationDegree.Low) => NetworkSituation.EarlyStarter,
            (InternationalizationDegree.Low, _) => NetworkSituation.LateStarter,
            (_, InternationalizationDegree.Low) => NetworkSituation.LonelyInternational,
            _ => NetworkSituation.InternationalAmongOthers,
        };
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A degree is <see cref="InternationalizationDegree.Unspecified"/> or undefined.</exception>
    public NetworkAssessment Evaluate(NetworkProfile profile)
    {
        ModelGuard.Model(profile);
        ArgumentNullException.ThrowIfNull(profile);
        Guard.Defined(profile.Firm.Value, nameof(profile.Firm));
        Guard.Defined(profile.Market.Value, nameof(profile.Market));
        var situation = SituationOf(profile.Firm.Value, profile.Market.Value);
        var expectation = ExpectationOf(situation);
        var firmHigh = profile.Firm.Value == InternationalizationDegree.High;
        var marketHigh = profile.Market.Value == InternationalizationDegree.High;
        var firmInput = Input("firm", profile.Firm);
        var marketInput = Input("market", profile.Market);
        var (ruleId, name) = situation switch
        {
            NetworkSituation.EarlyStarter => ("network.situation.early-starter", "an early starter"),
            NetworkSituation.LateStarter => ("network.situation.late-starter", "a late starter"),
            NetworkSituation.LonelyInternational => ("network.situation.lonely-international", "a lonely international"),
            _ => ("network.situation.international-among-others", "an international among others"),
        };

        var findings = ImmutableArray.Create(
            new Finding(
                "network.firm-degree",
                MetOrNot(firmHigh),
                firmHigh
                    ? "The firm is highly internationalized: it holds many and important positions in foreign networks."
                    : "The firm is lowly internationalized: it has few and unimportant relationships with foreign networks.",
                Of(firmInput),
                [],
                Source),
            new Finding(
                "network.market-degree",
                MetOrNot(marketHigh),
                marketHigh
                    ? "The market is highly internationalized: the firm's competitors, suppliers and customers are closely linked to foreign networks."
                    : "The market is lowly internationalized: the firm's competitors, suppliers and customers have few links to foreign networks.",
                Of(marketInput),
                [],
                Source),
            new Finding(
                ruleId,
                FindingOutcome.Decided,
                Fmt($"Firm {profile.Firm.Value}, market {profile.Market.Value}: the firm is {name}. {expectation}"),
                Of(firmInput, marketInput),
                [],
                Source));

        return new NetworkAssessment
        {
            Situation = situation,
            Expectation = expectation,
            Summary = Fmt($"Situation: {situation} (firm {profile.Firm.Value}, market {profile.Market.Value})."),
            Findings = findings,
        };
    }
}
