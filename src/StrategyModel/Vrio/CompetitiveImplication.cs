namespace StrategyModel.Vrio;

/// <summary>The competitive implication of a resource or capability in Barney's VRIO framework.</summary>
/// <remarks>
/// Values are stable and never renumbered. Their order is the number of VRIO questions answered yes before the first no, plus
/// one: it is the order in which the framework's table lists them, not a claim that an unused advantage is worth more than a
/// temporary one.
/// </remarks>
public enum CompetitiveImplication
{
    /// <summary>Not set; never produced by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>Not valuable: the resource puts the firm at a competitive disadvantage.</summary>
    CompetitiveDisadvantage = 1,

    /// <summary>Valuable but not rare: competitive parity.</summary>
    CompetitiveParity = 2,

    /// <summary>Valuable and rare but not costly to imitate: a temporary competitive advantage.</summary>
    TemporaryAdvantage = 3,

    /// <summary>The firm is not organized to exploit a valuable resource, so its potential (parity, a temporary or a sustained advantage) is not realised: an unused, unrealised potential (Barney &amp; Hesterly: organization as an adjustment factor).</summary>
    UnusedAdvantage = 4,

    /// <summary>Valuable, rare, costly to imitate and exploited by the organization: a sustained competitive advantage.</summary>
    SustainedAdvantage = 5,
}
