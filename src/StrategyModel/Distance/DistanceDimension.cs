namespace StrategyModel.Distance;

/// <summary>What a distance measure measures: one of Ghemawat's (2001) CAGE dimensions, or psychic distance
/// (Johanson &amp; Vahlne 1977; Dow &amp; Karunaratna 2006).</summary>
public enum DistanceDimension
{
    /// <summary>Not set; rejected.</summary>
    Unspecified = 0,

    /// <summary>Cultural distance: language, ethnicity, religion, social norms; a Kogut-Singh index belongs here (Ghemawat 2001).</summary>
    Cultural = 1,

    /// <summary>Administrative distance: colonial ties, shared currency or trade bloc, political hostility, government policies and
    /// institutional weakness (Ghemawat 2001).</summary>
    Administrative = 2,

    /// <summary>Geographic distance: physical remoteness, a shared border, access to the sea, size, transport and communication
    /// links, climate (Ghemawat 2001).</summary>
    Geographic = 3,

    /// <summary>Economic distance: differences in consumer incomes, in the cost and quality of natural, financial and human resources,
    /// infrastructure and information (Ghemawat 2001).</summary>
    Economic = 4,

    /// <summary>Psychic distance: the factors that hinder the flow of information between firm and market (Johanson &amp;
    /// Wiedersheim-Paul 1975; Johanson &amp; Vahlne 1977), measured by the stimuli of Dow &amp; Karunaratna (2006).</summary>
    Psychic = 5,
}
