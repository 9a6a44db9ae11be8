namespace StrategyModel.Cases;

/// <summary>Limits the case loader enforces before and while reading a case file, so hostile input fails fast with a <see cref="CaseValidationException"/>.</summary>
/// <remarks>
/// The loader reads the options once per call and rejects a limit out of range with <see cref="ArgumentOutOfRangeException"/>;
/// changing an instance affects only later calls (a <see cref="CaseLibrary"/> keeps a copy). Not thread-safe to mutate while loading.
/// </remarks>
public sealed class CaseLoaderOptions
{
    /// <summary>Gets or sets the largest accepted input, in bytes.</summary>
    /// <value>Default is 16 MiB (16,777,216 bytes): the largest shipped case is well under 1 MiB. Larger input fails with <c>too-large</c>. Must be positive.</value>
    public long MaxBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Gets or sets the deepest accepted nesting of JSON objects and arrays (the root object is depth 1).</summary>
    /// <value>Default is 64: the format nests at most 6 deep. Deeper input fails with <c>too-deep</c>. Must be 1 to 1,000,000.</value>
    public int MaxDepth { get; set; } = 64;

    /// <summary>Gets or sets the longest accepted string or property name, in UTF-16 characters.</summary>
    /// <value>Default is 100,000. Longer strings fail with <c>string-too-long</c>. Must be positive.</value>
    public int MaxStringLength { get; set; } = 100_000;

    /// <summary>Gets or sets the most elements accepted in one JSON array.</summary>
    /// <value>Default is 100,000. Longer arrays fail with <c>array-too-long</c>. Must be positive.</value>
    public int MaxArrayLength { get; set; } = 100_000;

    /// <summary>Gets or sets the most problems reported; the loader stops collecting after that many and adds <c>too-many-problems</c>.</summary>
    /// <value>Default is 1,000. Must be positive.</value>
    public int MaxProblems { get; set; } = 1_000;

    /// <summary>Throws when a limit is not positive.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1L, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 1, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDepth, 1_000_000, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxStringLength, 1, nameof(MaxStringLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxArrayLength, 1, nameof(MaxArrayLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxProblems, 1, nameof(MaxProblems));
    }
}
