using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;

namespace StrategyModel.Cases;

/// <summary>A set of cases loaded on demand: the cases shipped in this package (<see cref="Shipped"/>) or a directory of case files.</summary>
/// <remarks>
/// Each case is loaded (and validated) on its first successful <see cref="Get"/>, and the same instance is returned afterwards.
/// A failed load is not remembered: a case that is invalid or whose file cannot be read throws, and the next <see cref="Get"/>
/// reads it again, so a file fixed or unlocked in the meantime loads. Threads that ask for the same case at once may each
/// load it; one result is kept and returned to all. A case's <c>id</c> must equal its resource or file name
/// (<c>{id}.json</c>), or loading fails with <c>id-mismatch</c>. Thread-safe.
/// </remarks>
public sealed class CaseLibrary : ICaseLibrary
{
    private const string ResourcePrefix = "StrategyModel.Cases.Data.";
    private const string Extension = ".json";

    private static readonly Lazy<CaseLibrary> ShippedLibrary = new(CreateShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Lazy<Case>> cases;

    private CaseLibrary(IEnumerable<(string Id, string SourceName, Func<Stream> Open)> sources, CaseLoaderOptions options)
    {
        var map = new Dictionary<string, Lazy<Case>>(StringComparer.Ordinal);
        foreach (var (id, sourceName, open) in sources)
        {
            // PublicationOnly: an exception is not cached, so a transient read failure or a fixed file recovers on the next Get.
            map[id] = new Lazy<Case>(() => LoadOne(id, sourceName, open, options), LazyThreadSafetyMode.PublicationOnly);
        }

        cases = map.ToFrozenDictionary(StringComparer.Ordinal);
        CaseIds = [.. map.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the cases shipped in this package, read from its embedded resources <c>StrategyModel.Cases.Data.{id}.json</c>.</summary>
    public static CaseLibrary Shipped => ShippedLibrary.Value;

    /// <inheritdoc />
    public ImmutableArray<string> CaseIds { get; }

    /// <summary>Creates a library of the <c>*.json</c> files in a directory (not its subdirectories); each file's name without the extension is its case's id.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="options">The loader's limits, or <see langword="null"/> for the defaults; copied.</param>
    /// <returns>The library; no file is read until its case is requested.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is out of range (see <see cref="CaseLoaderOptions"/>).</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static CaseLibrary FromDirectory(string directory, CaseLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var copy = Copy(options);
        var files = Directory.GetFiles(directory, "*" + Extension, SearchOption.TopDirectoryOnly);
        return new CaseLibrary(
            files.Select(f => (Path.GetFileNameWithoutExtension(f), Path.GetFileName(f), (Func<Stream>)(() => File.OpenRead(f)))),
            copy);
    }

    /// <inheritdoc />
    /// <exception cref="IOException">For a library from <see cref="FromDirectory"/>: the case's file could not be read.</exception>
    public Case Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return cases.TryGetValue(id, out var lazy)
            ? lazy.Value
            : throw new KeyNotFoundException($"There is no case '{id}'. Available: {(CaseIds.IsEmpty ? "(none)" : string.Join(", ", CaseIds))}.");
    }

    private static CaseLibrary CreateShipped()
    {
        var assembly = typeof(CaseLibrary).Assembly;
        var sources = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => (n[ResourcePrefix.Length..^Extension.Length], n, (Func<Stream>)(() => Open(assembly, n))));
        return new CaseLibrary(sources, new CaseLoaderOptions());
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");

    private static CaseLoaderOptions Copy(CaseLoaderOptions? options)
    {
        var source = options ?? new CaseLoaderOptions();
        var copy = new CaseLoaderOptions
        {
            MaxBytes = source.MaxBytes,
            MaxDepth = source.MaxDepth,
            MaxStringLength = source.MaxStringLength,
            MaxArrayLength = source.MaxArrayLength,
            MaxProblems = source.MaxProblems,
        };
        copy.Validate();
        return copy;
    }

    private static Case LoadOne(string id, string sourceName, Func<Stream> open, CaseLoaderOptions options)
    {
        using var stream = open();
        var result = CaseLoader.Load(stream, sourceName, options);
        if (result.Id != id)
        {
            throw new CaseValidationException(sourceName, [new CaseProblem(CaseProblemCodes.IdMismatch, "$.id", $"The case's id '{result.Id}' differs from its name '{id}'; name the file or resource '{result.Id}.json'.")]);
        }

        return result;
    }
}
