namespace StrategyModel.Evidence;

/// <summary>A verbatim quote from a source document that supports a fact.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Citation
{
    /// <summary>Gets the id of the quoted <see cref="SourceDocument"/>.</summary>
    public required string Document { get; init; }

    /// <summary>Gets the verbatim text of the document; whitespace and line breaks may differ from the source.</summary>
    public required string Quote { get; init; }

    /// <summary>Gets where in the document the quote is (a section or table, e.g. <c>3.5.1</c> or <c>Table 3</c>), or <see langword="null"/>.</summary>
    public string? Locator { get; init; }
}
