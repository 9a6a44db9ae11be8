using System.Buffers;

namespace StrategyModel.Cases;

/// <summary>Loads and validates case files (docs/case-format.md).</summary>
/// <remarks>
/// Version 1 and version 2 files are read, each against its own version's rules; a version 1 file is upgraded as it loads (entry
/// year and month become <see cref="MarketEntry.Completed"/>, a stake one <see cref="StakeChange"/>, units <c>usd</c> and <c>cny</c>
/// an amount in currency USD or CNY, and each rating's rubric its input's wire name), so every loaded case has
/// <see cref="Case.SchemaVersion"/> 2. Loading has three stages: limits and syntax (size, depth, string and array lengths, JSON syntax, encoding) in one streaming
/// pass; the tree against the format (unknown, missing and duplicate properties, types, enum names, ranges, ids, dates, country
/// codes, numeric-fact and rating rules); then unique ids, unique ratings and resolvable references. A problem of the first stage
/// (or an unsupported <c>schemaVersion</c>, or a root that is not an object) stops the loader there; the problems of the second
/// and third stages are reported together. The result is a whole <see cref="Case"/> or a
/// <see cref="CaseValidationException"/> that lists every problem with its code and JSON path; nothing is half-loaded, and no
/// other exception escapes for bad data. The mapping is written by hand over <see cref="System.Text.Json.JsonDocument"/>
/// (no reflection), so it is trimming- and AOT-safe. Thread-safe: every call is independent.
/// </remarks>
public static class CaseLoader
{
    /// <summary>The schema version this library writes, and the newest it reads.</summary>
    public const int SchemaVersion = 2;

    /// <summary>The oldest schema version this library reads; a file of that version is upgraded to <see cref="SchemaVersion"/> as it loads.</summary>
    public const int OldestSchemaVersion = 1;

    /// <summary>Loads a case file.</summary>
    /// <param name="path">The file's path; its file name becomes <see cref="CaseValidationException.SourceName"/>.</param>
    /// <param name="options">The limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is not positive, or <see cref="CaseLoaderOptions.MaxDepth"/> is above 1,000,000.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist (other I/O errors propagate too).</exception>
    /// <exception cref="CaseValidationException">The file is not a valid case.</exception>
    public static Case Load(string path, CaseLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new CaseLoaderOptions();
        options.Validate();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Load(stream, Path.GetFileName(path), options);
    }

    /// <summary>Loads a case from a stream of UTF-8 JSON, reading it to the end (or until it exceeds <see cref="CaseLoaderOptions.MaxBytes"/>).</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <param name="sourceName">The name problems are reported under, e.g. a file name.</param>
    /// <param name="options">The limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read (write-only or closed).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is not positive, or <see cref="CaseLoaderOptions.MaxDepth"/> is above 1,000,000.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="CaseValidationException">The stream does not hold a valid case.</exception>
    public static Case Load(Stream utf8Json, string sourceName, CaseLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (!utf8Json.CanRead)
        {
            throw new ArgumentException("The stream cannot be read (it is write-only or closed).", nameof(utf8Json));
        }

        options ??= new CaseLoaderOptions();
        options.Validate();

        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > options.MaxBytes)
        {
            throw new CaseValidationException(sourceName, [CaseReader.TooLarge(utf8Json.Length - utf8Json.Position, options.MaxBytes)]);
        }

        // Read at most MaxBytes + 1 bytes: one more than allowed proves the input too large without reading it all.
        var limit = options.MaxBytes + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var read = utf8Json.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length > options.MaxBytes)
        {
            throw new CaseValidationException(sourceName, [CaseReader.TooLarge(buffer.Length, options.MaxBytes)]);
        }

        return CaseReader.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), sourceName, options);
    }

    /// <summary>Parses a case from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The bytes; a leading UTF-8 byte-order mark is ignored.</param>
    /// <param name="sourceName">The name problems are reported under, e.g. a file name.</param>
    /// <param name="options">The limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is not positive, or <see cref="CaseLoaderOptions.MaxDepth"/> is above 1,000,000.</exception>
    /// <exception cref="CaseValidationException">The bytes are not a valid case.</exception>
    public static Case Parse(ReadOnlySpan<byte> utf8Json, string sourceName, CaseLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= new CaseLoaderOptions();
        options.Validate();
        if (utf8Json.Length > options.MaxBytes)
        {
            throw new CaseValidationException(sourceName, [CaseReader.TooLarge(utf8Json.Length, options.MaxBytes)]);
        }

        // The reader needs memory (JsonDocument keeps offsets into it); copy into a pooled buffer, returned once the case is built
        // (the case holds no reference to the bytes), instead of allocating a large-object-heap array per call.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(utf8Json.Length, 1));
        try
        {
            utf8Json.CopyTo(buffer);
            return CaseReader.Read(buffer.AsMemory(0, utf8Json.Length), sourceName, options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
