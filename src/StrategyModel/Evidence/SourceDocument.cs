namespace StrategyModel.Evidence;

/// <summary>A source a case quotes: a thesis, a news article or a report.</summary>
/// <remarks>Immutable and thread-safe. Citations refer to a document by <see cref="Id"/>.</remarks>
public sealed record SourceDocument
{
    /// <summary>Gets the document's kebab-case id, unique within the case, e.g. <c>wang-2018-thesis</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name of the source file, e.g. <c>003_962a4ad03d6c2f4b.txt</c>.</summary>
    public required string File { get; init; }

    /// <summary>Gets the document's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the author, or <see langword="null"/> when the source names none.</summary>
    public string? Author { get; init; }

    /// <summary>Gets the publisher, journal, newspaper or university.</summary>
    public required string Publisher { get; init; }

    /// <summary>Gets the publication date as ISO text, possibly partial: <c>2018</c>, <c>2017-04</c> or <c>2019-05-14</c>.</summary>
    public required string Date { get; init; }

    /// <summary>Gets the kind of document.</summary>
    public required DocumentKind Kind { get; init; }
}
