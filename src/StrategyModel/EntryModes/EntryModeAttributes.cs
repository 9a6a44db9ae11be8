using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

namespace StrategyModel.EntryModes;

/// <summary>What the literature says of one entry mode or arrangement: its role, equity, control, resource commitment, dissemination risk and flexibility.</summary>
/// <param name="Mode">The mode.</param>
/// <param name="IsEquity">Whether the mode takes equity in a foreign entity (Pan &amp; Tse 2000).</param>
/// <param name="Control">The degree of control it gives the firm over its own operation in the market (Anderson &amp; Gatignon 1986). Control is not resource commitment: the two are separate dimensions.</param>
/// <param name="ControlRank">The row's place in the control order, 1 (least) to 7 (most); equal ranks are ties. Not an order of commitment.</param>
/// <param name="ResourceCommitment">The resources it commits to the market (Hill, Hwang &amp; Kim 1990).</param>
/// <param name="DisseminationRisk">The risk that know-how leaks to partners (Hill, Hwang &amp; Kim 1990).</param>
/// <param name="Flexibility">How easily the firm can change or leave the arrangement.</param>
/// <param name="Route">The OLI route the mode belongs to, or <see langword="null"/> for a supporting arrangement, which has no route of its own and serves the route of the mode it supports.</param>
/// <param name="Description">A one-line description.</param>
/// <param name="Role">Whether the row is an entry mode, a supporting arrangement or an investment that is not an entry mode.</param>
public sealed record EntryModeAttributes(
    EntryMode Mode,
    bool IsEquity,
    ControlLevel Control,
    int ControlRank,
    Strength ResourceCommitment,
    Strength DisseminationRisk,
    Strength Flexibility,
    ServingRoute? Route,
    string Description,
    EntryModeRole Role)
{
    /// <summary>Gets whether the row is an entry mode (<see cref="EntryModeRole.EntryMode"/>), which the advisor may recommend and the mode in force is read from.</summary>
    public bool IsEntryMode => Role == EntryModeRole.EntryMode;

    /// <summary>Gets whether the row is a supporting arrangement of another mode (<see cref="EntryModeRole.SupportingArrangement"/>).</summary>
    public bool IsSupporting => Role == EntryModeRole.SupportingArrangement;
}
