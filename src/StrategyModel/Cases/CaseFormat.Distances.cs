using StrategyModel.Distance;

namespace StrategyModel.Cases;

/// <summary>The vocabulary of the <c>distances</c> and <c>institutions</c> sections (docs/case-format.md, docs/distance/).</summary>
internal static partial class CaseFormat
{
    public static readonly Wire<DistanceDimension> DistanceDimensions = new("cultural", "administrative", "geographic", "economic", "psychic");

    public static readonly Wire<DistanceLevel> Levels = new("low", "moderate", "high");

    public static readonly Wire<PsychicDistanceStimulus> Stimuli = new("language", "education", "industrial-development", "political-system", "religion", "time-zone", "colonial-tie");

    public static readonly Wire<InstitutionalVoidKind> VoidKinds = new("payment", "logistics", "credit", "information");

    public static readonly Wire<VarianceConvention> Conventions = new("sample", "population");
}
