using System.Collections.Immutable;

namespace StrategyModel.Tests;

/// <summary>The element-wise equality every assessment and case record relies on (records compare arrays by reference).</summary>
public sealed class ArrayEqualityTests
{
    [Fact]
    public void Equal_DefaultAndEmpty_AreEqualAndHashAlike()
    {
        ImmutableArray<string> none = default;
        ImmutableArray<string> empty = [];

        ArrayEquality.Equal(none, empty).Should().BeTrue();
        ArrayEquality.Equal(empty, none).Should().BeTrue();
        Hash(none).Should().Be(Hash(empty));
    }

    [Fact]
    public void Equal_SameElementsInOtherArrays_AreEqualAndHashAlike()
    {
        ImmutableArray<string> a = ["f1", "f2"];
        ImmutableArray<string> b = [.. new[] { "f1", "f2" }];

        ArrayEquality.Equal(a, b).Should().BeTrue();
        Hash(a).Should().Be(Hash(b));
    }

    [Theory]
    [InlineData(new[] { "f1" }, new[] { "f2" })]
    [InlineData(new[] { "f1", "f2" }, new[] { "f2", "f1" })]
    [InlineData(new[] { "f1" }, new[] { "f1", "f1" })]
    [InlineData(new string[0], new[] { "f1" })]
    public void Equal_OtherElementsOrOrderOrLength_AreNotEqual(string[] left, string[] right) =>
        ArrayEquality.Equal([.. left], [.. right]).Should().BeFalse();

    [Fact]
    public void OrEmpty_Default_IsEmptyNotDefault()
    {
        ImmutableArray<int> none = default;

        none.OrEmpty().IsDefault.Should().BeFalse();
        none.OrEmpty().Should().BeEmpty();
    }

    private static int Hash(ImmutableArray<string> array)
    {
        var hash = default(HashCode);
        ArrayEquality.Add(ref hash, array);
        return hash.ToHashCode();
    }
}
