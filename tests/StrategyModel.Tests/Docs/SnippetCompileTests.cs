using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StrategyModel.Tests.Samples;

namespace StrategyModel.Tests.Docs;

/// <summary>
/// Every C# code block of the docs compiles as copied (issue 16: "every code block compiles as copied, usings included").
/// A block is a fenced <c>```csharp</c> / <c>```cs</c> block of a page under docs/ (the generated docs/api pages and
/// node_modules excluded) or a <c>&lt;&lt;&lt; @/path.cs</c> / <c>&lt;&lt;&lt; @/path.cs#region</c> import, taken as VitePress
/// shows it. Each block is compiled on its own as a console program (top-level statements allowed, no implicit usings)
/// against the .NET runtime and only the packages the page names beside the block in a "Needs:" line, so a missing using,
/// a missing package name or a block that leans on code outside it fails here with the page and line.
/// A snippet file under docs/snippets with a <c>.txt</c> beside it is also run, and must print exactly that text, which the
/// page shows as the block's output. After an intended change run the tests with STRATEGYMODEL_ACCEPT_SNIPPETS=1 to
/// rewrite those .txt files, and review the diff.
/// </summary>
[Collection(ConsoleBoundTests.Name)]
public sealed partial class SnippetCompileTests
{
    private static readonly string DocsDir = RepositoryPaths.Of("docs");

    /// <summary>Packages a "Needs:" line may name, with the assemblies a consumer gets from each (its own and its dependencies').</summary>
    private static readonly Dictionary<string, Assembly[]> Packages = new(StringComparer.Ordinal)
    {
        ["StrategyModel"] = [typeof(Strength).Assembly],
        ["StrategyModel.DependencyInjection"] =
        [
            typeof(Strength).Assembly,
            typeof(StrategyModelServiceCollectionExtensions).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
            typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly,
        ],
        ["Microsoft.Extensions.DependencyInjection"] =
        [
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceProvider).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
        ],
    };

    /// <summary>Every C# block of the docs, as (page, line) pairs: the line of the fence or of the import.</summary>
    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in FindBlocks())
        {
            data.Add(block.Page, block.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void DocsCodeBlock_CompilesAsCopied(string page, int line)
    {
        var block = FindBlocks().Single(b => b.Page == page && b.Line == line);
        block.Needs.Should().NotBeEmpty(
            "{0}:{1} must name the packages it needs beside it, in a line such as \"Needs: StrategyModel\" just above the block", page, line);
        var unknown = block.Needs.Where(n => !Packages.ContainsKey(n)).ToList();
        unknown.Should().BeEmpty("{0}:{1} names packages this check does not know", page, line);

        var (compilation, diagnostics) = Compile(block.Code, block.Needs);
        diagnostics.Should().BeEmpty("{0}:{1} must compile as copied:\n{2}", page, line, block.Code);
        compilation.Should().NotBeNull();
    }

    [Fact]
    public void DocsBlocks_AreFound_OnTheGuidePages()
    {
        var blocks = FindBlocks();
        blocks.Should().HaveCountGreaterThanOrEqualTo(15, "the guide, options, framework and case pages all carry C# blocks");
        blocks.Select(b => b.Page).Should().Contain(["getting-started.md", "index.md", "options.md", "frameworks/oli.md"]);
        blocks.Should().NotContain(b => b.Page.StartsWith("api/", StringComparison.Ordinal) || b.Page.Contains("node_modules", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Fails_ForASnippetWithoutItsUsings()
    {
        // The getting-started page's old snippet: a region of a sample without the sample's using lines.
        const string broken = """
            var oli = new OliEvaluator().Evaluate(new OliProfile { AssetOwnership = Strength.Strong, Location = Strength.Weak, Internalization = Strength.Strong });
            Console.WriteLine(oli.Summary);
            """;
        var (_, diagnostics) = Compile(broken, ["StrategyModel"]);
        diagnostics.Should().Contain(d => d.Contains("CS0246", StringComparison.Ordinal) && d.Contains("OliEvaluator", StringComparison.Ordinal));

        // The same code with its usings compiles, so the failure above is the usings, not the harness.
        var (_, fixedDiagnostics) = Compile("using System;\nusing StrategyModel;\nusing StrategyModel.Oli;\n" + broken, ["StrategyModel"]);
        fixedDiagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Check_Fails_WhenTheContainerPackageIsNotNamed()
    {
        // options.md's DI snippet needs Microsoft.Extensions.DependencyInjection (the container), not only the abstractions.
        const string code = """
            using Microsoft.Extensions.DependencyInjection;
            using StrategyModel;
            var services = new ServiceCollection();
            services.AddStrategyModel();
            using var provider = services.BuildServiceProvider();
            """;
        Compile(code, ["StrategyModel", "StrategyModel.DependencyInjection"]).Diagnostics.Should().NotBeEmpty();
        Compile(code, ["StrategyModel", "StrategyModel.DependencyInjection", "Microsoft.Extensions.DependencyInjection"]).Diagnostics.Should().BeEmpty();
    }

    /// <summary>Snippet files with an output file beside them print exactly that output, which their page shows.</summary>
    public static TheoryData<string> SnippetsWithOutput()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(DocsDir, "snippets"), "*.cs").Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.ChangeExtension(file, ".txt")))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SnippetsWithOutput))]
    public void SnippetFile_PrintsTheOutputItsPageShows(string name)
    {
        var file = Path.Combine(DocsDir, "snippets", name);
        var block = FindBlocks().FirstOrDefault(b => b.Code == Normalize(File.ReadAllText(file)));
        block.Should().NotBeNull("docs/snippets/{0} must be imported whole by a page", name);
        var (compilation, diagnostics) = Compile(block!.Code, block.Needs);
        diagnostics.Should().BeEmpty();

        var actual = Run(compilation!);
        var expectedPath = Path.ChangeExtension(file, ".txt");
        if (Environment.GetEnvironmentVariable("STRATEGYMODEL_ACCEPT_SNIPPETS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        actual.Should().Be(Normalize(File.ReadAllText(expectedPath)), "docs/snippets/{0} must print what its page shows", name);
    }

    [Fact]
    public void SnippetOutputPages_ShowTheOutputFileOfTheSnippetTheyImport()
    {
        // A page that shows snippets/x.txt must also import snippets/x.cs, so the output shown is the shown code's.
        foreach (var page in Pages())
        {
            var text = File.ReadAllText(page);
            foreach (Match m in OutputImport().Matches(text))
            {
                text.Should().Contain($"@/snippets/{m.Groups[1].Value}.cs", "{0} shows snippets/{1}.txt", page, m.Groups[1].Value);
            }
        }
    }

    internal sealed record Block(string Page, int Line, string Code, ImmutableArray<string> Needs);

    internal static List<Block> FindBlocks()
    {
        var blocks = new List<Block>();
        foreach (var page in Pages())
        {
            var relative = Path.GetRelativePath(DocsDir, page).Replace('\\', '/');
            var lines = File.ReadAllLines(page);
            for (var i = 0; i < lines.Length; i++)
            {
                var fence = Fence().Match(lines[i]);
                if (fence.Success)
                {
                    var marker = fence.Groups[1].Value;
                    var end = Array.FindIndex(lines, i + 1, l => l.TrimStart().StartsWith(marker, StringComparison.Ordinal) && l.Trim().TrimStart('`', '~').Length == 0);
                    end.Should().BeGreaterThan(i, "{0}:{1} opens a code block it never closes", relative, i + 1);
                    if (fence.Groups[2].Value is "csharp" or "cs" or "c#")
                    {
                        blocks.Add(new Block(relative, i + 1, Normalize(string.Join('\n', lines[(i + 1)..end])), NeedsAbove(lines, i)));
                    }

                    i = end;
                    continue;
                }

                var import = Import().Match(lines[i]);
                if (import.Success)
                {
                    var file = Path.GetFullPath(Path.Combine(DocsDir, import.Groups[1].Value.TrimStart('/')));
                    var region = import.Groups[2].Success ? import.Groups[2].Value : null;
                    blocks.Add(new Block(relative, i + 1, Normalize(Region(File.ReadAllText(file), region)), NeedsAbove(lines, i)));
                }
            }
        }

        return blocks;
    }

    private static IEnumerable<string> Pages()
    {
        var skip = new HashSet<string>(StringComparer.Ordinal) { "node_modules", "api", ".vitepress", "scripts", "screenshots", "snippets" };
        IEnumerable<string> Walk(string dir)
        {
            foreach (var file in Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal))
            {
                yield return file;
            }

            foreach (var sub in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
            {
                if (!skip.Contains(Path.GetFileName(sub)))
                {
                    foreach (var file in Walk(sub))
                    {
                        yield return file;
                    }
                }
            }
        }

        return Walk(DocsDir);
    }

    /// <summary>The region VitePress shows: the lines between the markers, with nested region markers dropped.</summary>
    private static string Region(string text, string? region)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (region is not null)
        {
            var start = Array.FindIndex(lines, l => l.Trim() == $"#region {region}");
            var end = Array.FindIndex(lines, l => l.Trim() == $"#endregion {region}");
            start.Should().BeGreaterThanOrEqualTo(0, "region {0} must exist", region);
            lines = lines[(start + 1)..end];
        }

        return string.Join('\n', lines.Where(l => !RegionMarker().IsMatch(l)));
    }

    /// <summary>The packages named in a "Needs:" line among the three lines above a block.</summary>
    private static ImmutableArray<string> NeedsAbove(string[] lines, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            var m = NeedsLine().Match(lines[i]);
            if (m.Success)
            {
                return [.. m.Groups[1].Value.Split(',').Select(p => p.Trim(' ', '`', '*', '.', '_')).Where(p => p.Length > 0)];
            }
        }

        return [];
    }

    private static string Normalize(string code) => code.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n') + "\n";

    internal static (CSharpCompilation? Compilation, List<string> Diagnostics) Compile(string code, IEnumerable<string> needs)
    {
        var references = RuntimeReferences.Value
            .Concat(needs.Where(Packages.ContainsKey).SelectMany(n => Packages[n]).Select(a => a.Location).Distinct(StringComparer.Ordinal)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)));
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "Snippet.cs");
        var compilation = CSharpCompilation.Create(
            "Snippet" + Guid.NewGuid().ToString("N"),
            [tree],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var diagnostics = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.WarningLevel <= 4))
            .Select(d => d.ToString())
            .ToList();
        return (diagnostics.Count == 0 ? compilation : null, diagnostics);
    }

    /// <summary>The shared framework's assemblies (what a console app references), read once.</summary>
    private static readonly Lazy<MetadataReference[]> RuntimeReferences = new(() =>
        [.. Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(IsManaged)
            .Order(StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p))]);

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static string Run(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Success.Should().BeTrue(string.Join('\n', emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        try
        {
            var entryPoint = context.LoadFromStream(image).EntryPoint!;
            object?[]? arguments = entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()];
            var originalOut = Console.Out;
            var originalCulture = CultureInfo.CurrentCulture;
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            try
            {
                Console.SetOut(writer);
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // output must not depend on the culture
                var result = entryPoint.Invoke(null, arguments);
                if (result is Task task)
                {
                    task.GetAwaiter().GetResult();
                }
            }
            finally
            {
                Console.SetOut(originalOut);
                CultureInfo.CurrentCulture = originalCulture;
            }

            return writer.ToString();
        }
        finally
        {
            context.Unload();
        }
    }

    [GeneratedRegex(@"^\s*(`{3,}|~{3,})\s*([\w#+-]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<<<\s+@(/[^\s{#\[]+\.cs)(?:#([\w*-]+))?")]
    private static partial Regex Import();

    [GeneratedRegex(@"^\s*(#|//\s*#?)(end)?region\b")]
    private static partial Regex RegionMarker();

    [GeneratedRegex(@"Needs:\**\s*(.+?)\s*(?:</\w+>)?\s*$")]
    private static partial Regex NeedsLine();

    [GeneratedRegex(@"@/snippets/([\w-]+)\.txt")]
    private static partial Regex OutputImport();
}
