using System.Reflection;
using StrategyModel.Cases;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Cases;

/// <summary>Reflection checks of the conventions every public type of the case model follows.</summary>
public sealed class CaseTypeConventionTests
{
    private static readonly string[] Namespaces = ["StrategyModel.Cases", "StrategyModel.Evidence"];

    private static IEnumerable<Type> PublicTypes() =>
        typeof(Case).Assembly.GetExportedTypes().Where(t => Namespaces.Contains(t.Namespace));

    [Fact]
    public void PublicTypes_AreSealedStaticEnumsOrInterfaces()
    {
        PublicTypes().Should().NotBeEmpty();
        PublicTypes().Where(t => !(t.IsSealed || t.IsEnum || t.IsInterface || (t.IsAbstract && t.IsSealed)))
            .Should().BeEmpty("every public class is sealed (or static), per the conventions");
    }

    [Fact]
    public void PublicEnums_HaveUnspecifiedZeroAndExplicitDistinctValues()
    {
        var enums = PublicTypes().Where(t => t.IsEnum).ToList();
        enums.Should().HaveCountGreaterThanOrEqualTo(9);
        foreach (var type in enums)
        {
            var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static);
            var values = fields.Select(f => Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            fields.Should().Contain(f => f.Name == "Unspecified" && Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture) == 0, type.Name);
            values.Should().OnlyHaveUniqueItems(type.Name);
            values.Order().Should().Equal(Enumerable.Range(0, values.Count).Select(i => (long)i), $"{type.Name} values are sequential from 0");
        }
    }

    [Fact]
    public void FactTopic_FollowsTheOrderOfTheFormatDocument()
    {
        Enum.GetValues<FactTopic>().Skip(1).Select(t => Kebab(t.ToString())).Should().Equal(CaseFormat.Topics.Names);
        ((int)FactTopic.Founding).Should().Be(1);
        ((int)FactTopic.Entry).Should().Be(51);
    }

    [Fact]
    public void WireNames_AreTheKebabCaseMemberNames()
    {
        Check(CaseFormat.DocumentKinds);
        Check(CaseFormat.Topics);
        Check(CaseFormat.Units);
        Check(CaseFormat.Scales);
        Check(CaseFormat.Inputs);
        Check(CaseFormat.MarketKinds);
        Check(CaseFormat.RelationshipKinds);
        Check(CaseFormat.PartnerFunctions);
        Check(CaseFormat.PartyRelations);
        Check(CaseFormat.FactScopes);
        Check(CaseFormat.Valences);
        Check(CaseFormat.Bounds);
        Check(CaseFormat.Confidences);
        Check(CaseFormat.EndKinds);
        Check(CaseFormat.Drivers);
        Check(CaseFormat.Features);
        Check(CaseFormat.EntryModes, ("CrossBorderECommerce", "cross-border-e-commerce"));
        Check(CaseFormat.PlatformModels, ("B2B", "b2b"), ("B2C", "b2c"), ("C2C", "c2c"));
    }

    [Fact]
    public void WireNames_AreInDocsCaseFormat()
    {
        var doc = File.ReadAllText(RepositoryPaths.Of("docs", "case-format.md"));
        var all = CaseFormat.DocumentKinds.Names.Concat(CaseFormat.Topics.Names).Concat(CaseFormat.Units.Names).Concat(CaseFormat.Scales.Names)
            .Concat(CaseFormat.Inputs.Names).Concat(CaseFormat.MarketKinds.Names).Concat(CaseFormat.RelationshipKinds.Names)
            .Concat(CaseFormat.PartnerFunctions.Names).Concat(CaseFormat.EntryModes.Names).Concat(CaseFormat.PlatformModels.Names)
            .Concat(CaseFormat.PartyRelations.Names).Concat(CaseFormat.FactScopes.Names).Concat(CaseFormat.Valences.Names).Concat(CaseFormat.Bounds.Names)
            .Concat(CaseFormat.Confidences.Names).Concat(CaseFormat.EndKinds.Names).Concat(CaseFormat.Drivers.Names).Concat(CaseFormat.Features.Names);

        all.Where(n => !doc.Contains($"`{n}`", StringComparison.Ordinal)).Should().BeEmpty();
        CaseFormat.Shapes.SelectMany(s => s.Properties).Where(p => !doc.Contains($"`{p}`", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void ProblemCodes_AreAllInTheDocsTable()
    {
        var doc = File.ReadAllText(RepositoryPaths.Of("docs", "case-format.md"));
        var codes = typeof(CaseProblemCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        codes.Should().HaveCountGreaterThanOrEqualTo(30);
        codes.Where(c => !doc.Contains($"| `{c}` |", StringComparison.Ordinal)).Should().BeEmpty("every problem code has a row in the docs' table");
    }

    private static void Check<T>(CaseFormat.Wire<T> wire, params (string Member, string Wire)[] exceptions)
        where T : struct, Enum
    {
        var expected = Enum.GetValues<T>().Skip(1).Select(v => exceptions.FirstOrDefault(e => e.Member == v.ToString()).Wire ?? Kebab(v.ToString()));
        wire.Names.Should().Equal(expected, typeof(T).Name);
        foreach (var value in Enum.GetValues<T>().Skip(1))
        {
            wire.TryParse(wire.Name(value), out var parsed).Should().BeTrue();
            parsed.Should().Be(value);
        }

        wire.TryParse("unspecified", out _).Should().BeFalse();
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
