namespace StrategyModel.Cases;

/// <summary>What a partner or investee does for the firm.</summary>
/// <remarks>Values are stable and never renumbered; the case format writes each as its kebab-case wire name (docs/case-format.md).</remarks>
public enum PartnerFunction
{
    /// <summary>Not set; the case loader never produces it.</summary>
    Unspecified = 0,

    /// <summary>Payment services. Wire name <c>payment</c>.</summary>
    Payment = 1,

    /// <summary>Logistics and delivery. Wire name <c>logistics</c>.</summary>
    Logistics = 2,

    /// <summary>A marketplace or retail platform. Wire name <c>marketplace</c>.</summary>
    Marketplace = 3,

    /// <summary>Traffic: users, search or social reach. Wire name <c>traffic</c>.</summary>
    Traffic = 4,

    /// <summary>Telecommunications. Wire name <c>telecom</c>.</summary>
    Telecom = 5,

    /// <summary>Financial services other than payment. Wire name <c>finance</c>.</summary>
    Finance = 6,

    /// <summary>Grocery retail. Wire name <c>grocery</c>.</summary>
    Grocery = 7,

    /// <summary>A government agency or state-owned body. Wire name <c>government</c>.</summary>
    Government = 8,

    /// <summary>An investment fund. Wire name <c>investment-fund</c>.</summary>
    InvestmentFund = 9,
}
