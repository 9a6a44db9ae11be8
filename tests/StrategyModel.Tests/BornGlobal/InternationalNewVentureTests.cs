using StrategyModel.Assessments;
using StrategyModel.BornGlobal;

namespace StrategyModel.Tests.BornGlobal;

/// <summary>The new-venture type given only to international new ventures; Oviatt &amp; McDougall's (1995) seven characteristics as a preset.</summary>
public sealed class InternationalNewVentureTests
{
    private static BornGlobalProfile Profile(int founded, int firstForeignSale, ValueChainCoordination coordination, int countries) => new()
    {
        FoundedYear = founded,
        FirstForeignSaleYear = Observation.Known(firstForeignSale, "f-first-sale"),
        ForeignSalesSharePercent = Observation.Unknown<decimal>("not disclosed"),
        ValueChainCoordination = coordination,
        CountriesInvolved = Observation.Known(countries, "f-countries"),
    };

    // Oviatt & McDougall (1994) classify international new ventures, firms international from inception; the empirical work counts
    // ventures international within six years (Shrader, Oviatt & McDougall 2000). Worked example: "Halden Instruments" (invented),
    // founded 1990, first sells abroad in 2004 (14 years later) and now runs R&D, assembly and sales units in nine countries. Its
    // axes point to the global start-up cell, but it is not an INV, so it gets no type (domain review item 13).
    [Fact]
    public void FirmFirstAbroadFourteenYearsAfterFounding_IsNotAnInvAndHasOnlyAProfile_OviattMcDougall1994()
    {
        var a = new BornGlobalEvaluator().Evaluate(Profile(1990, 2004, ValueChainCoordination.Many, 9));

        a.IsInternationalNewVenture.Should().BeFalse();
        a.VentureType.Should().BeNull();
        a.ProfileType.Should().Be(NewVentureType.GlobalStartup);
        var inv = a.Findings.Single(f => f.RuleId == "born-global.international-new-venture");
        inv.Outcome.Should().Be(FindingOutcome.NotMet);
        inv.Thresholds.Should().Equal(new FindingThreshold("BornGlobalOptions.MaxYearsToInternationalizeForNewVenture", "6"));
        inv.Evidence.Should().Equal("f-first-sale");
        var type = a.Findings.Single(f => f.RuleId.StartsWith("born-global.type.", StringComparison.Ordinal));
        type.RuleId.Should().Be("born-global.type.not-an-inv");
        type.Outcome.Should().Be(FindingOutcome.Note);
        type.Sentence.Should().StartWith("The firm is not an international new venture, so it has no type; its profile would be GlobalStartup (");
        a.Findings.Should().NotContain(f => f.RuleId == "born-global.type.global-start-up");
        a.Summary.Should().Contain("not an international new venture; type: none (profile GlobalStartup)");
    }

    // Knight & Cavusgil (2004) use three years for born globals, Shrader, Oviatt & McDougall (2000) six for INVs. Worked example:
    // "Brisa Textiles" (invented), founded 2010, first export 2015, few activities in two countries: an INV by the default
    // (an export/import start-up), not one under the three-year reading.
    [Fact]
    public void FirstForeignSaleFiveYearsAfterFounding_IsAnInvBySixYearsNotByThree_KnightCavusgil2004()
    {
        var profile = Profile(2010, 2015, ValueChainCoordination.Few, 2);

        var bySix = new BornGlobalEvaluator().Evaluate(profile);
        var byThree = new BornGlobalEvaluator(new BornGlobalOptions { MaxYearsToInternationalizeForNewVenture = 3 }).Evaluate(profile);

        bySix.IsInternationalNewVenture.Should().BeTrue();
        bySix.VentureType.Should().Be(NewVentureType.ExportImportStartup);
        bySix.Findings.Should().Contain(f => f.RuleId == "born-global.type.export-import-start-up" && f.Outcome == FindingOutcome.Decided);
        byThree.IsInternationalNewVenture.Should().BeFalse();
        byThree.VentureType.Should().BeNull();
        byThree.ProfileType.Should().Be(NewVentureType.ExportImportStartup);
    }

    [Fact]
    public void FirstForeignSaleUnknown_InvStatusUnknownAndTypeWithheld()
    {
        var profile = Profile(2010, 2011, ValueChainCoordination.Many, 3) with { FirstForeignSaleYear = Observation.Unknown<int>("not disclosed") };

        var a = new BornGlobalEvaluator().Evaluate(profile);

        a.IsInternationalNewVenture.Should().BeNull();
        a.VentureType.Should().BeNull();
        a.ProfileType.Should().Be(NewVentureType.GeographicallyFocusedStartup);
        a.Findings.Single(f => f.RuleId == "born-global.international-new-venture").Outcome.Should().Be(FindingOutcome.Unknown);
        a.Findings.Single(f => f.RuleId == "born-global.type.profile-only").Outcome.Should().Be(FindingOutcome.Unknown);
    }

    // Oviatt & McDougall (1994): "countries involved" are the countries of the venture's activities and resources, not of its buyers.
    // Worked example: "Fjell Market" (invented), an online shop run from Norway with a warehouse in Poland, ships to buyers in 120
    // countries. The caller passes 2, and the venture reads as a market maker with few countries, not as a multinational trader.
    [Fact]
    public void ShopShippingToBuyersInManyCountriesFromTwo_InvolvesTwoCountries_OviattMcDougall1994()
    {
        var a = new BornGlobalEvaluator().Evaluate(Profile(2019, 2019, ValueChainCoordination.Few, 2));

        a.VentureType.Should().Be(NewVentureType.ExportImportStartup);
        a.Findings.Single(f => f.RuleId == "born-global.type.export-import-start-up").Sentence.Should().Contain("2 countries are involved (few");
    }

    // Oviatt & McDougall (1995) list seven characteristics of successful global start-ups. Worked example: "Vireo Robotics"
    // (invented), rated strong on vision, managers, networks, pre-emptive technology and worldwide coordination, weak on a unique
    // intangible asset and without linked extensions: 5 of 7 under the 1995 preset, each reported on its own.
    [Fact]
    public void OviattMcDougall1995Preset_ReportsSevenCharacteristicsEachOnItsOwn()
    {
        var profile = Profile(2012, 2013, ValueChainCoordination.Many, 6) with
        {
            SuccessFeatures =
            [
                new SuccessFeatureRating(SuccessFeature.GlobalVision, Strength.Strong),
                new SuccessFeatureRating(SuccessFeature.ManagersInternationalExperience, Strength.Strong),
                new SuccessFeatureRating(SuccessFeature.InternationalNetwork, Strength.Strong),
                new SuccessFeatureRating(SuccessFeature.PreemptiveTechnologyOrMarketing, new Rated<Strength>(Strength.Strong, ["f-vireo-patent"])),
                new SuccessFeatureRating(SuccessFeature.UniqueIntangibleAsset, Strength.Weak),
                new SuccessFeatureRating(SuccessFeature.GlobalIntegration, Strength.Moderate),
                new SuccessFeatureRating(SuccessFeature.InnovationCommitment, Strength.Strong),
            ],
        };

        var a = new BornGlobalEvaluator(new BornGlobalOptions { Features = [.. SuccessFeatureSets.OviattMcDougall1995] }).Evaluate(profile);
        var thesis = new BornGlobalEvaluator().Evaluate(profile);

        a.Features.Select(f => f.Feature).Should().Equal(SuccessFeatureSets.OviattMcDougall1995);
        a.FeaturesPresent.Should().Be(5);
        a.Features.Where(f => !f.Present).Select(f => f.Feature).Should().Equal(SuccessFeature.UniqueIntangibleAsset, SuccessFeature.LinkedProductExtensions);
        var preemptive = a.Findings.Single(f => f.RuleId == "born-global.feature.preemptive-technology-or-marketing");
        preemptive.Outcome.Should().Be(FindingOutcome.Met);
        preemptive.Source.Should().Be("Oviatt & McDougall (1995)");
        preemptive.Evidence.Should().Equal("f-vireo-patent");
        a.Findings.Should().NotContain(f => f.RuleId == "born-global.feature.innovation-commitment", "the thesis's feature is not on the 1995 list");
        a.Summary.Should().EndWith("5 of 7 success features present.");
        thesis.Features.Should().HaveCount(6);
        thesis.FeaturesPresent.Should().Be(5, "the thesis list reads innovation commitment and not the three 1995-only characteristics");
    }

    [Fact]
    public void Options_InvalidFeatureList_Throws()
    {
        var empty = () => new BornGlobalEvaluator(new BornGlobalOptions { Features = [] });
        var twice = () => new BornGlobalEvaluator(new BornGlobalOptions { Features = [SuccessFeature.GlobalVision, SuccessFeature.GlobalVision] });
        var unspecified = () => new BornGlobalEvaluator(new BornGlobalOptions { Features = [SuccessFeature.Unspecified] });
        var years = () => new BornGlobalEvaluator(new BornGlobalOptions { MaxYearsToInternationalizeForNewVenture = -1 });

        empty.Should().Throw<ArgumentException>().WithParameterName("Features");
        twice.Should().Throw<ArgumentException>().WithParameterName("Features");
        unspecified.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Features");
        years.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxYearsToInternationalizeForNewVenture");
    }
}
