namespace StrategyModel.BornGlobal;

/// <summary>A feature of successful born globals and global start-ups, as the thesis lists them after Oviatt &amp; McDougall.</summary>
/// <remarks>
/// Wang (2018, section 2.1.2) lists six features and attributes them to "Oviatt &amp; McDougall, 2015"; the list follows Oviatt &amp;
/// McDougall's (1995) characteristics of successful global start-ups. Values are stable and never renumbered.
/// </remarks>
public enum SuccessFeature
{
    /// <summary>No value was given; evaluators reject it.</summary>
    Unspecified = 0,

    /// <summary>The managers have international experience that helps them understand new markets.</summary>
    ManagersInternationalExperience = 1,

    /// <summary>The company has had a global vision (perspective) since its founding.</summary>
    GlobalVision = 2,

    /// <summary>The company has a strong international network.</summary>
    InternationalNetwork = 3,

    /// <summary>The company has a unique product or service.</summary>
    UniqueOffering = 4,

    /// <summary>The company is committed to R&amp;D, new products and innovation.</summary>
    InnovationCommitment = 5,

    /// <summary>The company's activities are integrated globally.</summary>
    GlobalIntegration = 6,
}
