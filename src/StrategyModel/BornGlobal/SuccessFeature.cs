namespace StrategyModel.BornGlobal;

/// <summary>A feature of successful born globals and global start-ups: the thesis's six, and Oviatt &amp; McDougall's (1995) seven characteristics.</summary>
/// <remarks>
/// <para>Wang (2018, section 2.1.2) lists six features and attributes them to "Oviatt &amp; McDougall, 2015"; they paraphrase Oviatt &amp;
/// McDougall's (1995, Academy of Management Executive 9(2)) seven characteristics of successful global start-ups: a global vision
/// from inception; internationally experienced managers; strong international business networks; pre-emptive technology or
/// marketing; a unique intangible asset; closely linked product or service extensions; and a closely coordinated organisation
/// worldwide. <see cref="SuccessFeatureSets"/> holds both lists; four features are common to both (vision, managers, networks and
/// worldwide coordination, which the thesis calls global integration).</para>
/// <para>Values are stable and never renumbered.</para>
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

    /// <summary>The company's activities are integrated globally: Oviatt &amp; McDougall's (1995) "closely coordinated organisation worldwide".</summary>
    GlobalIntegration = 6,

    /// <summary>Oviatt &amp; McDougall (1995): pre-emptive technology or marketing, moving into markets before rivals can.</summary>
    PreemptiveTechnologyOrMarketing = 7,

    /// <summary>Oviatt &amp; McDougall (1995): a unique intangible asset, such as know-how or a brand, that rivals find hard to copy.</summary>
    UniqueIntangibleAsset = 8,

    /// <summary>Oviatt &amp; McDougall (1995): closely linked product or service extensions that build on the first offering.</summary>
    LinkedProductExtensions = 9,
}
