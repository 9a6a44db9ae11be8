namespace StrategyModel.Tests;

public sealed class GuardTests
{
    private enum Gapped
    {
        Unspecified = 0,
        One = 1,
        Five = 5,
    }

    [Theory]
    [InlineData(Strength.Absent)]
    [InlineData(Strength.Weak)]
    [InlineData(Strength.Moderate)]
    [InlineData(Strength.Strong)]
    public void Defined_DefinedMember_DoesNotThrow(Strength value) =>
        FluentActions.Invoking(() => Guard.Defined(value, "x")).Should().NotThrow();

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Defined_UnspecifiedOrUndefined_ThrowsNamingTheParameter(int raw) =>
        FluentActions.Invoking(() => Guard.Defined((Strength)raw, "x")).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "x" && e.Message.Contains("must be a defined Strength other than Unspecified", StringComparison.Ordinal));

    [Theory]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(6, false)]
    public void Defined_EnumWithGaps_FallsBackToDefinedMembers(int raw, bool ok)
    {
        var act = () => Guard.Defined((Gapped)raw, "x");

        if (ok)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>();
        }
    }

    [Theory]
    [InlineData(Strength.Weak)]
    [InlineData(Strength.Moderate)]
    [InlineData(Strength.Strong)]
    public void Threshold_WeakToStrong_DoesNotThrow(Strength value) =>
        FluentActions.Invoking(() => Guard.Threshold(value, "x")).Should().NotThrow();

    // Absent would make every input meet the threshold; Unspecified and values outside the enum are not strengths at all.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Threshold_AbsentUnspecifiedOrUndefined_ThrowsNamingTheParameter(int raw) =>
        FluentActions.Invoking(() => Guard.Threshold((Strength)raw, "x")).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("x");

    [Fact]
    public void Defined_ValidValue_AllocatesNothing()
    {
        Guard.Defined(Strength.Strong, "x");
        Guard.Defined(Judgment.No, "y");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Guard.Defined(Strength.Moderate, "x");
            Guard.Defined(Judgment.Yes, "y");
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}
