using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

namespace StrategyModel.EntryModes;

/// <summary>What the literature says of one entry mode: equity, control, resource commitment, dissemination risk and flexibility.</summary>
/// <param name="Mode">The mode.</param>
/// <param name="IsEquity">Whether the mode takes equity in a foreign entity (Pan &amp; Tse 2000).</param>
/// <param name="Control">The degree of control it gives (Anderson &amp; Gatignon 1986).</param>
/// <param name="ControlRank">The mode's place in Anderson &amp; Gatignon's control order, 1 (least) to 8 (most); equal ranks are ties.</param>
/// <param name="ResourceCommitment">The resources it commits to the market (Hill, Hwang &amp; Kim 1990).</param>
/// <param name="DisseminationRisk">The risk that know-how leaks to partners (Hill, Hwang &amp; Kim 1990).</param>
/// <param name="Flexibility">How easily the firm can change or leave the arrangement.</param>
/// <param name="Route">The OLI route the mode belongs to.</param>
/// <param name="Description">A one-line description.</param>
public sealed record EntryModeAttributes(
    EntryMode Mode,
    bool IsEquity,
    ControlLevel Control,
    int ControlRank,
    Strength ResourceCommitment,
    Strength DisseminationRisk,
    Strength Flexibility,
    ServingRoute Route,
    string Description);
