namespace StrategyModel.Networks;

/// <summary>The two inputs of the network model: how internationalized the firm is, and how internationalized its market (production net) is.</summary>
/// <remarks>Both must be <see cref="InternationalizationDegree.Low"/> or <see cref="InternationalizationDegree.High"/>.</remarks>
public sealed record NetworkProfile
{
    /// <summary>Gets the firm's degree of internationalization: the extent and importance of its positions in foreign networks.</summary>
    public required Rated<InternationalizationDegree> Firm { get; init; }

    /// <summary>Gets the degree of internationalization of the market (the firm's production net): how many and how close the links of its competitors, suppliers and customers to foreign networks are.</summary>
    public required Rated<InternationalizationDegree> Market { get; init; }
}
