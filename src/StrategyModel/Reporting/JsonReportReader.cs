using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategyModel.Reporting;

/// <summary>Reads a JSON report (<see cref="JsonReport"/>) back into a <see cref="ReportDocument"/>.</summary>
/// <remarks>
/// The report's <c>reportVersion</c> is checked first: a report of another version throws <see cref="ReportVersionException"/>
/// before anything else is read. Required properties must be present and non-nullable ones non-null; properties the reader does not
/// know are ignored. The format is documented in <c>docs/report-format.md</c> and described by <c>schema/report.schema.json</c> in
/// the package. The reader is thread-safe.
/// </remarks>
public static class JsonReportReader
{
    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The report's JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ReportVersionException">The report's <c>reportVersion</c> is missing or not <see cref="JsonReport.ReportVersion"/>.</exception>
    /// <exception cref="ReportFormatException">The text is not JSON, or a required property is missing or of the wrong type.</exception>
    public static ReportDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(() => JsonDocument.Parse(json));
    }

    /// <summary>Reads a report from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream, positioned at the report's first byte; it is read to its end and not closed.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ReportVersionException">The report's <c>reportVersion</c> is missing or not <see cref="JsonReport.ReportVersion"/>.</exception>
    /// <exception cref="ReportFormatException">The stream is not JSON, or a required property is missing or of the wrong type.</exception>
    public static ReportDocument Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Parse(() => JsonDocument.Parse(utf8Json));
    }

    // Both overloads: parse, turn a syntax error into the reader's own exception, read, dispose.
    private static ReportDocument Parse(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            throw new ReportFormatException($"The report is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            return Read(document);
        }
    }

    private static ReportDocument Read(JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ReportFormatException($"The report is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object.");
        }

        int? version = root.TryGetProperty("reportVersion", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
        if (version != JsonReport.ReportVersion)
        {
            throw new ReportVersionException(version);
        }

        try
        {
            return root.Deserialize(ReportJsonContext.Default.ReportDocument)
                ?? throw new ReportFormatException("The report is null.");
        }
        catch (JsonException e)
        {
            throw new ReportFormatException($"The report does not match report format version {JsonReport.ReportVersion}: {e.Message}", e);
        }
    }
}

/// <summary>A JSON report that cannot be read: not JSON, or not of the report format.</summary>
public class ReportFormatException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ReportFormatException"/> class.</summary>
    public ReportFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportFormatException"/> class with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public ReportFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportFormatException"/> class with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ReportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A JSON report of a version this library does not read (or without a <c>reportVersion</c>).</summary>
public sealed class ReportVersionException : ReportFormatException
{
    /// <summary>Initializes a new instance of the <see cref="ReportVersionException"/> class.</summary>
    /// <param name="foundVersion">The report's <c>reportVersion</c>, or <see langword="null"/> when it has none.</param>
    public ReportVersionException(int? foundVersion)
        : base(foundVersion is { } found
            ? FormattableString.Invariant($"The report is of report format version {found}; this library reads version {JsonReport.ReportVersion}.")
            : FormattableString.Invariant($"The report has no integer 'reportVersion' property; this library reads report format version {JsonReport.ReportVersion}."))
    {
        FoundVersion = foundVersion;
    }

    /// <summary>Initializes a new instance of the <see cref="ReportVersionException"/> class.</summary>
    public ReportVersionException()
        : this((int?)null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportVersionException"/> class with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public ReportVersionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportVersionException"/> class with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ReportVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the report's <c>reportVersion</c>, or <see langword="null"/> when it has none or it is not an integer.</summary>
    public int? FoundVersion { get; }

    /// <summary>Gets the version this library reads (<see cref="JsonReport.ReportVersion"/>).</summary>
    public int SupportedVersion { get; } = JsonReport.ReportVersion;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ReportDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
