using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.EntryModes;
using StrategyModel.Reporting;
using StrategyModel.Sensitivity;

namespace StrategyModel.Tests;

/// <summary>
/// Issue 15: models built or edited in code. Every reference-typed or immutable-array property of every record reachable from a
/// case (and from an analysis of it) is set to null or default one at a time, and every array gets a null element; each public
/// entry point then either succeeds or throws an <see cref="ArgumentException"/> naming its own parameter: never a
/// <see cref="NullReferenceException"/>, an <see cref="InvalidOperationException"/> or an <see cref="IndexOutOfRangeException"/>.
/// </summary>
/// <remarks>The mutations descend into the first element of each array (every record type is reached; walking every element of
/// the shipped case would repeat the same property thousands of times).</remarks>
public sealed class NullSafetyTests
{
    private const int Year = 2018;
    private static readonly Case Alibaba = CaseLibrary.Shipped.Get("alibaba-group");
    private static readonly CaseAnalyzer Analyzer = new();
    private static readonly Lazy<CaseAnalysis> Analysis = new(() => Analyzer.Analyze(Alibaba, Year));

    public static TheoryData<string> CaseMutations() => Names(Mutations(Alibaba));

    public static TheoryData<string> AnalysisMutations() => Names(Mutations(Analysis.Value));

    [Fact]
    public void Mutations_ReachTheNestedRecords()
    {
        var names = Mutations(Alibaba).Select(m => m.Name).ToList();
        names.Should().Contain("Facts[0].Citations = default").And.Contain("Entries[0].Stakes[+null]").And.Contain("Firms[0].Name = null");
        Mutations(Analysis.Value).Select(m => m.Name).Should().Contain(n => n.StartsWith("Markets[0].Oli.", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CaseMutations))]
    public void Case_EditedInCode_EveryEntryPointSucceedsOrNamesItsArgument(string mutation)
    {
        var edited = (Case)Mutations(Alibaba).Single(m => m.Name == mutation).Value;

        Check(() => Analyzer.Analyze(edited, Year), "studyCase");
        Check(() => Analyzer.Analyze(edited, "alibaba", Year), "studyCase");
        Check(() => CaseWriter.ToJson(edited), "c");
        Check(() => CaseWriter.Save(edited, new MemoryStream()), "c");
        CaseAnalysis? analysis = null;
        try
        {
            analysis = Analyzer.Analyze(edited, Year);
        }
        catch (ArgumentException)
        {
            // checked above
        }

        if (analysis is not null)
        {
            Check(() => MarkdownReport.Render(analysis), "analysis");
            Check(() => JsonReport.Render(analysis), "analysis");
            Check(() => HtmlReport.Render(analysis), "analysis");
        }
    }

    [Theory]
    [MemberData(nameof(CaseMutations))]
    public void Case_EditedInCode_RobustnessScenarioSucceedsOrNamesItsArgument(string mutation)
    {
        var edited = (Case)Mutations(Alibaba).Single(m => m.Name == mutation).Value;
        var scenario = new Scenario("a 49% ownership cap", [ScenarioOverride.Setting("transaction-costs.foreign-ownership-cap-percent", 49m)]);

        Check(() => new RobustnessAnalyzer().Compare(edited, Year, scenario), "studyCase");
    }

    [Theory]
    [MemberData(nameof(AnalysisMutations))]
    public void Analysis_EditedInCode_ReportsAndCompareSucceedOrNameTheirArgument(string mutation)
    {
        var edited = (CaseAnalysis)Mutations(Analysis.Value).Single(m => m.Name == mutation).Value;

        Check(() => MarkdownReport.Render(edited), "analysis");
        Check(() => JsonReport.Render(edited), "analysis");
        Check(() => HtmlReport.Render(edited), "analysis");
        Check(() => Analyzer.Compare(edited, "russia", "southeast-asia"), "analysis", "marketA", "marketB");
        Check(() => MarkdownReport.Render(Analysis.Value, Analyzer.Compare(Analysis.Value, "russia", "southeast-asia"), scenarios: [null!]), "scenarios");
    }

    // Before the fix: enumerating a default ImmutableArray through LINQ threw InvalidOperationException.
    [Fact]
    public void EntryModeAdvisor_OliWithDefaultFindings_DoesNotThrowInvalidOperation()
    {
        var market = Analysis.Value.Markets.First(m => m.Oli is not null && m.TransactionCosts is not null);

        var recommendation = new EntryModeAdvisor().Recommend(market.Oli! with { Findings = default }, market.TransactionCosts!);

        recommendation.Candidates.Should().NotBeEmpty();
    }

    [Fact]
    public void EntryModeAdvisor_FindingHoldingNull_ThrowsNamingTheArgument()
    {
        var market = Analysis.Value.Markets.First(m => m.Oli is not null && m.TransactionCosts is not null);

        var act = () => new EntryModeAdvisor().Recommend(market.Oli!, market.TransactionCosts! with { Findings = [null!] });

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "transactionCosts" && e.Message.Contains("transactionCosts.Findings[0] is null", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_NullFact_MessageNamesThePath()
    {
        var edited = Alibaba with { Facts = Alibaba.Facts.Insert(3, null!) };

        var act = () => Analyzer.Analyze(edited, Year);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "studyCase" && e.Message.Contains("studyCase.Facts[3] is null", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_DanglingReferenceBuiltInCode_ThrowsNamingTheArgumentAndThePath()
    {
        var entry = Alibaba.Entries[0];
        var edited = Alibaba with { Entries = Alibaba.Entries.SetItem(0, entry with { Market = "atlantis" }) };

        var act = () => Analyzer.Analyze(edited, Year);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "studyCase" && e.Message.Contains("$.entries[0].market", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_DefaultOptionalArrays_ReadAsEmpty()
    {
        var edited = Alibaba with { Timeline = default, Competitors = default, Distances = default, Institutions = default };

        edited.Timeline.IsDefault.Should().BeFalse();
        FluentActions.Invoking(() => Analyzer.Analyze(edited, Year)).Should().NotThrow();
    }

    [Fact]
    public void Analyze_SameCaseTwice_WalksOnce()
    {
        Analyzer.Analyze(Alibaba, Year);
        var before = GC.GetAllocatedBytesForCurrentThread();
        ModelGuard.Case(Alibaba, "studyCase");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    private static void Check(Action act, params string[] paramNames)
    {
        try
        {
            act();
        }
        catch (ArgumentException e)
        {
            e.ParamName.Should().BeOneOf(paramNames, "the exception must name one of the entry point's own parameters: {0}", e.Message);
        }
    }

    private static TheoryData<string> Names(IEnumerable<(string Name, object Value)> mutations)
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in mutations)
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>Every single-property edit of <paramref name="root"/>: a reference property set to null, an immutable array set to
    /// default, a null inserted at the front of an array; each returned as a new root (the original is never changed).</summary>
    private static IEnumerable<(string Name, object Value)> Mutations(object root)
    {
        var results = new List<(string, object?)>();
        Visit(root, string.Empty, x => x, results, depth: 0);
        results.RemoveAll(r => r.Item2 is null);
        return results.Select(r => (r.Item1, r.Item2!));
    }

    private static void Visit(object node, string path, Func<object, object?> rebuild, List<(string, object?)> results, int depth)
    {
        var type = node.GetType();
        if (depth > 8 || type.Assembly != typeof(Case).Assembly || type.IsEnum)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(Case))
            {
                continue;
            }

            var name = path.Length == 0 ? property.Name : path + "." + property.Name;
            var value = property.GetValue(node);
            var propertyType = property.PropertyType;
            Func<object?, object?> with = v => With(node, property, v) is { } changed ? rebuild(changed) : null;
            if (IsImmutableArray(propertyType))
            {
                results.Add((name + " = default", with(Activator.CreateInstance(propertyType))));
                var elementType = propertyType.GetGenericArguments()[0];
                if (!elementType.IsValueType)
                {
                    var insert = propertyType.GetMethod("Insert", [typeof(int), elementType])!;
                    results.Add((name + "[+null]", with(insert.Invoke(value, [0, null]))));
                    var items = (IList)value!;
                    if (items.Count > 0 && items[0] is { } first)
                    {
                        var setItem = propertyType.GetMethod("SetItem", [typeof(int), elementType])!;
                        Visit(first, name + "[0]", v => with(setItem.Invoke(value, [0, v])), results, depth + 1);
                    }
                }
            }
            else if (!propertyType.IsValueType)
            {
                if (value is not null && !(value is string))
                {
                    results.Add((name + " = null", with(null)));
                    Visit(value, name, with, results, depth + 1);
                }
                else if (value is string)
                {
                    results.Add((name + " = null", with(null)));
                }
            }
        }
    }

    // Null when the type itself refuses the value (its init accessor throws an ArgumentException): that edit cannot be made.
    private static object? With(object node, PropertyInfo property, object? value)
    {
        var clone = node.GetType().GetMethod("<Clone>$")!.Invoke(node, null)!;
        try
        {
            property.SetValue(clone, value);
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
        {
            return null;
        }

        return clone;
    }

    private static bool IsImmutableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
}
