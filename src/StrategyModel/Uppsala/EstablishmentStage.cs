namespace StrategyModel.Uppsala;

/// <summary>The four stages of the Uppsala establishment chain, in order of increasing resource commitment to a market.</summary>
/// <remarks>
/// Johanson &amp; Wiedersheim-Paul (1975) observed Swedish firms going from no regular export, to export through independent
/// representatives (agents), to a sales subsidiary, to manufacturing in the market; Johanson &amp; Vahlne (1977) explained the
/// sequence by experiential knowledge. The values are ordered by commitment and never renumbered.
/// </remarks>
public enum EstablishmentStage
{
    /// <summary>Not set; rejected by validation where a stage is required.</summary>
    Unspecified = 0,

    /// <summary>Stage 1: no regular export activity (at most sporadic sales) to the market.</summary>
    NoRegularExport = 1,

    /// <summary>Stage 2: export through independent representatives: the foreign operation is run by parties the firm does not own.</summary>
    IndependentRepresentatives = 2,

    /// <summary>Stage 3: a sales subsidiary: the firm's own (equity) establishment in the market.</summary>
    SalesSubsidiary = 3,

    /// <summary>Stage 4: production or manufacturing in the market by the firm's own unit.</summary>
    ProductionAbroad = 4,
}
