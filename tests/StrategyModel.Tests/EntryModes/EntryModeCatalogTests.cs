using StrategyModel.EntryModes;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;

namespace StrategyModel.Tests.EntryModes;

public sealed class EntryModeCatalogTests
{
    [Fact]
    public void All_CoversEveryDefinedModeOnceInEnumOrder()
    {
        var defined = Enum.GetValues<EntryMode>().Where(m => m != EntryMode.Unspecified);

        EntryModeCatalog.All.Select(a => a.Mode).Should().Equal(defined);
    }

    // Root (1994): export modes, contractual modes (licensing, franchising, contract manufacturing and other non-equity
    // agreements) and investment modes; Pan & Tse (2000): equity versus non-equity; Anderson & Gatignon (1986): low control for
    // exports and contracts, intermediate for alliances, minority stakes and shared joint ventures, high for dominant equity.
    [Theory]
    [InlineData(EntryMode.IndirectExport, false, ControlLevel.Low, ServingRoute.Export)]
    [InlineData(EntryMode.DirectExport, false, ControlLevel.Low, ServingRoute.Export)]
    [InlineData(EntryMode.CrossBorderECommerce, false, ControlLevel.Low, ServingRoute.Export)]
    [InlineData(EntryMode.Licensing, false, ControlLevel.Low, ServingRoute.ContractualResourceTransfer)]
    [InlineData(EntryMode.Franchising, false, ControlLevel.Low, ServingRoute.ContractualResourceTransfer)]
    [InlineData(EntryMode.ContractManufacturing, false, ControlLevel.Low, ServingRoute.ContractualResourceTransfer)]
    [InlineData(EntryMode.StrategicAlliance, false, ControlLevel.Intermediate, ServingRoute.ContractualResourceTransfer)]
    [InlineData(EntryMode.MinorityStake, true, ControlLevel.Intermediate, ServingRoute.ForeignDirectInvestment)]
    [InlineData(EntryMode.JointVenture, true, ControlLevel.Intermediate, ServingRoute.ForeignDirectInvestment)]
    [InlineData(EntryMode.Acquisition, true, ControlLevel.High, ServingRoute.ForeignDirectInvestment)]
    [InlineData(EntryMode.GreenfieldSubsidiary, true, ControlLevel.High, ServingRoute.ForeignDirectInvestment)]
    public void Get_EachMode_HasTheLiteraturesClassification(EntryMode mode, bool isEquity, ControlLevel control, ServingRoute route)
    {
        var attributes = EntryModeCatalog.Get(mode);

        attributes.Mode.Should().Be(mode);
        (attributes.IsEquity, attributes.Control, attributes.Route).Should().Be((isEquity, control, route));
    }

    [Fact]
    public void All_ControlRank_FollowsAndersonGatignonOrder()
    {
        var rank = EntryModeCatalog.All.ToDictionary(a => a.Mode, a => a.ControlRank);

        rank[EntryMode.IndirectExport].Should().BeLessThan(rank[EntryMode.DirectExport]);
        rank[EntryMode.DirectExport].Should().BeLessThan(rank[EntryMode.Licensing]);
        rank[EntryMode.Licensing].Should().Be(rank[EntryMode.Franchising]);
        rank[EntryMode.Franchising].Should().BeLessThan(rank[EntryMode.StrategicAlliance]);
        rank[EntryMode.StrategicAlliance].Should().BeLessThan(rank[EntryMode.MinorityStake]);
        rank[EntryMode.MinorityStake].Should().BeLessThan(rank[EntryMode.JointVenture]);
        rank[EntryMode.JointVenture].Should().BeLessThan(rank[EntryMode.Acquisition]);
        rank[EntryMode.Acquisition].Should().Be(rank[EntryMode.GreenfieldSubsidiary]);
    }

    [Fact]
    public void All_ControlLevel_IsMonotoneInControlRank()
    {
        var ordered = EntryModeCatalog.All.OrderBy(a => a.ControlRank).Select(a => a.Control);

        ordered.Should().BeInAscendingOrder();
    }

    [Fact]
    public void All_EquityModes_AreTheFdiRoute()
    {
        EntryModeCatalog.All.Where(a => a.IsEquity).Should().OnlyContain(a => a.Route == ServingRoute.ForeignDirectInvestment);
        EntryModeCatalog.All.Where(a => !a.IsEquity).Should().OnlyContain(a => a.Route != ServingRoute.ForeignDirectInvestment);
    }

    [Fact]
    public void Get_Licensing_HasHighDisseminationRiskAndLowControl()
    {
        var licensing = EntryModeCatalog.Get(EntryMode.Licensing);

        licensing.DisseminationRisk.Should().Be(Strength.Strong);
        licensing.Control.Should().Be(ControlLevel.Low);
        EntryModeCatalog.Get(EntryMode.GreenfieldSubsidiary).ResourceCommitment.Should().Be(Strength.Strong);
    }

    [Fact]
    public void Get_Unspecified_Throws()
    {
        var act = () => EntryModeCatalog.Get(EntryMode.Unspecified);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
