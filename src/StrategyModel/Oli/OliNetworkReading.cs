namespace StrategyModel.Oli;

/// <summary>How the OLI evaluator reads the network advantage (N) of Singh &amp; Kundu's (2002) N-OLI.</summary>
/// <remarks>
/// <para>The literature offers two readings. Singh &amp; Kundu (2002) treat N as a distinct, network-based advantage of internet
/// firms (embeddedness, electronic brokerage, network externalities) that changes how internalization and location work for
/// them: orchestrating partners rather than running a hierarchy, virtual presence. Dunning (1988) puts the advantages of the
/// common governance of a network of activities under the transaction ownership advantage (Ot), which supports counting N as
/// one more ownership advantage. Values are stable and never renumbered.</para>
/// </remarks>
public enum OliNetworkReading
{
    /// <summary>Not set; rejected by the evaluator.</summary>
    Unspecified = 0,

    /// <summary>N is a condition of its own (Singh &amp; Kundu 2002): it never decides the route, and when it holds it changes the
    /// route's reading into an N-OLI variant (<see cref="NetworkRouteVariant"/>).</summary>
    DistinctAdvantage = 1,

    /// <summary>N is one more ownership advantage, folded into O by taking the strongest (after Dunning's 1988 Ot); no N-OLI variant
    /// is read. This was the library's default before the 2026-12 review.</summary>
    OwnershipComponent = 2,

    /// <summary>Dunning's original OLI: N is read and reported but neither counted as O nor used to read the route.</summary>
    Excluded = 3,
}
