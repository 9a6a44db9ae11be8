using StrategyModel.Cases;

namespace StrategyModel.Cli;

/// <summary>Resolves the <c>case</c> argument: a path to a case file, else the id of a case shipped in the package.</summary>
internal static class CaseSource
{
    /// <summary>Loads the case a command line names.</summary>
    /// <param name="caseArgument">A path to a case file, or a shipped case id such as <c>alibaba-group</c>.</param>
    /// <returns>The case.</returns>
    /// <exception cref="UsageException">Neither a file nor a shipped case has that name.</exception>
    /// <exception cref="CaseValidationException">The file is not a valid case.</exception>
    public static Case Load(string caseArgument)
    {
        if (File.Exists(caseArgument))
        {
            return CaseLoader.Load(caseArgument);
        }

        if (CaseLibrary.Shipped.CaseIds.Contains(caseArgument, StringComparer.Ordinal))
        {
            return CaseLibrary.Shipped.Get(caseArgument);
        }

        if (caseArgument.StartsWith('-'))
        {
            throw new UsageException($"unknown option '{caseArgument}'");
        }

        throw new UsageException(
            $"'{caseArgument}' is neither a case file nor a shipped case (shipped: {string.Join(", ", CaseLibrary.Shipped.CaseIds)}).");
    }
}
