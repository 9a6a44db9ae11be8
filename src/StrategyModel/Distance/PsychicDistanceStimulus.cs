namespace StrategyModel.Distance;

/// <summary>The psychic-distance stimuli of Dow &amp; Karunaratna (2006): national differences that hinder the flow of information
/// between a firm and a market.</summary>
public enum PsychicDistanceStimulus
{
    /// <summary>Not set, or a measure that is not one of the stimuli.</summary>
    Unspecified = 0,

    /// <summary>Differences in language (Dow &amp; Karunaratna 2006: the languages spoken and their linguistic distance).</summary>
    Language = 1,

    /// <summary>Differences in education levels.</summary>
    Education = 2,

    /// <summary>Differences in industrial development.</summary>
    IndustrialDevelopment = 3,

    /// <summary>Differences in political systems (degree of democracy).</summary>
    PoliticalSystem = 4,

    /// <summary>Differences in religion.</summary>
    Religion = 5,

    /// <summary>Time-zone difference.</summary>
    TimeZone = 6,

    /// <summary>The absence of a colonial tie.</summary>
    ColonialTie = 7,
}
