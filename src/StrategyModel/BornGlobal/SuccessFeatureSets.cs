using System.Collections.Immutable;

namespace StrategyModel.BornGlobal;

/// <summary>The two checklists of success features the born-global evaluator can read (<see cref="BornGlobalOptions.Features"/>).</summary>
/// <remarks>The class is stateless and thread-safe.</remarks>
public static class SuccessFeatureSets
{
    /// <summary>Gets the thesis's six features (Wang 2018, section 2.1.2, after Oviatt &amp; McDougall), in the thesis's order.</summary>
    public static ImmutableArray<SuccessFeature> Thesis { get; } =
    [
        SuccessFeature.ManagersInternationalExperience,
        SuccessFeature.GlobalVision,
        SuccessFeature.InternationalNetwork,
        SuccessFeature.UniqueOffering,
        SuccessFeature.InnovationCommitment,
        SuccessFeature.GlobalIntegration,
    ];

    /// <summary>Gets Oviatt &amp; McDougall's (1995) seven characteristics of successful global start-ups, in their order.</summary>
    public static ImmutableArray<SuccessFeature> OviattMcDougall1995 { get; } =
    [
        SuccessFeature.GlobalVision,
        SuccessFeature.ManagersInternationalExperience,
        SuccessFeature.InternationalNetwork,
        SuccessFeature.PreemptiveTechnologyOrMarketing,
        SuccessFeature.UniqueIntangibleAsset,
        SuccessFeature.LinkedProductExtensions,
        SuccessFeature.GlobalIntegration,
    ];
}
