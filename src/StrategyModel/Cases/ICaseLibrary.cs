using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace StrategyModel.Cases;

/// <summary>A set of cases, by id.</summary>
public interface ICaseLibrary
{
    /// <summary>Gets the ids of the cases, sorted ordinally.</summary>
    ImmutableArray<string> CaseIds { get; }

    /// <summary>Returns the case with the given id.</summary>
    /// <param name="id">The case's id.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">There is no case with that id; the message lists the available ids.</exception>
    /// <exception cref="CaseValidationException">The case's file is invalid.</exception>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "'Get' is the published API's name; VB callers can bracket it.")]
    Case Get(string id);
}
