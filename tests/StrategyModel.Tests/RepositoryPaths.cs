namespace StrategyModel.Tests;

/// <summary>
/// Finds files of the repository the tests were built from. Source paths from <c>[CallerFilePath]</c> cannot be used:
/// a CI build (<c>CI=true</c> sets <c>ContinuousIntegrationBuild</c>) maps them to <c>/_/</c>, so the root is found by
/// walking up from the test binary to the directory that holds <c>StrategyModel.sln</c>.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository's root directory.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path under the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StrategyModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above '{AppContext.BaseDirectory}' holds StrategyModel.sln; the tests must run from a build inside the repository.");
    }
}
