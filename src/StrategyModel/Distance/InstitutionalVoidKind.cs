namespace StrategyModel.Distance;

/// <summary>The market intermediaries whose absence Khanna &amp; Palepu (1997, 2010) call institutional voids, as the case format
/// names the four an e-commerce entrant meets.</summary>
public enum InstitutionalVoidKind
{
    /// <summary>Not set; rejected.</summary>
    Unspecified = 0,

    /// <summary>Payment: bank accounts, cards and payment systems buyers and sellers can use.</summary>
    Payment = 1,

    /// <summary>Logistics: delivery, postal and customs capacity.</summary>
    Logistics = 2,

    /// <summary>Credit: lending and capital markets (Khanna &amp; Palepu's capital-market intermediaries).</summary>
    Credit = 3,

    /// <summary>Information: credit ratings, market research, certification, trustworthy disclosure (Khanna &amp; Palepu's
    /// information intermediaries).</summary>
    Information = 4,
}
