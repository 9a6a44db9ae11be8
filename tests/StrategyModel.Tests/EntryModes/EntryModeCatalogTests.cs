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

    // Root (1994): export modes, contractual modes (licensing, franchising, contract manufacturing) and investment modes; Pan & Tse
    // (2000): equity versus non-equity; Anderson & Gatignon (1986, Table 1): control from ownership share and contract terms, so a
    // small stake in another firm is Low and a joint venture's balanced or plurality stake Intermediate; cross-border selling direct
    // to consumers from the firm's own platform is High control (price, data, customer interface) at low commitment. The alliance
    // with a local service provider has no route of its own: it supports the mode it serves (Hennart 1988).
    [Theory]
    [InlineData(EntryMode.IndirectExport, false, ControlLevel.Low, ServingRoute.Export, EntryModeRole.EntryMode)]
    [InlineData(EntryMode.DirectExport, false, ControlLevel.Low, ServingRoute.Export, EntryModeRole.EntryMode)]
    [InlineData(EntryMode.CrossBorderECommerce, false, ControlLevel.High, ServingRoute.Export, EntryModeRole.EntryMode)]
    [InlineData(EntryMode.Licensing, false, ControlLevel.Low, ServingRoute.ContractualResourceTransfer, EntryModeRole.EntryMode)]
    [InlineData(EntryMode.Franchising, false, ControlLevel.Low, ServingRoute.ContractualResourceTransfer, EntryModeRole.EntryMode)]
    [InlineData(EntryMode.ContractManufacturing, false, ControlLevel.Low, ServingRoute.ContractualResourceTransfer, EntryModeRole.EntryMode)]
    [InlineData(EntryMode.StrategicAlliance, false, ControlLevel.Intermediate, null, EntryModeRole.SupportingArrangement)]
    [InlineData(EntryMode.MinorityStake, true, ControlLevel.Low, ServingRoute.ForeignDirectInvestment, EntryModeRole.Investment)]
    [InlineData(EntryMode.JointVenture, true, ControlLevel.Intermediate, ServingRoute.ForeignDirectInvestment, EntryModeRole.EntryMode)]
    [InlineData(EntryMode.Acquisition, true, ControlLevel.High, ServingRoute.ForeignDirectInvestment, EntryModeRole.EntryMode)]
    [InlineData(EntryMode.GreenfieldSubsidiary, true, ControlLevel.High, ServingRoute.ForeignDirectInvestment, EntryModeRole.EntryMode)]
    public void Get_EachMode_HasTheLiteraturesClassification(EntryMode mode, bool isEquity, ControlLevel control, ServingRoute? route, EntryModeRole role)
    {
        var attributes = EntryModeCatalog.Get(mode);

        attributes.Mode.Should().Be(mode);
        (attributes.IsEquity, attributes.Control, attributes.Route, attributes.Role).Should().Be((isEquity, control, route, role));
        EntryModeCatalog.RoleOf(mode).Should().Be(role);
        attributes.IsEntryMode.Should().Be(role == EntryModeRole.EntryMode);
    }

    [Fact]
    public void All_ControlRank_FollowsAndersonGatignonOrder()
    {
        var rank = EntryModeCatalog.All.ToDictionary(a => a.Mode, a => a.ControlRank);

        rank[EntryMode.IndirectExport].Should().BeLessThan(rank[EntryMode.DirectExport]);
        rank[EntryMode.MinorityStake].Should().BeLessThan(rank[EntryMode.DirectExport]);
        rank[EntryMode.DirectExport].Should().BeLessThan(rank[EntryMode.Licensing]);
        rank[EntryMode.Licensing].Should().Be(rank[EntryMode.Franchising]);
        rank[EntryMode.Franchising].Should().BeLessThan(rank[EntryMode.StrategicAlliance]);
        rank[EntryMode.StrategicAlliance].Should().BeLessThan(rank[EntryMode.JointVenture]);
        rank[EntryMode.JointVenture].Should().BeLessThan(rank[EntryMode.CrossBorderECommerce]);
        rank[EntryMode.CrossBorderECommerce].Should().BeLessThan(rank[EntryMode.Acquisition]);
        rank[EntryMode.Acquisition].Should().Be(rank[EntryMode.GreenfieldSubsidiary]);
    }

    // Anderson & Gatignon (1986): control and resource commitment are separate dimensions. Worked example: selling direct to foreign
    // consumers from the firm's own platform commits few resources (Weak, like direct export) yet gives High control, while a
    // joint venture commits more (Moderate) for less control.
    [Fact]
    public void Get_CrossBorderECommerce_IsHighControlAtLowCommitment_AndersonGatignon1986()
    {
        var platform = EntryModeCatalog.Get(EntryMode.CrossBorderECommerce);
        var jointVenture = EntryModeCatalog.Get(EntryMode.JointVenture);

        platform.Control.Should().Be(ControlLevel.High);
        platform.ResourceCommitment.Should().Be(EntryModeCatalog.Get(EntryMode.DirectExport).ResourceCommitment);
        ((int)platform.ResourceCommitment).Should().BeLessThan((int)jointVenture.ResourceCommitment);
        ((int)platform.Control).Should().BeGreaterThan((int)jointVenture.Control);
        platform.Control.Should().NotBe(EntryModeCatalog.Get(EntryMode.IndirectExport).Control);
    }

    [Fact]
    public void EntryModes_ListsOnlyEntryModes()
    {
        EntryModeCatalog.EntryModes.Should().OnlyContain(a => a.IsEntryMode);
        EntryModeCatalog.All.Except(EntryModeCatalog.EntryModes).Select(a => a.Mode).Should().Equal(EntryMode.StrategicAlliance, EntryMode.MinorityStake);
        EntryModeCatalog.All.Where(a => a.IsSupporting).Should().OnlyContain(a => a.Route == null);
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
