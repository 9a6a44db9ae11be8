using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using StrategyModel.BornGlobal;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;

namespace StrategyModel.Cases;

/// <summary>Reads one case file: limits and syntax, then the tree against the format, then references; collects every problem with its JSON path.</summary>
/// <remarks>One instance per load; not thread-safe. Never throws anything but <see cref="CaseValidationException"/> for bad data.</remarks>
internal sealed partial class CaseReader
{
    private const int MaxShown = 60;
    private static readonly string Path0 = "$";

    private readonly CaseLoaderOptions options;
    private readonly List<CaseProblem> problems = [];

    // Method-group delegates used once per object, created once per load.
    private readonly Func<JsonElement, Loc, string?> idAt;
    private readonly Func<JsonElement, Loc, Citation?> readCitation;

    // The values of every object's known properties, bump-allocated from shared chunks rather than one array per object.
    private JsonElement[] arena = new JsonElement[ArenaChunk];
    private int arenaUsed;
    private bool fastPath = true;

    // The schema version the file declares (or, when it declares none readable, the one its content suggests).
    private int version = CaseLoader.SchemaVersion;

    private CaseReader(CaseLoaderOptions options)
    {
        this.options = options;
        idAt = IdAt;
        readCitation = ReadCitation;
    }

    private const int ArenaChunk = 4096;

    /// <summary>Reads a case or throws <see cref="CaseValidationException"/> listing every problem.</summary>
    /// <param name="utf8Json">The input, at most <see cref="CaseLoaderOptions.MaxBytes"/> long (<see cref="CaseLoader"/> checks the size first).</param>
    /// <param name="sourceName">The name problems are reported under.</param>
    /// <param name="options">The limits.</param>
    /// <param name="fastPath">Whether input within provable limits may skip the prescan; tests turn it off to check both paths agree.</param>
    public static Case Read(ReadOnlyMemory<byte> utf8Json, string sourceName, CaseLoaderOptions options, bool fastPath = true)
    {
        var reader = new CaseReader(options) { fastPath = fastPath };
        Case? result = null;
        try
        {
            result = reader.ReadAll(utf8Json);
        }
        catch (TooManyProblemsException)
        {
            // The problem list is full; report what was collected.
        }

        // ReadAll returns null only after recording a problem.
        return reader.problems.Count == 0 ? result! : throw new CaseValidationException(sourceName, reader.problems);
    }

    /// <summary>Runs the semantic stage (unique ids, resolvable references, dates after founding, no self-relations) over a case
    /// built in code, as the loader runs it over a case it read. The case must hold no nulls where the model needs values.</summary>
    /// <param name="c">The case.</param>
    /// <returns>The problems, each with the JSON path the same case would have as a file; empty when there are none.</returns>
    public static IReadOnlyList<CaseProblem> CheckModel(Case c)
    {
        var reader = new CaseReader(new CaseLoaderOptions());
        try
        {
            new CaseChecker(reader).Check(c);
        }
        catch (TooManyProblemsException)
        {
            // The problem list is full; report what was collected.
        }

        return reader.problems;
    }

    /// <summary>Builds the problem for input larger than the limit.</summary>
    public static CaseProblem TooLarge(long size, long max) =>
        new(CaseProblemCodes.TooLarge, Path0, $"The input has {Num(size)} bytes or more; the limit is {Num(max)} (CaseLoaderOptions.MaxBytes).");

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Show(string text) =>
        text.Length <= MaxShown ? $"'{text}'" : $"'{text[..MaxShown]}...' ({Num(text.Length)} characters)";

    private static bool IsSimpleName(string name)
    {
        var simple = name.Length is > 0 and <= MaxShown && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        foreach (var ch in name)
        {
            simple &= char.IsAsciiLetterOrDigit(ch) || ch == '_';
        }

        return simple;
    }

    private static string Child(string path, string name)
    {
        if (IsSimpleName(name))
        {
            return path + "." + name;
        }

        var shown = name.Length <= MaxShown ? name : name[..MaxShown] + "...";
        return path + "['" + shown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    private static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private void Add(string code, string path, string message)
    {
        if (problems.Count >= options.MaxProblems)
        {
            problems.Add(new CaseProblem(CaseProblemCodes.TooManyProblems, Path0, $"More than {Num(options.MaxProblems)} problems (CaseLoaderOptions.MaxProblems); the rest are not reported."));
            throw new TooManyProblemsException();
        }

        problems.Add(new CaseProblem(code, path, message));
    }

    private void Add(string code, Loc path, string message) => Add(code, path.ToString(), message);

    private Case? ReadAll(ReadOnlyMemory<byte> bytes)
    {
        // A UTF-8 byte-order mark is tolerated (editors write one); the writer never emits it.
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.Span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            Add(CaseProblemCodes.Empty, Path0, "The input is empty; a case file is one JSON object.");
            return null;
        }

        var document = fastPath ? ParseWithinLimits(bytes) : null;
        if (document is null)
        {
            if (!Prescan(bytes.Span))
            {
                return null;
            }

            try
            {
                document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = options.MaxDepth + 1 });
            }
            catch (JsonException ex)
            {
                Add(CaseProblemCodes.Syntax, Path0, "The input is not valid JSON: " + ex.Message);
                return null;
            }
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Add(CaseProblemCodes.WrongType, Path0, $"The root is {Describe(root)}; a case file is one JSON object.");
                return null;
            }

            if (root.TryGetProperty("schemaVersion", out var declared) && declared.ValueKind == JsonValueKind.Number)
            {
                if (!TryGetWholeInt32(declared, out var v) || v is < CaseLoader.OldestSchemaVersion or > CaseLoader.SchemaVersion)
                {
                    Add(CaseProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", $"Schema version {declared.GetRawText()} is not supported; this library reads versions {Num(CaseLoader.OldestSchemaVersion)} to {Num(CaseLoader.SchemaVersion)}.");
                    return null;
                }

                version = v;
            }
            else
            {
                version = GuessVersion(root);
            }

            var result = ReadCase(root);
            new CaseChecker(this).Check(result);
            return result;
        }
    }

    /// <summary>The version a file without a readable <c>schemaVersion</c> is checked against: 1 when an entry has a version 1
    /// <c>year</c> or <c>stakePercent</c> or a rating has no <c>rubric</c>, else 2, so the problems reported are the file's own.</summary>
    private static int GuessVersion(JsonElement root)
    {
        if (root.TryGetProperty("entries", out var entries) && entries.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && (entry.TryGetProperty("year", out _) || entry.TryGetProperty("stakePercent", out _)))
                {
                    return 1;
                }
            }
        }

        if (root.TryGetProperty("assessments", out var assessments) && assessments.ValueKind == JsonValueKind.Array)
        {
            foreach (var assessment in assessments.EnumerateArray())
            {
                if (assessment.ValueKind == JsonValueKind.Object && assessment.TryGetProperty("rates", out var rates)
                    && rates.ValueKind == JsonValueKind.Object && !rates.TryGetProperty("rubric", out _))
                {
                    return 1;
                }
            }
        }

        return CaseLoader.SchemaVersion;
    }

    /// <summary>
    /// The fast path for input the prescan provably passes: returns the parsed document when cheap whole-input bounds show that no
    /// string can be too long or badly encoded and no array too long, and the document parses within <see cref="CaseLoaderOptions.MaxDepth"/>
    /// with the prescan's reader options (so it has no syntax error and nests no deeper than the prescan allows). Otherwise returns
    /// <see langword="null"/>, and the caller runs the prescan, which finds and locates the problem exactly as before.
    /// </summary>
    private JsonDocument? ParseWithinLimits(ReadOnlyMemory<byte> input)
    {
        var json = input.Span;

        // Encoding: raw bytes valid UTF-8, and no \u escape that could be a (possibly lone) surrogate.
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            return null;
        }

        for (var at = json.IndexOf("\\u"u8); at >= 0;)
        {
            if (at + 2 < json.Length && json[at + 2] is (byte)'d' or (byte)'D')
            {
                return null;
            }

            var next = json[(at + 2)..].IndexOf("\\u"u8);
            at = next < 0 ? -1 : at + 2 + next;
        }

        // Arrays: an array of n elements holds n - 1 commas, so no array is longer than all the commas plus one.
        if (json.Count((byte)',') + 1L > options.MaxArrayLength)
        {
            return null;
        }

        // Strings: a string token runs from an opening quote (never preceded by a backslash) to the next quote not preceded by a
        // backslash or beyond, so the longest such run bounds every string's bytes, which bound its UTF-16 length.
        if (!QuoteRunsWithin(json, options.MaxStringLength))
        {
            return null;
        }

        try
        {
            // The prescan's reader settings: no comments, no trailing commas; MaxDepth as the prescan enforces it.
            return JsonDocument.Parse(input, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether, between the first and the last quote, no two consecutive quotes not preceded by a backslash are more than
    /// <paramref name="limit"/> bytes apart. Checked by windows of <c>w = max(1, limit / 2)</c> bytes, each of which must hold such a
    /// quote: a run of <c>2w - 1</c> or more bytes without one would contain a whole window, so every run is at most <c>2w - 2</c>,
    /// below the limit. Conservative: it may say no to input within the limit, never yes to input beyond it.
    /// </summary>
    private static bool QuoteRunsWithin(ReadOnlySpan<byte> json, int limit)
    {
        var first = json.IndexOf((byte)'"');
        var last = json.LastIndexOf((byte)'"');
        if (first < 0)
        {
            return true;
        }

        var width = Math.Max(1, limit / 2);
        for (var start = first; start <= last; start += width)
        {
            var window = json[start..Math.Min(last + 1, start + width)];
            var found = false;
            var offset = 0;
            while (!found)
            {
                var at = window[offset..].IndexOf((byte)'"');
                if (at < 0)
                {
                    break;
                }

                var position = start + offset + at;
                found = position == 0 || json[position - 1] != (byte)'\\';
                offset += at + 1;
            }

            if (!found)
            {
                return false;
            }

            if (width >= int.MaxValue - start)
            {
                break;
            }
        }

        return true;
    }

    /// <summary>Checks syntax, depth, string and array limits and string encoding in one streaming pass, with paths.</summary>
    private bool Prescan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var frames = new FrameStack();
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    ValueDone(frames);
                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    if (IsPlain(ref reader))
                    {
                        // Decoded from the input only if a path is ever rendered.
                        ref var top = ref frames.Top;
                        top.Property = null;
                        top.NameStart = reader.TokenStartIndex;
                    }
                    else
                    {
                        var name = ReadString(ref reader, frames, json, isName: true);
                        ref var top = ref frames.Top;
                        top.Property = name ?? "?";
                        top.NameStart = -1;
                    }

                    continue;
                }

                if (frames.Count > 0 && frames.Top.IsArray)
                {
                    ref var top = ref frames.Top;
                    top.Count++;
                    if (top.Count > options.MaxArrayLength && !top.Reported)
                    {
                        Add(CaseProblemCodes.ArrayTooLong, PathOf(frames, frames.Count - 1, json), $"The array has more than {Num(options.MaxArrayLength)} elements (CaseLoaderOptions.MaxArrayLength).");
                        top.Reported = true;
                    }
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (frames.Count >= options.MaxDepth)
                    {
                        Add(CaseProblemCodes.TooDeep, PathOf(frames, frames.Count, json), $"Objects and arrays nest deeper than {Num(options.MaxDepth)} levels (CaseLoaderOptions.MaxDepth).");
                        return false;
                    }

                    frames.Push(token == JsonTokenType.StartArray);
                }
                else
                {
                    if (token == JsonTokenType.String && !IsPlain(ref reader))
                    {
                        ReadString(ref reader, frames, json, isName: false);
                    }

                    ValueDone(frames);
                }
            }
        }
        catch (JsonException ex)
        {
            Add(CaseProblemCodes.Syntax, PathOf(frames, frames.Count, json), "The input is not valid JSON: " + ex.Message);
            return false;
        }

        return problems.Count == 0;
    }

    /// <summary>Forgets the property name once its value is complete, so an error before the next name points at the object, not the previous property.</summary>
    private static void ValueDone(FrameStack frames)
    {
        if (frames.Count > 0 && !frames.Top.IsArray)
        {
            ref var top = ref frames.Top;
            top.Property = null;
            top.NameStart = -1;
        }
    }

    /// <summary>Whether the current string token is unescaped valid UTF-8 whose byte length is within the limit: its UTF-16 length is
    /// at most its byte length, so it can neither fail to decode nor be too long, and need not be decoded to be checked.</summary>
    private bool IsPlain(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= options.MaxStringLength
        && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan);

    /// <summary>Decodes the current string token, reporting a string that is not valid UTF-8 or UTF-16 or is too long.</summary>
    private string? ReadString(ref Utf8JsonReader reader, FrameStack frames, ReadOnlySpan<byte> json, bool isName)
    {
        // The length is measured on the raw token before anything is decoded, so an over-long string costs no allocation.
        var length = Utf16Length(reader.ValueSpan, reader.ValueIsEscaped);
        if (length > options.MaxStringLength)
        {
            var tooLong = isName ? PathOf(frames, frames.Count - 1, json) : PathOf(frames, frames.Count, json);
            Add(CaseProblemCodes.StringTooLong, tooLong, $"The {(isName ? "property name" : "string")} has {Num(length)} characters; the limit is {Num(options.MaxStringLength)} (CaseLoaderOptions.MaxStringLength).");
            return null;
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            Add(CaseProblemCodes.Syntax, PathOf(frames, frames.Count, json), $"The {(isName ? "property name" : "string")} is not valid UTF-8 or UTF-16: {ex.Message}");
            return null;
        }

        if (text.Length > options.MaxStringLength)
        {
            var path = isName ? PathOf(frames, frames.Count - 1, json) : PathOf(frames, frames.Count, json);
            Add(CaseProblemCodes.StringTooLong, path, $"The {(isName ? "property name" : "string")} has {Num(text.Length)} characters; the limit is {Num(options.MaxStringLength)} (CaseLoaderOptions.MaxStringLength).");
        }

        return text;
    }

    /// <summary>The UTF-16 length of a string token from its raw bytes, without decoding it: each escape is one character, each
    /// UTF-8 sequence one (two for a four-byte sequence). Exact for valid input; for invalid UTF-8 a close estimate (the decoder
    /// reports the encoding problem when the string is within the limit).</summary>
    private static long Utf16Length(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped && System.Text.Unicode.Utf8.IsValid(raw))
        {
            return Encoding.UTF8.GetCharCount(raw);
        }

        long length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (escaped && b == (byte)'\\' && i + 1 < raw.Length)
            {
                i += raw[i + 1] == (byte)'u' ? 5 : 1;
                length++;
            }
            else if ((b & 0xC0) != 0x80)
            {
                length += b >= 0xF0 ? 2 : 1;
            }
        }

        return length;
    }

    private static string PathOf(FrameStack frames, int count, ReadOnlySpan<byte> json)
    {
        var sb = new StringBuilder(Path0);
        for (var i = 0; i < count && i < frames.Count; i++)
        {
            var f = frames[i];
            var property = f.Property ?? (f.NameStart >= 0 ? PlainName(json, f.NameStart) : null);
            var segment = f.IsArray ? Index(string.Empty, Math.Max(0, f.Count - 1)) : property is null ? string.Empty : Child(string.Empty, property);
            sb.Append(segment);
        }

        return sb.ToString();
    }

    /// <summary>Decodes the unescaped property name whose opening quote is at <paramref name="start"/>.</summary>
    private static string PlainName(ReadOnlySpan<byte> json, long start)
    {
        var rest = json[(int)(start + 1)..];
        return Encoding.UTF8.GetString(rest[..rest.IndexOf((byte)'"')]);
    }

    // ---- The tree walk: one method per object of the format, each returning a model with placeholders where values were bad.
    private Case ReadCase(JsonElement root)
    {
        var o = Object(root, Path0, CaseFormat.Case);
        Int(o, "schemaVersion", int.MinValue, int.MaxValue);
        return new Case
        {
            SchemaVersion = CaseLoader.SchemaVersion,
            Id = Id(o, "id") ?? string.Empty,
            Title = Text(o, "title") ?? string.Empty,
            Summary = Text(o, "summary"),
            PrimaryFirm = Id(o, "primaryFirm") ?? string.Empty,
            Documents = Array(o, "documents", 1, ReadDocument),
            Firms = Array(o, "firms", 1, ReadFirm),
            Markets = Array(o, "markets", 0, ReadMarket),
            Facts = Array(o, "facts", 0, ReadFact),
            Assessments = Array(o, "assessments", 0, ReadAssessment),
            Entries = Array(o, "entries", 0, ReadEntry),
            Relationships = Array(o, "relationships", 0, ReadRelationship),
            Timeline = Array(o, "timeline", 0, ReadTimelineEvent),
            Competitors = Array(o, "competitors", 0, ReadCompetitor),
            Distances = Array(o, "distances", 0, ReadDistance),
            Institutions = Array(o, "institutions", 0, ReadInstitutions),
        };
    }

    private SourceDocument? ReadDocument(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Document);
        if (o is null)
        {
            return null;
        }

        var date = Text(o, "date");
        if (date is not null && !IsIsoDate(date))
        {
            Add(CaseProblemCodes.InvalidDate, Child(o.Path, "date"), $"{Show(date)} is not an ISO date yyyy, yyyy-MM or yyyy-MM-dd with a year from 1600 to 3000.");
        }

        return new SourceDocument
        {
            Id = Id(o, "id") ?? string.Empty,
            File = Text(o, "file") ?? string.Empty,
            Title = Text(o, "title") ?? string.Empty,
            Author = Text(o, "author"),
            Publisher = Text(o, "publisher") ?? string.Empty,
            Date = date ?? string.Empty,
            Kind = Enum(o, "kind", CaseFormat.DocumentKinds) ?? DocumentKind.Unspecified,
        };
    }

    private Firm? ReadFirm(JsonElement e, Loc at)
    {
        var o = Object(e, at, version == 1 ? CaseFormat.FirmV1 : CaseFormat.Firm);
        if (o is null)
        {
            return null;
        }

        var country = Text(o, "homeCountry");
        if (country is not null && !CaseFormat.IsCountry(country))
        {
            Add(CaseProblemCodes.InvalidCountry, Child(o.Path, "homeCountry"), $"{Show(country)} is not an ISO 3166-1 alpha-2 country code (upper case) such as CN.");
        }

        var parent = Id(o, "parent");
        var relation = Enum(o, "relation", CaseFormat.PartyRelations);
        if (o.ContainsKey("parent") && !o.ContainsKey("relation"))
        {
            Add(CaseProblemCodes.MissingRequired, Child(o.Path, "relation"), "A firm with a parent needs relation: subsidiary or affiliate.");
        }
        else if (o.ContainsKey("relation") && !o.ContainsKey("parent"))
        {
            Add(CaseProblemCodes.MissingRequired, Child(o.Path, "parent"), "A firm with a relation needs parent: the id of the firm it is a subsidiary or affiliate of.");
        }

        return new Firm
        {
            Id = Id(o, "id") ?? string.Empty,
            Name = Text(o, "name") ?? string.Empty,
            HomeCountry = country,
            FoundedYear = Year(o, "foundedYear"),
            Parent = parent,
            Relation = relation ?? PartyRelation.Unspecified,
            BusinessUnits = Array(o, "businessUnits", 0, ReadBusinessUnit),
            Evidence = Array(o, "evidence", 0, idAt),
        };
    }

    private BusinessUnit? ReadBusinessUnit(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.BusinessUnit);
        return o is null ? null : new BusinessUnit
        {
            Id = Id(o, "id") ?? string.Empty,
            Name = Text(o, "name") ?? string.Empty,
            PlatformModel = Enum(o, "platformModel", CaseFormat.PlatformModels),
            LaunchedYear = Year(o, "launchedYear"),
            Evidence = Array(o, "evidence", 0, idAt),
        };
    }

    private Market? ReadMarket(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Market);
        if (o is null)
        {
            return null;
        }

        var kind = Enum(o, "kind", CaseFormat.MarketKinds);
        var countries = Array(o, "countries", 1, CountryAt);
        if (kind == MarketKind.Country && countries.Length > 1)
        {
            Add(CaseProblemCodes.OutOfRange, Child(o.Path, "countries"), $"A country market lists exactly one country; this one lists {Num(countries.Length)}.");
        }

        return new Market
        {
            Id = Id(o, "id") ?? string.Empty,
            Name = Text(o, "name") ?? string.Empty,
            Kind = kind ?? MarketKind.Unspecified,
            Countries = countries,
        };
    }

    private Fact? ReadFact(JsonElement e, Loc at)
    {
        var o = Object(e, at, version == 1 ? CaseFormat.FactV1 : CaseFormat.Fact);
        if (o is null)
        {
            return null;
        }

        var hasValue = o.TryGetValue("value", out var valueElement);
        var valueIsNull = hasValue && valueElement.ValueKind == JsonValueKind.Null;
        var value = hasValue && !valueIsNull ? DecimalAt(valueElement, new Loc(o.Path, N1: "value"), null, null) : null;
        var unit = Enum(o, "unit", CaseFormat.Units);
        var topic = Enum(o, "topic", CaseFormat.Topics);
        if (unit == MeasureUnit.Currency && version == 1)
        {
            Add(CaseProblemCodes.UnknownEnumValue, Child(o.Path, "unit"), "'currency' is a version 2 unit; a version 1 file writes 'usd' or 'cny'.");
            unit = null;
        }

        if (unit is MeasureUnit.Usd or MeasureUnit.Cny && version >= 2)
        {
            Add(CaseProblemCodes.UnknownEnumValue, Child(o.Path, "unit"), $"'{CaseFormat.Units.Name(unit.Value)}' is a version 1 unit; in version 2 write unit 'currency' with currency '{CaseFormat.Units.Name(unit.Value).ToUpperInvariant()}'. Units: {string.Join(", ", CaseFormat.UnitsV2)}.");
            unit = null;
        }

        var scale = Enum(o, "scale", CaseFormat.Scales);
        var year = Year(o, "year");
        var unknownReason = Text(o, "unknownReason");
        var hasUnit = o.ContainsKey("unit");
        var hasReason = o.ContainsKey("unknownReason");
        if (hasUnit)
        {
            if (!hasValue)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "value"), "A numeric fact (one with unit) needs value: a number, or null with unknownReason.");
            }

            if (!o.ContainsKey("year"))
            {
                Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "year"), "A numeric fact (one with unit) needs the year it refers to.");
            }

            if (valueIsNull && !hasReason)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "unknownReason"), "The value is null (unknown): give unknownReason.");
            }
            else if (hasValue && !valueIsNull && hasReason)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "unknownReason"), "The value is known: unknownReason is only for value null.");
            }
        }
        else
        {
            if (hasValue)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "value"), "A qualitative fact (one without unit) has no value; add unit to make it numeric.");
            }

            if (o.ContainsKey("scale"))
            {
                Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "scale"), "A qualitative fact (one without unit) has no scale.");
            }

            if (hasReason)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "unknownReason"), "Only a numeric fact with value null has unknownReason.");
            }
        }

        var currency = version >= 2 ? Currency(o, unit, hasUnit) : null;
        if (unit is MeasureUnit.Usd or MeasureUnit.Cny)
        {
            // The version 1 currencies become an amount in that currency.
            currency = unit == MeasureUnit.Usd ? "USD" : "CNY";
            unit = MeasureUnit.Currency;
        }

        var bound = Enum(o, "bound", CaseFormat.Bounds);
        if (bound is not null && !(hasUnit && hasValue && !valueIsNull))
        {
            Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "bound"), "Only a numeric fact with a value has a bound.");
        }

        var meaning = Text(o, "meaning");
        if (version >= 2 && value < 0 && hasUnit)
        {
            if (unit is not (MeasureUnit.Currency or MeasureUnit.Percent or null))
            {
                Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "value"), $"A value in unit '{CaseFormat.Units.Name(unit.Value)}' cannot be negative; only amounts (currency) and percentages can.");
            }
            else if (unit is not null && !o.ContainsKey("meaning"))
            {
                Add(CaseProblemCodes.NegativeWithoutMeaning, Child(o.Path, "meaning"), "The value is negative: give meaning, what the sign means (e.g. 'net loss').");
            }
        }

        if (o.ContainsKey("meaning") && !(value < 0))
        {
            Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "meaning"), "Only a negative value has a meaning.");
        }

        decimal? scaled = value;
        if (value is { } v && scale is { } s)
        {
            try
            {
                scaled = checked(v * Evidence.Fact.Factor(s));
            }
            catch (OverflowException)
            {
                scaled = null;
                Add(CaseProblemCodes.OutOfRange, Child(o.Path, "value"), "The value times its scale is too large for a decimal number.");
            }
        }

        if (unit == MeasureUnit.Percent && o.ContainsKey("scale"))
        {
            Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "scale"), "A percentage has no scale: write 12.5 for 12.5%.");
        }
        else if (unit == MeasureUnit.Percent && scaled > 100m && topic is { } shareTopic && CaseFormat.ShareTopics.Contains(shareTopic))
        {
            Add(CaseProblemCodes.OutOfRange, Child(o.Path, "value"), $"A share ('{CaseFormat.Topics.Name(shareTopic)}') is a percentage of a whole, from 0 to 100 (a negative value with meaning for a fall); {Show(valueElement.GetRawText())} is above 100.");
        }
        else if (unit == MeasureUnit.Count && scaled > int.MaxValue)
        {
            Add(CaseProblemCodes.OutOfRange, Child(o.Path, "value"), $"A count is a whole number of things from 0 to {Num(int.MaxValue)}; this one is {scaled.Value.ToString(CultureInfo.InvariantCulture)}{(scale is null ? string.Empty : " with its scale")}.");
        }

        return new Fact
        {
            Id = Id(o, "id") ?? string.Empty,
            Statement = Text(o, "statement") ?? string.Empty,
            Topic = topic ?? FactTopic.Unspecified,
            Scope = Enum(o, "scope", CaseFormat.FactScopes) ?? FactScope.Unspecified,
            Firm = Id(o, "firm"),
            BusinessUnit = Id(o, "businessUnit"),
            Market = Id(o, "market"),
            Counterparty = Id(o, "counterparty"),
            PlatformModel = Enum(o, "platformModel", CaseFormat.PlatformModels),
            Value = value,
            Bound = bound ?? ValueBound.Unspecified,
            Unit = unit,
            Currency = currency,
            Scale = scale,
            Year = year,
            UnknownReason = unknownReason,
            Meaning = meaning,
            BearsOn = Array(o, "bearsOn", 0, ReadBearing),
            Citations = Array(o, "citations", 1, readCitation),
        };
    }

    /// <summary>Reads a version 2 fact's currency: required exactly for unit currency, an active ISO 4217 code.</summary>
    private string? Currency(Obj o, MeasureUnit? unit, bool hasUnit)
    {
        var currency = Text(o, "currency");
        if (unit == MeasureUnit.Currency && !o.ContainsKey("currency"))
        {
            Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "currency"), "An amount (unit currency) needs currency, an ISO 4217 code such as USD.");
        }
        else if (o.ContainsKey("currency") && hasUnit && unit is not null && unit != MeasureUnit.Currency)
        {
            Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "currency"), "Only a fact in unit currency has a currency.");
        }
        else if (o.ContainsKey("currency") && !hasUnit)
        {
            Add(CaseProblemCodes.NumericFactRule, Child(o.Path, "currency"), "A qualitative fact (one without unit) has no currency.");
        }
        else if (currency is not null && !IsoCodes.IsCurrency(currency))
        {
            Add(CaseProblemCodes.InvalidCurrency, Child(o.Path, "currency"), $"{Show(currency)} is not an active ISO 4217 currency code (upper case) such as USD.");
        }

        return currency;
    }

    private FactBearing? ReadBearing(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Bearing);
        return o is null ? null : new FactBearing
        {
            Input = Enum(o, "input", CaseFormat.Inputs) ?? AssessedInput.Unspecified,
            Valence = Enum(o, "valence", CaseFormat.Valences) ?? Valence.Unspecified,
            Market = Id(o, "market"),
        };
    }

    private Citation? ReadCitation(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Citation);
        return o is null ? null : new Citation
        {
            Document = Id(o, "document") ?? string.Empty,
            Quote = Text(o, "quote") ?? string.Empty,
            Locator = Text(o, "locator"),
        };
    }

    private AnalystAssessment? ReadAssessment(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Assessment);
        return o is null ? null : new AnalystAssessment
        {
            Id = Id(o, "id") ?? string.Empty,
            Statement = Text(o, "statement") ?? string.Empty,
            Reasoning = Text(o, "reasoning") ?? string.Empty,
            RestsOn = Array(o, "restsOn", 1, idAt),
            Rates = o.TryGetValue("rates", out var rates) ? ReadRating(rates, new Loc(o.Path, N1: "rates")) : null,
        };
    }

    private Rating? ReadRating(JsonElement e, Loc at)
    {
        var o = Object(e, at, version == 1 ? CaseFormat.RatingV1 : CaseFormat.Rating);
        if (o is null)
        {
            return null;
        }

        var input = Enum(o, "input", CaseFormat.Inputs);
        var market = Id(o, "market");
        var resource = Enum(o, "resource", CaseFormat.Topics);
        var value = Text(o, "value");
        var rubric = Text(o, "rubric");
        if (input is { } i)
        {
            var rule = CaseFormat.RuleOf(i, version);
            var name = CaseFormat.Inputs.Name(i);
            if (rule.Market == MarketRule.Required && !o.ContainsKey("market"))
            {
                Add(CaseProblemCodes.InvalidRating, Child(o.Path, "market"), $"Input '{name}' is rated for a firm in a market: give market.");
            }
            else if (rule.Market == MarketRule.Forbidden && o.ContainsKey("market"))
            {
                Add(CaseProblemCodes.InvalidRating, Child(o.Path, "market"), $"Input '{name}' is not rated per market: remove market.");
            }

            if (rule.Resource && !o.ContainsKey("resource"))
            {
                Add(CaseProblemCodes.InvalidRating, Child(o.Path, "resource"), $"Input '{name}' rates a resource: give resource, an internal-driver topic such as 'ecosystem-model'.");
            }
            else if (!rule.Resource && o.ContainsKey("resource"))
            {
                Add(CaseProblemCodes.InvalidRating, Child(o.Path, "resource"), $"Input '{name}' does not rate a resource: remove resource.");
            }
            else if (resource is { } r && !CaseFormat.Resources.Contains(r))
            {
                Add(CaseProblemCodes.InvalidRating, Child(o.Path, "resource"), $"'{CaseFormat.Topics.Name(r)}' is not an internal-driver topic; a VRIO resource is one of: {string.Join(", ", CaseFormat.Resources.Select(CaseFormat.Topics.Name).Order(StringComparer.Ordinal))}.");
            }

            Detail(o, name, "driver", rule.Detail == RatingDetail.Driver);
            Detail(o, name, "feature", rule.Detail == RatingDetail.Feature);
            Detail(o, name, "metric", rule.Detail == RatingDetail.Metric);

            if (value is not null && !rule.Values.Contains(value))
            {
                Add(CaseProblemCodes.InvalidRating, Child(o.Path, "value"), $"{Show(value)} is not a value of input '{name}'; expected one of: {string.Join(", ", rule.Values)}.");
            }

            if (rubric is not null && rubric != name)
            {
                Add(CaseProblemCodes.UnknownRubric, Child(o.Path, "rubric"), $"{Show(rubric)} is not the rubric of input '{name}'; a rating applies the rubric of its input: '{name}'.");
            }

            if (version == 1)
            {
                rubric = name;
            }
        }

        return new Rating
        {
            Input = input ?? AssessedInput.Unspecified,
            Firm = Id(o, "firm") ?? string.Empty,
            Market = market,
            Resource = resource,
            Value = value ?? string.Empty,
            Rubric = rubric,
            Confidence = Enum(o, "confidence", CaseFormat.Confidences) ?? Confidence.Unspecified,
            AsOf = Year(o, "asOf"),
            CounterEvidence = Array(o, "counterEvidence", 1, idAt),
            Driver = Enum(o, "driver", CaseFormat.Drivers),
            Feature = Enum(o, "feature", CaseFormat.Features),
            Metric = Text(o, "metric"),
            Rivals = Array(o, "rivals", 1, idAt),
        };
    }

    /// <summary>Checks that a rating names a driver, feature or metric exactly when its input needs it.</summary>
    private void Detail(Obj o, string input, string property, bool needed)
    {
        if (needed && !o.ContainsKey(property))
        {
            Add(CaseProblemCodes.InvalidRating, Child(o.Path, property), $"Input '{input}' rates one {property}: give {property}.");
        }
        else if (!needed && o.ContainsKey(property))
        {
            Add(CaseProblemCodes.InvalidRating, Child(o.Path, property), $"Input '{input}' does not name a {property}: remove {property}.");
        }
    }

    private MarketEntry? ReadEntry(JsonElement e, Loc at)
    {
        if (version == 1)
        {
            return ReadEntryV1(e, at);
        }

        var o = Object(e, at, CaseFormat.Entry);
        if (o is null)
        {
            return null;
        }

        var announced = Date(o, "announced");
        var completed = Date(o, "completed");
        if (!o.ContainsKey("announced") && !o.ContainsKey("completed"))
        {
            Add(CaseProblemCodes.MissingRequired, Child(o.Path, "completed"), "An entry needs completed, announced or both: the date it starts.");
        }
        else if (announced is { } a && completed is { } c && c < a)
        {
            Add(CaseProblemCodes.DateOrder, Child(o.Path, "completed"), $"The entry was completed ({c}) before it was announced ({a}).");
        }

        var start = completed ?? announced;
        var stakes = Array(o, "stakes", 1, ReadStake);
        for (var k = 1; k < stakes.Length; k++)
        {
            if (stakes[k].Date <= stakes[k - 1].Date)
            {
                Add(CaseProblemCodes.DateOrder, new Loc(o.Path, N1: "stakes", I2: k, N2: "date"), $"Stake changes are ordered by date: {stakes[k].Date} does not come after {stakes[k - 1].Date}.");
            }
        }

        var end = o.TryGetValue("end", out var endElement) ? ReadEnd(endElement, new Loc(o.Path, N1: "end")) : null;
        if (end is not null)
        {
            if (start is { } s && end.Date < s)
            {
                Add(CaseProblemCodes.DateOrder, new Loc(o.Path, N1: "end", N2: "date"), $"The entry ends ({end.Date}) before it starts ({s}).");
            }
            else if (stakes.Length > 0 && end.Date < stakes[^1].Date)
            {
                Add(CaseProblemCodes.DateOrder, new Loc(o.Path, N1: "end", N2: "date"), $"The entry ends ({end.Date}) before its last stake change ({stakes[^1].Date}).");
            }
        }

        return new MarketEntry
        {
            Id = Id(o, "id") ?? string.Empty,
            Firm = Id(o, "firm") ?? string.Empty,
            Market = Id(o, "market") ?? string.Empty,
            Countries = Array(o, "countries", 1, CountryAt),
            Mode = Enum(o, "mode", CaseFormat.EntryModes) ?? EntryMode.Unspecified,
            Announced = announced,
            Completed = completed,
            BusinessUnit = Id(o, "businessUnit"),
            Counterparty = Id(o, "counterparty"),
            AttributedToFirm = Bool(o, "attributedToFirm") ?? false,
            Stakes = stakes,
            Partners = Array(o, "partners", 1, ReadPartner),
            End = end,
            Description = Text(o, "description") ?? string.Empty,
            Evidence = Array(o, "evidence", 1, idAt),
        };
    }

    /// <summary>Reads a version 1 entry and upgrades it: year and month become <see cref="MarketEntry.Completed"/>, and
    /// stakePercent one stake change at that date.</summary>
    private MarketEntry? ReadEntryV1(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.EntryV1);
        if (o is null)
        {
            return null;
        }

        var year = Year(o, "year");
        var completed = year is { } y ? new YearMonth(y, Int(o, "month", 1, 12)) : (YearMonth?)null;
        var stake = Decimal(o, "stakePercent", 0m, 100m);
        return new MarketEntry
        {
            Id = Id(o, "id") ?? string.Empty,
            Firm = Id(o, "firm") ?? string.Empty,
            Market = Id(o, "market") ?? string.Empty,
            Completed = completed,
            Mode = Enum(o, "mode", CaseFormat.EntryModes) ?? EntryMode.Unspecified,
            BusinessUnit = Id(o, "businessUnit"),
            Counterparty = Id(o, "counterparty"),
            Stakes = stake is { } p && completed is { } date ? [new StakeChange { Date = date, Percent = p }] : [],
            Description = Text(o, "description") ?? string.Empty,
            Evidence = Array(o, "evidence", 1, idAt),
        };
    }

    private StakeChange? ReadStake(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Stake);
        if (o is null)
        {
            return null;
        }

        var date = Date(o, "date");
        var percent = Decimal(o, "percent", 0m, 100m);
        var bound = Enum(o, "bound", CaseFormat.Bounds);
        var voting = Decimal(o, "votingPercent", 0m, 100m);
        return date is { } d && percent is { } p
            ? new StakeChange { Date = d, Percent = p, Bound = bound ?? ValueBound.Unspecified, VotingPercent = voting }
            : null;
    }

    private EntryPartner? ReadPartner(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Partner);
        return o is null ? null : new EntryPartner
        {
            Firm = Id(o, "firm") ?? string.Empty,
            Percent = Decimal(o, "percent", 0m, 100m),
            VotingPercent = Decimal(o, "votingPercent", 0m, 100m),
        };
    }

    private EntryEnd? ReadEnd(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.End);
        if (o is null)
        {
            return null;
        }

        var kind = Enum(o, "kind", CaseFormat.EndKinds);
        var date = Date(o, "date");
        var buyer = Id(o, "buyer");
        var stake = Decimal(o, "stakeInBuyerPercent", 0m, 100m);
        if (o.ContainsKey("buyer") && kind is { } k && k != EntryEndKind.Sale)
        {
            Add(CaseProblemCodes.InvalidEnd, Child(o.Path, "buyer"), $"Only a sale has a buyer; this end is a {CaseFormat.EndKinds.Name(k)}.");
        }
        else if (o.ContainsKey("stakeInBuyerPercent") && !o.ContainsKey("buyer"))
        {
            Add(CaseProblemCodes.InvalidEnd, Child(o.Path, "stakeInBuyerPercent"), "A stake in the buyer needs buyer: the firm that bought the operation.");
        }

        return date is { } d ? new EntryEnd { Kind = kind ?? EntryEndKind.Unspecified, Date = d, Buyer = buyer, StakeInBuyerPercent = stake } : null;
    }

    private YearMonth? ReadDate(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Date);
        if (o is null)
        {
            return null;
        }

        var year = Year(o, "year");
        var month = Int(o, "month", 1, 12);

        // A date with a bad month is no date: comparing it as a year alone would report order problems that are not the file's.
        return year is { } y && (month is not null || !o.ContainsKey("month")) ? new YearMonth(y, month) : null;
    }

    private Relationship? ReadRelationship(JsonElement e, Loc at)
    {
        var o = Object(e, at, version == 1 ? CaseFormat.RelationshipV1 : CaseFormat.Relationship);
        if (o is null)
        {
            return null;
        }

        var year = Year(o, "year");
        var end = Date(o, "end");
        if (year is { } y && end is { } d && d.Year < y)
        {
            Add(CaseProblemCodes.DateOrder, Child(o.Path, "end"), $"The relationship ends ({d}) before the year it began ({Num(y)}).");
        }

        return new Relationship
        {
            Id = Id(o, "id") ?? string.Empty,
            Firm = Id(o, "firm") ?? string.Empty,
            Counterparty = Id(o, "counterparty") ?? string.Empty,
            Kind = Enum(o, "kind", CaseFormat.RelationshipKinds) ?? RelationshipKind.Unspecified,
            Functions = Array(o, "functions", 1, (f, p) => EnumAt(f, p, CaseFormat.PartnerFunctions)),
            Market = Id(o, "market"),
            Supports = Id(o, "supports"),
            Year = year,
            End = end,
            StakePercent = Decimal(o, "stakePercent", 0m, 100m),
            Evidence = Array(o, "evidence", 1, idAt),
        };
    }

    private TimelineEvent? ReadTimelineEvent(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.TimelineEvent);
        return o is null ? null : new TimelineEvent
        {
            Id = Id(o, "id") ?? string.Empty,
            Year = Year(o, "year") ?? 0,
            Month = Int(o, "month", 1, 12),
            Firm = Id(o, "firm"),
            Market = Id(o, "market"),
            Description = Text(o, "description") ?? string.Empty,
            Evidence = Array(o, "evidence", 1, idAt),
        };
    }

    private Competitor? ReadCompetitor(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Competitor);
        return o is null ? null : new Competitor
        {
            Firm = Id(o, "firm") ?? string.Empty,
            CompetitorFirm = Id(o, "competitor") ?? string.Empty,
            Market = Id(o, "market"),
            Evidence = Array(o, "evidence", 1, idAt),
        };
    }

    // ---- Value readers. Property-level readers return null when the property is absent or bad (the problem is recorded).
    private Obj? Object(JsonElement e, Loc at, CaseFormat.Shape shape)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Add(CaseProblemCodes.WrongType, at, $"Expected a {shape.Name} object, found {Describe(e)}.");
            return null;
        }

        var path = at.ToString();

        // Known properties are matched against the shape's UTF-8 names without decoding them (files list them in the writer's
        // order, so the search starts after the previous match); names are decoded only for problems. The first value of a
        // duplicated property wins, and a repeated unknown property is reported as a duplicate, as a dictionary of names would.
        var names = shape.Utf8Names;
        if (arenaUsed + names.Length > arena.Length)
        {
            arena = new JsonElement[Math.Max(ArenaChunk, names.Length)];
            arenaUsed = 0;
        }

        var values = arena;
        var offset = arenaUsed;
        arenaUsed += names.Length;
        var span = values.AsSpan(offset, names.Length);
        HashSet<string>? unknown = null;
        var next = 0;
        foreach (var p in e.EnumerateObject())
        {
            var index = -1;
            for (var k = next; k < names.Length; k++)
            {
                if (p.NameEquals(names[k]))
                {
                    index = k;
                    break;
                }
            }

            for (var k = 0; index < 0 && k < next && k < names.Length; k++)
            {
                if (p.NameEquals(names[k]))
                {
                    index = k;
                }
            }

            if (index >= 0)
            {
                next = index + 1;
                if (span[index].ValueKind == JsonValueKind.Undefined)
                {
                    span[index] = p.Value;
                }
                else
                {
                    Add(CaseProblemCodes.DuplicateKey, Child(path, p.Name), $"Property {Show(p.Name)} appears more than once.");
                }
            }
            else
            {
                var name = p.Name;
                if (!(unknown ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                {
                    Add(CaseProblemCodes.DuplicateKey, Child(path, name), $"Property {Show(name)} appears more than once.");
                }
                else
                {
                    Add(CaseProblemCodes.UnknownProperty, Child(path, name), $"Unknown property {Show(name)} in a {shape.Name}; allowed: {string.Join(", ", shape.Properties)}.");
                }
            }
        }

        foreach (var index in shape.RequiredIndexes)
        {
            if (span[index].ValueKind == JsonValueKind.Undefined)
            {
                var name = shape.Properties[index];
                Add(CaseProblemCodes.MissingRequired, Child(path, name), $"A {shape.Name} needs property '{name}'.");
            }
        }

        return new Obj(path, shape, values, offset);
    }

    private static bool TryGet(Obj? o, string name, out JsonElement e, out Loc path)
    {
        if (o is not null && o.TryGetValue(name, out e))
        {
            path = new Loc(o.Path, N1: name);
            return true;
        }

        e = default;
        path = default;
        return false;
    }

    private string? Text(Obj? o, string name) => TryGet(o, name, out var e, out var path) ? TextAt(e, path) : null;

    private string? Id(Obj? o, string name) => TryGet(o, name, out var e, out var path) ? IdAt(e, path) : null;

    private int? Year(Obj? o, string name) => Int(o, name, 1600, 3000);

    private int? Int(Obj? o, string name, int min, int max) => TryGet(o, name, out var e, out var path) ? IntAt(e, path, min, max) : null;

    private YearMonth? Date(Obj? o, string name) => TryGet(o, name, out var e, out var path) ? ReadDate(e, path) : null;

    private bool? Bool(Obj? o, string name)
    {
        if (!TryGet(o, name, out var e, out var path))
        {
            return null;
        }

        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return e.GetBoolean();
        }

        Add(CaseProblemCodes.WrongType, path, $"Expected true or false, found {Describe(e)}.");
        return null;
    }

    private decimal? Decimal(Obj? o, string name, decimal? min, decimal? max) =>
        TryGet(o, name, out var e, out var path) ? DecimalAt(e, path, min, max) : null;

    private T? Enum<T>(Obj? o, string name, CaseFormat.Wire<T> wire)
        where T : struct, Enum =>
        TryGet(o, name, out var e, out var path) ? EnumAt(e, path, wire) : null;

    private ImmutableArray<T> Array<T>(Obj? o, string name, int min, Func<JsonElement, Loc, T?> item)
        where T : class =>
        Collect<T>(o, name, min, (element, path) => item(element, path) is { } value ? (true, value) : (false, null!));

    private ImmutableArray<T> Array<T>(Obj? o, string name, int min, Func<JsonElement, Loc, T?> item)
        where T : struct =>
        Collect<T>(o, name, min, (element, path) => item(element, path) is { } value ? (true, value) : (false, default));

    /// <summary>Reads an array property item by item, keeping the items <paramref name="item"/> accepts; the problems of the others are already recorded.</summary>
    private ImmutableArray<T> Collect<T>(Obj? o, string name, int min, Func<JsonElement, Loc, (bool Ok, T Value)> item)
    {
        if (!StartArray(o, name, min, out var e, out var path, out var length))
        {
            return [];
        }

        var items = new T[length];
        var count = 0;
        var i = 0;
        foreach (var element in e.EnumerateArray())
        {
            var (ok, value) = item(element, path.At(i++));
            if (ok)
            {
                items[count++] = value;
            }
        }

        return Freeze(items, count);
    }

    /// <summary>Wraps the first <paramref name="count"/> items as an immutable array, without copying when all are present.</summary>
    private static ImmutableArray<T> Freeze<T>(T[] items, int count) =>
        count == items.Length ? ImmutableCollectionsMarshal.AsImmutableArray(items) : ImmutableArray.Create(items, 0, count);

    /// <summary>Finds an array property and checks its type and minimum length; false when it is absent or not an array.</summary>
    private bool StartArray(Obj? o, string name, int min, out JsonElement e, out Loc path, out int length)
    {
        length = 0;
        if (!TryGet(o, name, out e, out path))
        {
            return false;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            Add(CaseProblemCodes.WrongType, path, $"Expected an array, found {Describe(e)}.");
            return false;
        }

        length = e.GetArrayLength();
        if (length < min)
        {
            Add(CaseProblemCodes.Empty, path, $"The array needs at least {Num(min)} element{(min == 1 ? string.Empty : "s")}.");
        }

        return true;
    }

    private string? TextAt(JsonElement e, Loc path)
    {
        if (e.ValueKind != JsonValueKind.String)
        {
            Add(CaseProblemCodes.WrongType, path, $"Expected a string, found {Describe(e)}{(e.ValueKind == JsonValueKind.Null ? "; omit an optional property instead of writing null" : string.Empty)}.");
            return null;
        }

        var text = e.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(CaseProblemCodes.Empty, path, "The text is empty; omit an optional property instead.");
            return null;
        }

        return text;
    }

    private string? IdAt(JsonElement e, Loc path)
    {
        var text = TextAt(e, path);
        if (text is not null && !CaseFormat.IsId(text))
        {
            Add(CaseProblemCodes.InvalidId, path, $"{Show(text)} is not a kebab-case id (lower-case letters, digits and '-', starting with a letter or digit).");
        }

        return text;
    }

    private string? CountryAt(JsonElement e, Loc path)
    {
        var text = TextAt(e, path);
        if (text is not null && !CaseFormat.IsCountry(text))
        {
            Add(CaseProblemCodes.InvalidCountry, path, $"{Show(text)} is not an ISO 3166-1 alpha-2 country code (upper case) such as RU.");
        }

        return text;
    }

    private T? EnumAt<T>(JsonElement e, Loc path, CaseFormat.Wire<T> wire)
        where T : struct, Enum
    {
        var text = TextAt(e, path);
        if (text is null)
        {
            return null;
        }

        if (!wire.TryParse(text, out var value))
        {
            Add(CaseProblemCodes.UnknownEnumValue, path, $"{Show(text)} is not one of: {string.Join(", ", wire.Names)}.");
            return null;
        }

        return value;
    }

    private int? IntAt(JsonElement e, Loc path, int min, int max)
    {
        if (e.ValueKind != JsonValueKind.Number)
        {
            Add(CaseProblemCodes.WrongType, path, $"Expected an integer, found {Describe(e)}.");
            return null;
        }

        // Fast path: a plain 32-bit integer gives the same answer as the decimal checks below, without parsing a decimal.
        if (e.TryGetInt32(out var n) && n >= min && n <= max)
        {
            return n;
        }

        if (!e.TryGetDecimal(out var d))
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{Show(e.GetRawText())} is out of range; expected an integer from {Num(min)} to {Num(max)}.");
            return null;
        }

        if (!IsExact(e, d))
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{Show(e.GetRawText())} cannot be held exactly; expected an integer from {Num(min)} to {Num(max)}.");
            return null;
        }

        if (d != decimal.Truncate(d))
        {
            Add(CaseProblemCodes.WrongType, path, $"Expected an integer, found {Show(e.GetRawText())}.");
            return null;
        }

        if (d < min || d > max)
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{Show(e.GetRawText())} is out of range; expected an integer from {Num(min)} to {Num(max)}.");
            return null;
        }

        return (int)d;
    }

    private decimal? DecimalAt(JsonElement e, Loc path, decimal? min, decimal? max)
    {
        if (e.ValueKind != JsonValueKind.Number)
        {
            Add(CaseProblemCodes.WrongType, path, $"Expected a number, found {Describe(e)}.");
            return null;
        }

        if (!e.TryGetDecimal(out var d))
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{Show(e.GetRawText())} does not fit a decimal number.");
            return null;
        }

        if (!IsExact(e, d))
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{Show(e.GetRawText())} cannot be held exactly by a decimal number (at most 28 significant digits, none beyond the 28th decimal place); it would be {(d == 0 ? "read as 0" : "rounded")}.");
            return null;
        }

        if (d < min || d > max)
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{Show(e.GetRawText())} is out of range; expected {min?.ToString(CultureInfo.InvariantCulture)} to {max?.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return d;
    }

    /// <summary>The format's one rule for integers: a JSON number is an integer when its value is whole, however it is written
    /// (<c>2</c>, <c>2.0</c>, <c>2e0</c>), as JSON Schema defines <c>integer</c>; the value must be held exactly.</summary>
    private static bool TryGetWholeInt32(JsonElement e, out int value)
    {
        if (e.TryGetInt32(out value))
        {
            return true;
        }

        if (e.TryGetDecimal(out var d) && IsExact(e, d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="d"/>, the decimal <see cref="JsonElement.TryGetDecimal"/> read from a number token, is the
    /// token's value exactly: no digit rounded away and no tiny value read as 0.</summary>
    private static bool IsExact(JsonElement e, decimal d)
    {
        var raw = JsonMarshal.GetRawUtf8Value(e);

        // Without an exponent, at most 28 characters hold at most 28 digits with at most 27 after the point: always exact.
        if (raw.Length <= 28 && raw.IndexOfAny((byte)'e', (byte)'E') < 0)
        {
            return true;
        }

        Span<char> text = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            text[i] = (char)raw[i];
        }

        return Canonical(text) == Canonical(d.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A number's value as its significant digits (no leading or trailing zeros), the power of ten they are scaled by,
    /// and its sign; zero is ("", 0, false). Reads JSON number syntax (and so also a decimal's invariant text).</summary>
    private static (string Digits, long Exponent, bool Negative) Canonical(ReadOnlySpan<char> number)
    {
        var negative = number.Length > 0 && number[0] == '-';
        var at = negative ? 1 : 0;
        var digits = new StringBuilder();
        long exponent = 0;
        while (at < number.Length && char.IsAsciiDigit(number[at]))
        {
            digits.Append(number[at++]);
        }

        if (at < number.Length && number[at] == '.')
        {
            at++;
            while (at < number.Length && char.IsAsciiDigit(number[at]))
            {
                digits.Append(number[at++]);
                exponent--;
            }
        }

        if (at < number.Length && number[at] is 'e' or 'E')
        {
            at++;
            var sign = 1L;
            if (at < number.Length && number[at] is '+' or '-')
            {
                sign = number[at++] == '-' ? -1 : 1;
            }

            long power = 0;
            while (at < number.Length && char.IsAsciiDigit(number[at]))
            {
                // Saturate: any exponent this large is far outside what a decimal holds either way.
                power = Math.Min((power * 10) + (number[at++] - '0'), 1_000_000_000L);
            }

            exponent += sign * power;
        }

        var text = digits.ToString().TrimStart('0');
        var trimmed = text.TrimEnd('0');
        exponent += text.Length - trimmed.Length;
        return trimmed.Length == 0 ? (string.Empty, 0, false) : (trimmed, exponent, negative);
    }

    /// <summary>Returns whether the text is yyyy, yyyy-MM or yyyy-MM-dd, a real date with a year from 1600 to 3000.</summary>
    private static bool IsIsoDate(string text)
    {
        static bool Digits(ReadOnlySpan<char> s, out int value)
        {
            value = 0;
            foreach (var c in s)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }

        var s = text.AsSpan();
        if (s.Length is not (4 or 7 or 10) || !Digits(s[..4], out var year) || year is < 1600 or > 3000)
        {
            return false;
        }

        if (s.Length == 4)
        {
            return true;
        }

        if (s[4] != '-' || !Digits(s[5..7], out var month) || month is < 1 or > 12)
        {
            return false;
        }

        return s.Length == 7
            || (s[7] == '-' && Digits(s[8..10], out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month));
    }

    /// <summary>The semantic stage: unique ids and resolvable references, run over the materialized model.</summary>
    private sealed partial class CaseChecker(CaseReader reader)
    {
        public void Check(Case c)
        {
            var documents = Unique(c.Documents, "$.documents", d => d.Id);
            var firms = Unique(c.Firms, "$.firms", f => f.Id);
            var markets = Unique(c.Markets, "$.markets", m => m.Id);
            var facts = Unique(c.Facts, "$.facts", f => f.Id);
            Unique(c.Assessments, "$.assessments", a => a.Id);
            var entries = Unique(c.Entries, "$.entries", e => e.Id);
            Unique(c.Relationships, "$.relationships", r => r.Id);
            Unique(c.Timeline, "$.timeline", t => t.Id);

            Ref(firms, c.PrimaryFirm, "$.primaryFirm", "firm");
            Founding(c, firms);
            SelfRelations(c);
            // Paths are Locs, rendered only when a reference does not resolve.
            for (var i = 0; i < c.Firms.Length; i++)
            {
                var firm = c.Firms[i];
                if (firm.BusinessUnits.Length > 0)
                {
                    Unique(firm.BusinessUnits, Index("$.firms", i) + ".businessUnits", u => u.Id);
                }

                Refs(facts, firm.Evidence, new Loc("$.firms", i, "evidence"), "fact");
                Ref(firms, firm.Parent, new Loc("$.firms", i, "parent"), "firm");
                Parent(firms, firm, i);
                for (var j = 0; j < firm.BusinessUnits.Length; j++)
                {
                    Refs(facts, firm.BusinessUnits[j].Evidence, new Loc("$.firms", i, "businessUnits", j, "evidence"), "fact");
                }
            }

            for (var i = 0; i < c.Facts.Length; i++)
            {
                var fact = c.Facts[i];
                Ref(firms, fact.Firm, new Loc("$.facts", i, "firm"), "firm");
                Ref(markets, fact.Market, new Loc("$.facts", i, "market"), "market");
                Ref(firms, fact.Counterparty, new Loc("$.facts", i, "counterparty"), "firm");
                Unit(firms, fact.Firm, fact.BusinessUnit, new Loc("$.facts", i, "businessUnit"));
                for (var j = 0; j < fact.BearsOn.Length; j++)
                {
                    Ref(markets, fact.BearsOn[j].Market, new Loc("$.facts", i, "bearsOn", j, "market"), "market");
                }

                for (var j = 0; j < fact.Citations.Length; j++)
                {
                    Ref(documents, fact.Citations[j].Document, new Loc("$.facts", i, "citations", j, "document"), "document");
                }
            }

            var ratings = new Dictionary<RatingKey, int>();
            for (var i = 0; i < c.Assessments.Length; i++)
            {
                var assessment = c.Assessments[i];
                Refs(facts, assessment.RestsOn, new Loc("$.assessments", i, "restsOn"), "fact");
                if (assessment.Rates is { } r)
                {
                    Ref(firms, r.Firm, new Loc("$.assessments", i, "rates", -1, "firm"), "firm");
                    Ref(markets, r.Market, new Loc("$.assessments", i, "rates", -1, "market"), "market");
                    Refs(facts, r.CounterEvidence, new Loc("$.assessments", i, "rates", -1, "counterEvidence"), "fact");
                    Refs(firms, r.Rivals, new Loc("$.assessments", i, "rates", -1, "rivals"), "firm");
                    for (var k = 0; k < r.CounterEvidence.Length; k++)
                    {
                        if (assessment.RestsOn.Contains(r.CounterEvidence[k]))
                        {
                            reader.Add(CaseProblemCodes.InvalidRating, new Loc("$.assessments", i, "rates", -1, "counterEvidence", k), $"Fact {Show(r.CounterEvidence[k])} is already in restsOn: a fact cannot both support and weigh against the rating.");
                        }
                    }

                    for (var k = 0; k < r.Rivals.Length; k++)
                    {
                        if (r.Rivals[k] == r.Firm)
                        {
                            reader.Add(CaseProblemCodes.InvalidRating, new Loc("$.assessments", i, "rates", -1, "rivals", k), $"Firm {Show(r.Firm)} is the rated firm, not its rival.");
                        }
                    }

                    var key = RatingKey.Of(r);
                    if (r.Input != AssessedInput.Unspecified && !ratings.TryAdd(key, i))
                    {
                        reader.Add(CaseProblemCodes.InvalidRating, Index("$.assessments", i) + ".rates", $"{Index("$.assessments", ratings[key])} already rates '{CaseFormat.Inputs.Name(r.Input)}' for this firm, market, resource, driver, feature and metric.");
                    }
                }
            }

            for (var i = 0; i < c.Entries.Length; i++)
            {
                var entry = c.Entries[i];
                Ref(firms, entry.Firm, new Loc("$.entries", i, "firm"), "firm");
                Ref(markets, entry.Market, new Loc("$.entries", i, "market"), "market");
                Unit(firms, entry.Firm, entry.BusinessUnit, new Loc("$.entries", i, "businessUnit"));
                Ref(firms, entry.Counterparty, new Loc("$.entries", i, "counterparty"), "firm");
                for (var j = 0; j < entry.Partners.Length; j++)
                {
                    Ref(firms, entry.Partners[j].Firm, new Loc("$.entries", i, "partners", j, "firm"), "firm");
                }

                Ref(firms, entry.End?.Buyer, new Loc("$.entries", i, "end", -1, "buyer"), "firm");
                Refs(facts, entry.Evidence, new Loc("$.entries", i, "evidence"), "fact");
                if (markets.TryGetValue(entry.Market, out var market))
                {
                    for (var j = 0; j < entry.Countries.Length; j++)
                    {
                        if (!market.Countries.Contains(entry.Countries[j]) && CaseFormat.IsCountry(entry.Countries[j]))
                        {
                            reader.Add(CaseProblemCodes.CountryOutsideMarket, new Loc("$.entries", i, "countries", j), $"{Show(entry.Countries[j])} is not one of market {Show(market.Id)}'s countries: {string.Join(", ", market.Countries)}.");
                        }
                    }
                }

                // A firm whose relation is missing or bad (already reported) is not known not to be an affiliate.
                if (entry.AttributedToFirm && firms.TryGetValue(entry.Firm, out var entering)
                    && (entering.Relation == PartyRelation.Subsidiary || (entering.Relation == PartyRelation.Unspecified && entering.Parent is null)))
                {
                    reader.Add(CaseProblemCodes.InvalidAttribution, new Loc("$.entries", i, "attributedToFirm"), $"Only an affiliate's entry is attributed to the firm; {Show(entering.Id)} is {(entering.Relation == PartyRelation.Subsidiary ? "a subsidiary, whose entries count as its parent's anyway" : "not an affiliate")}.");
                }
            }

            for (var i = 0; i < c.Relationships.Length; i++)
            {
                var relationship = c.Relationships[i];
                Ref(firms, relationship.Firm, new Loc("$.relationships", i, "firm"), "firm");
                Ref(firms, relationship.Counterparty, new Loc("$.relationships", i, "counterparty"), "firm");
                Ref(markets, relationship.Market, new Loc("$.relationships", i, "market"), "market");
                Ref(entries, relationship.Supports, new Loc("$.relationships", i, "supports"), "entry");
                Refs(facts, relationship.Evidence, new Loc("$.relationships", i, "evidence"), "fact");
            }

            for (var i = 0; i < c.Timeline.Length; i++)
            {
                var item = c.Timeline[i];
                Ref(firms, item.Firm, new Loc("$.timeline", i, "firm"), "firm");
                Ref(markets, item.Market, new Loc("$.timeline", i, "market"), "market");
                Refs(facts, item.Evidence, new Loc("$.timeline", i, "evidence"), "fact");
            }

            for (var i = 0; i < c.Competitors.Length; i++)
            {
                var item = c.Competitors[i];
                Ref(firms, item.Firm, new Loc("$.competitors", i, "firm"), "firm");
                Ref(firms, item.CompetitorFirm, new Loc("$.competitors", i, "competitor"), "firm");
                Ref(markets, item.Market, new Loc("$.competitors", i, "market"), "market");
                Refs(facts, item.Evidence, new Loc("$.competitors", i, "evidence"), "fact");
            }

            CheckDistances(c, markets, facts);
        }

        /// <summary>Reports founding years after the latest source document, and dates of a firm before its founding year (only the
        /// first such date of an entry: an entry dated before the founding has its later dates wrong for the same reason).</summary>
        private void Founding(Case c, Dictionary<string, Firm> firms)
        {
            var latest = 0;
            foreach (var document in c.Documents)
            {
                if (document.Date.Length >= 4 && int.TryParse(document.Date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    latest = Math.Max(latest, year);
                }
            }

            for (var i = 0; i < c.Firms.Length; i++)
            {
                var firm = c.Firms[i];
                if (firm.FoundedYear is not { } founded)
                {
                    continue;
                }

                if (latest > 0 && founded > latest)
                {
                    reader.Add(CaseProblemCodes.FoundedAfterSources, new Loc("$.firms", i, "foundedYear"), $"Firm {Show(firm.Id)} is founded in {Num(founded)}, after the latest source document ({Num(latest)}).");
                }

                for (var j = 0; j < firm.BusinessUnits.Length; j++)
                {
                    if (firm.BusinessUnits[j].LaunchedYear is { } launched && launched < founded)
                    {
                        reader.Add(CaseProblemCodes.BeforeFounding, new Loc("$.firms", i, "businessUnits", j, "launchedYear"), $"The business unit is launched in {Num(launched)}, before its firm {Show(firm.Id)} is founded ({Num(founded)}).");
                    }
                }
            }

            int? FoundedOf(string? id) => id is not null && firms.TryGetValue(id, out var f) ? f.FoundedYear : null;

            for (var i = 0; i < c.Entries.Length; i++)
            {
                var entry = c.Entries[i];
                if (FoundedOf(entry.Firm) is not { } founded)
                {
                    continue;
                }

                var v1 = reader.version == 1;
                var dates = new List<(YearMonth Date, Loc Path)>();
                if (entry.Announced is { } announced)
                {
                    dates.Add((announced, new Loc("$.entries", i, "announced")));
                }

                if (entry.Completed is { } completed)
                {
                    dates.Add((completed, new Loc("$.entries", i, v1 ? "year" : "completed")));
                }

                for (var j = 0; j < entry.Stakes.Length && !v1; j++)
                {
                    dates.Add((entry.Stakes[j].Date, new Loc("$.entries", i, "stakes", j, "date")));
                }

                if (entry.End is { } end)
                {
                    dates.Add((end.Date, new Loc("$.entries", i, "end", -1, "date")));
                }

                foreach (var (date, path) in dates)
                {
                    if (date.Year < founded)
                    {
                        reader.Add(CaseProblemCodes.BeforeFounding, path, $"The date {date} is before firm {Show(entry.Firm)} is founded ({Num(founded)}).");
                        break;
                    }
                }
            }

            for (var i = 0; i < c.Relationships.Length; i++)
            {
                var relationship = c.Relationships[i];
                if (FoundedOf(relationship.Firm) is not { } founded)
                {
                    continue;
                }

                if (relationship.Year is { } year && year < founded)
                {
                    reader.Add(CaseProblemCodes.BeforeFounding, new Loc("$.relationships", i, "year"), $"The relationship begins in {Num(year)}, before firm {Show(relationship.Firm)} is founded ({Num(founded)}).");
                }
                else if (relationship.End is { } end && end.Year < founded)
                {
                    reader.Add(CaseProblemCodes.BeforeFounding, new Loc("$.relationships", i, "end"), $"The relationship ends in {end}, before firm {Show(relationship.Firm)} is founded ({Num(founded)}).");
                }
            }

            for (var i = 0; i < c.Timeline.Length; i++)
            {
                var item = c.Timeline[i];
                if (FoundedOf(item.Firm) is { } founded && item.Year < founded && item.Year > 0)
                {
                    reader.Add(CaseProblemCodes.BeforeFounding, new Loc("$.timeline", i, "year"), $"The event is in {Num(item.Year)}, before its firm {Show(item.Firm!)} is founded ({Num(founded)}).");
                }
            }
        }

        /// <summary>Reports a firm related to itself.</summary>
        private void SelfRelations(Case c)
        {
            void Same(string? firm, string? other, Loc path, string what)
            {
                if (!string.IsNullOrEmpty(firm) && firm == other)
                {
                    reader.Add(CaseProblemCodes.SelfRelation, path, $"Firm {Show(firm)} cannot be {what} of itself.");
                }
            }

            for (var i = 0; i < c.Facts.Length; i++)
            {
                Same(c.Facts[i].Firm, c.Facts[i].Counterparty, new Loc("$.facts", i, "counterparty"), "the counterparty");
            }

            for (var i = 0; i < c.Entries.Length; i++)
            {
                var entry = c.Entries[i];
                Same(entry.Firm, entry.Counterparty, new Loc("$.entries", i, "counterparty"), "the counterparty of an entry");
                for (var j = 0; j < entry.Partners.Length; j++)
                {
                    Same(entry.Firm, entry.Partners[j].Firm, new Loc("$.entries", i, "partners", j, "firm"), "a partner in an entry");
                }

                Same(entry.Firm, entry.End?.Buyer, new Loc("$.entries", i, "end", -1, "buyer"), "the buyer in a sale");
            }

            for (var i = 0; i < c.Relationships.Length; i++)
            {
                Same(c.Relationships[i].Firm, c.Relationships[i].Counterparty, new Loc("$.relationships", i, "counterparty"), "the counterparty of a relationship");
            }

            for (var i = 0; i < c.Competitors.Length; i++)
            {
                Same(c.Competitors[i].Firm, c.Competitors[i].CompetitorFirm, new Loc("$.competitors", i, "competitor"), "a competitor");
            }
        }

        /// <summary>Reports a firm that is its own parent, directly or through a chain of parents.</summary>
        private void Parent(Dictionary<string, Firm> firms, Firm firm, int index)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { firm.Id };
            for (var parent = firm.Parent; parent is not null && firms.TryGetValue(parent, out var next); parent = next.Parent)
            {
                if (!seen.Add(parent) || parent == firm.Id)
                {
                    reader.Add(CaseProblemCodes.InvalidParent, new Loc("$.firms", index, "parent"), parent == firm.Id
                        ? $"Firm {Show(firm.Id)} cannot be its own parent{(firm.Parent == firm.Id ? string.Empty : " (the chain of parents comes back to it)")}."
                        : $"The chain of parents from {Show(firm.Id)} loops through {Show(parent)}.");
                    return;
                }
            }
        }

        private Dictionary<string, T> Unique<T>(ImmutableArray<T> items, string path, Func<T, string> id)
        {
            var seen = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
            for (var i = 0; i < items.Length; i++)
            {
                var key = id(items[i]);
                if (key.Length == 0)
                {
                    continue; // missing: already reported
                }

                if (!seen.TryAdd(key, items[i]))
                {
                    // Only on a duplicate: find the first item with this id (the one the dictionary kept).
                    var first = 0;
                    while (id(items[first]) != key)
                    {
                        first++;
                    }

                    reader.Add(CaseProblemCodes.DuplicateId, Index(path, i) + ".id", $"Id {Show(key)} is already used by {Index(path, first)}.");
                }
            }

            return seen;
        }

        private void Ref<T>(Dictionary<string, T> targets, string? id, Loc path, string what)
        {
            if (!string.IsNullOrEmpty(id) && !targets.ContainsKey(id))
            {
                reader.Add(CaseProblemCodes.DanglingReference, path, $"No {what} has id {Show(id)}.");
            }
        }

        private void Refs<T>(Dictionary<string, T> targets, ImmutableArray<string> ids, Loc path, string what)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                Ref(targets, ids[i], path.At(i), what);
            }
        }

        private void Unit(Dictionary<string, Firm> firms, string? firmId, string? unitId, Loc path)
        {
            if (string.IsNullOrEmpty(unitId))
            {
                return;
            }

            if (string.IsNullOrEmpty(firmId))
            {
                reader.Add(CaseProblemCodes.DanglingReference, path, "A business unit belongs to a firm: give firm too.");
            }
            else if (firms.TryGetValue(firmId, out var firm) && firm.FindBusinessUnit(unitId) is null)
            {
                reader.Add(CaseProblemCodes.DanglingReference, path, $"Firm {Show(firmId)} has no business unit with id {Show(unitId)}.");
            }
        }
    }

    /// <summary>What makes two ratings rate the same thing.</summary>
    private readonly record struct RatingKey(AssessedInput Input, string Firm, string? Market, FactTopic? Resource, DriverKind? Driver, SuccessFeature? Feature, string? Metric)
    {
        public static RatingKey Of(Rating r) => new(r.Input, r.Firm, r.Market, r.Resource, r.Driver, r.Feature, r.Metric);
    }

    /// <summary>An object of the format read against its shape: the value of each known property, in the shape's order.</summary>
    private sealed class Obj(string path, CaseFormat.Shape shape, JsonElement[] values, int offset)
    {
        public string Path { get; } = path;

        public bool TryGetValue(string name, out JsonElement value)
        {
            value = shape.Indexes.TryGetValue(name, out var index) ? values[offset + index] : default;
            return value.ValueKind != JsonValueKind.Undefined;
        }

        public bool ContainsKey(string name) => TryGetValue(name, out _);
    }

    /// <summary>A JSON path rendered only when a problem is reported: <c>Parent[I1].N1[I2].N2[I3]</c>, absent parts skipped.
    /// Valid input never pays for building paths; the rendered text is exactly what the eager concatenation gave.</summary>
    private readonly struct Loc(string parent, int I1 = -1, string? N1 = null, int I2 = -1, string? N2 = null, int I3 = -1)
    {
        private readonly string parent = parent;
        private readonly int i1 = I1;
        private readonly string? n1 = N1;
        private readonly int i2 = I2;
        private readonly string? n2 = N2;
        private readonly int i3 = I3;

        public static implicit operator Loc(string path) => new(path);

        /// <summary>Appends an index in the next free index slot.</summary>
        public Loc At(int index) =>
            i1 < 0 && n1 is null ? new(parent, index)
            : i2 < 0 && n2 is null ? new(parent, i1, n1, index)
            : new(parent, i1, n1, i2, n2, index);

        public override string ToString()
        {
            if (i1 < 0 && n1 is null && i2 < 0 && n2 is null && i3 < 0)
            {
                return parent ?? string.Empty;
            }

            // One string for the whole path, the same text as Index and Child applied in turn.
            var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
            text.AppendLiteral(parent ?? string.Empty);
            AppendIndex(ref text, i1);
            AppendName(ref text, n1);
            AppendIndex(ref text, i2);
            AppendName(ref text, n2);
            AppendIndex(ref text, i3);
            return text.ToStringAndClear();
        }

        private static void AppendIndex(ref DefaultInterpolatedStringHandler text, int index)
        {
            if (index >= 0)
            {
                text.AppendLiteral("[");
                text.AppendFormatted(index);
                text.AppendLiteral("]");
            }
        }

        private static void AppendName(ref DefaultInterpolatedStringHandler text, string? name)
        {
            if (name is null)
            {
                return;
            }

            if (IsSimpleName(name))
            {
                text.AppendLiteral(".");
                text.AppendLiteral(name);
            }
            else
            {
                text.AppendLiteral(Child(string.Empty, name));
            }
        }
    }

    /// <summary>An open object or array of the prescan: elements seen so far, or the current property (decoded, or where its unescaped name starts).</summary>
    private struct Frame
    {
        public bool IsArray;
        public int Count;
        public string? Property;
        public long NameStart;
        public bool Reported;
    }

    /// <summary>The prescan's stack of open frames, mutated in place.</summary>
    private sealed class FrameStack
    {
        private Frame[] items = new Frame[16];

        public int Count { get; private set; }

        public ref Frame Top => ref items[Count - 1];

        public ref Frame this[int index] => ref items[index];

        public void Push(bool isArray)
        {
            if (Count == items.Length)
            {
                System.Array.Resize(ref items, items.Length * 2);
            }

            items[Count++] = new Frame { IsArray = isArray, NameStart = -1 };
        }

        public void Pop() => Count--;
    }

    private sealed class TooManyProblemsException : Exception
    {
    }
}
