namespace StrategyModel.Cases;

/// <summary>How a firm of a case relates to its parent firm (<see cref="Firm.Parent"/>).</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md).</remarks>
public enum PartyRelation
{
    /// <summary>No parent is recorded (the firm stands on its own).</summary>
    Unspecified = 0,

    /// <summary>The parent controls the firm: the firm's entries count as the parent's. Wire name <c>subsidiary</c>.</summary>
    Subsidiary = 1,

    /// <summary>A related firm that is not the parent's (for example a sister company under common ownership): its entries count
    /// as the parent's only where the entry says <see cref="MarketEntry.AttributedToFirm"/>. Wire name <c>affiliate</c>.</summary>
    Affiliate = 2,
}
