using FsCheck;
using FsCheck.Fluent;

namespace StrategyModel.Tests;

/// <summary>FsCheck generators shared by the property tests.</summary>
internal static class Generators
{
    /// <summary>Every defined strength other than Unspecified.</summary>
    public static Gen<Strength> Strength { get; } = Gen.Elements(
        StrategyModel.Strength.Absent, StrategyModel.Strength.Weak, StrategyModel.Strength.Moderate, StrategyModel.Strength.Strong);
}
