using System.Collections.Immutable;

namespace StrategyModel.Cases;

/// <summary>Thrown when a case file is not a valid case; it lists every problem the loader found.</summary>
/// <remarks>The message has one line per problem, <c>source: $.path: message</c>.</remarks>
public sealed class CaseValidationException : Exception
{
    /// <summary>Creates an exception for the problems found in a source.</summary>
    /// <param name="sourceName">The file name or caller-given name of the case.</param>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CaseValidationException(string sourceName, IEnumerable<CaseProblem> problems)
        : this(sourceName, Checked(problems))
    {
    }

    /// <summary>Creates an exception with the message <c>(unknown): the case is invalid.</c> and no problems.</summary>
    public CaseValidationException()
        : this("(unknown)", ImmutableArray<CaseProblem>.Empty)
    {
    }

    /// <summary>Creates an exception with a message and no problems.</summary>
    /// <param name="message">The message.</param>
    public CaseValidationException(string message)
        : base(message)
    {
        SourceName = "(unknown)";
        Problems = [];
    }

    /// <summary>Creates an exception with a message, an inner exception and no problems.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CaseValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = "(unknown)";
        Problems = [];
    }

    private CaseValidationException(string sourceName, ImmutableArray<CaseProblem> problems)
        : base(Format(sourceName, problems))
    {
        SourceName = sourceName;
        Problems = problems;
    }

    /// <summary>Gets the file name or caller-given name of the invalid case.</summary>
    public string SourceName { get; }

    /// <summary>Gets every problem found, in document order within each validation stage.</summary>
    public ImmutableArray<CaseProblem> Problems { get; }

    private static ImmutableArray<CaseProblem> Checked(IEnumerable<CaseProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var array = problems.ToImmutableArray();
        if (array.IsEmpty)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        foreach (var p in array)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(problems));
        }

        return array;
    }

    private static string Format(string sourceName, ImmutableArray<CaseProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return problems.IsEmpty
            ? $"{sourceName}: the case is invalid."
            : string.Join('\n', problems.Select(p => $"{sourceName}: {p.Path}: {p.Message}"));
    }
}
