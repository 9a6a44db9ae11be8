using StrategyModel.TransactionCosts;

namespace StrategyModel.Tests.TransactionCosts;

public sealed class OwnershipControlTests
{
    private static readonly OwnershipControl Control = OwnershipControl.Default;

    // Anderson & Gatignon (1986, Table 1): entry modes grouped by control, ownership classes first. Each row is a worked example of
    // one class with the number of partners A&G distinguish (one partner, few, many); the stakes are ours.
    [Theory]
    [InlineData("wholly owned subsidiary", 100, new double[0], EquityPosition.WhollyOwned, ControlLevel.High)]
    [InlineData("dominant shareholder, one partner", 70, new[] { 30.0 }, EquityPosition.DominantShareholder, ControlLevel.High)]
    [InlineData("dominant shareholder, few partners", 60, new[] { 25.0, 15.0 }, EquityPosition.DominantShareholder, ControlLevel.High)]
    [InlineData("dominant shareholder, many partners", 55, new[] { 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0 }, EquityPosition.DominantShareholder, ControlLevel.High)]
    [InlineData("plurality shareholder, few partners", 40, new[] { 35.0, 25.0 }, EquityPosition.PluralityShareholder, ControlLevel.Intermediate)]
    [InlineData("plurality shareholder, many partners", 30, new[] { 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0 }, EquityPosition.PluralityShareholder, ControlLevel.Intermediate)]
    [InlineData("balanced interest, one partner (50:50)", 50, new[] { 50.0 }, EquityPosition.BalancedInterest, ControlLevel.Intermediate)]
    [InlineData("balanced interest, few partners", 30, new[] { 30.0, 20.0, 20.0 }, EquityPosition.BalancedInterest, ControlLevel.Intermediate)]
    [InlineData("small shareholder, one partner", 10, new[] { 90.0 }, EquityPosition.SmallShareholder, ControlLevel.Low)]
    [InlineData("small shareholder, many (diffused) partners", 5, new double[0], EquityPosition.SmallShareholder, ControlLevel.Low)]
    [InlineData("minority outweighed by a dominant partner", 40, new[] { 60.0 }, EquityPosition.SmallShareholder, ControlLevel.Low)]
    [InlineData("no equity", 0, new double[0], EquityPosition.NoEquity, ControlLevel.Low)]
    public void Classify_AndersonGatignon1986Table1Row_GivesItsClassAndControl(string row, double own, double[] partners, EquityPosition position, ControlLevel control)
    {
        var shares = partners.Select(p => (decimal)p).ToArray();

        Control.Classify((decimal)own, shares).Should().Be(position, row);
        Control.FromEquity((decimal)own, shares).Should().Be(control, row);
        OwnershipControl.ControlOf(position).Should().Be(control, row);
    }

    // Anderson & Gatignon (1986, Table 1): contract terms count too; non-restrictive, non-exclusive contracts are low control,
    // restrictive or exclusive ones medium.
    [Theory]
    [InlineData(ContractTerms.NonRestrictiveNonExclusive, ControlLevel.Low)]
    [InlineData(ContractTerms.NonRestrictiveExclusive, ControlLevel.Intermediate)]
    [InlineData(ContractTerms.RestrictiveNonExclusive, ControlLevel.Intermediate)]
    [InlineData(ContractTerms.RestrictiveExclusive, ControlLevel.Intermediate)]
    public void FromContract_AndersonGatignon1986Table1Terms_GiveTheirControl(ContractTerms terms, ControlLevel control)
    {
        Control.FromContract(terms).Should().Be(control);
        Control.Derive(0m, terms).Should().Be(control);
    }

    // Anderson & Gatignon (1986): restrictive exclusive contracts rank above a small equity stake. Worked example: an exclusive,
    // tightly specified master-franchise agreement gives more control than a 10% stake in a local firm, and a 10% stake that comes
    // with such a contract gives the contract's control.
    [Fact]
    public void Derive_RestrictiveExclusiveContract_RanksAboveASmallStake_AndersonGatignon1986()
    {
        var smallStake = Control.FromEquity(10m, 60m, 30m);
        var contract = Control.FromContract(ContractTerms.RestrictiveExclusive);

        smallStake.Should().Be(ControlLevel.Low);
        ((int)contract).Should().BeGreaterThan((int)smallStake);
        Control.Derive(10m, ContractTerms.RestrictiveExclusive, 60m, 30m).Should().Be(ControlLevel.Intermediate);
        Control.Derive(70m, ContractTerms.NonRestrictiveNonExclusive, 30m).Should().Be(ControlLevel.High);
        new OwnershipControl(new OwnershipControlOptions { RestrictiveExclusiveContractControl = ControlLevel.High })
            .FromContract(ContractTerms.RestrictiveExclusive).Should().Be(ControlLevel.High);
    }

    // A host cap on foreign ownership caps control: a 49% stake is at best a plurality (Intermediate); a cap above a majority
    // leaves High; with no equity allowed the best contract still gives Intermediate (Anderson & Gatignon 1986, Table 1).
    [Theory]
    [InlineData(100, ControlLevel.High)]
    [InlineData(51, ControlLevel.High)]
    [InlineData(50, ControlLevel.Intermediate)]
    [InlineData(49, ControlLevel.Intermediate)]
    [InlineData(10, ControlLevel.Intermediate)]
    [InlineData(0, ControlLevel.Intermediate)]
    public void Ceiling_ForeignOwnershipCap_GivesTheMostControlAvailable(double cap, ControlLevel expected)
    {
        Control.Ceiling((decimal)cap).Should().Be(expected);
    }

    [Fact]
    public void Options_ThresholdsMoveTheClasses()
    {
        var strict = new OwnershipControl(new OwnershipControlOptions { SmallStakeBelowPercent = 35m, BalancedTolerancePoints = 2m, WhollyOwnedFromPercent = 100m });

        strict.Classify(30m, 10m).Should().Be(EquityPosition.SmallShareholder);
        strict.Classify(49m, 51m).Should().Be(EquityPosition.BalancedInterest);
        strict.Classify(97m).Should().Be(EquityPosition.DominantShareholder);
        Control.Classify(97m).Should().Be(EquityPosition.WhollyOwned);
    }

    [Fact]
    public void Classify_InvalidShares_Throw()
    {
        ((Action)(() => Control.Classify(60m, 50m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => Control.Classify(-1m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ownPercent");
        ((Action)(() => Control.Classify(10m, 0m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partnerPercents");
        ((Action)(() => Control.Derive(0m, ContractTerms.Unspecified))).Should().Throw<ArgumentException>().WithParameterName("contract");
        ((Action)(() => Control.Ceiling(101m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxForeignPercent");
    }

    [Fact]
    public void Constructor_InvalidOptions_Throw()
    {
        ((Action)(() => _ = new OwnershipControl(new OwnershipControlOptions { MajorityAbovePercent = 40m }))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MajorityAbovePercent");
        ((Action)(() => _ = new OwnershipControl(new OwnershipControlOptions { SmallStakeBelowPercent = 0m }))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SmallStakeBelowPercent");
        ((Action)(() => _ = new OwnershipControl(new OwnershipControlOptions { BalancedTolerancePoints = -1m }))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BalancedTolerancePoints");
        ((Action)(() => _ = new OwnershipControl(new OwnershipControlOptions { RestrictiveExclusiveContractControl = ControlLevel.Low }))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("RestrictiveExclusiveContractControl");
    }
}
