using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;

namespace StrategyModel.Cases;

/// <summary>Reads one case file: limits and syntax, then the tree against the format, then references; collects every problem with its JSON path.</summary>
/// <remarks>One instance per load; not thread-safe. Never throws anything but <see cref="CaseValidationException"/> for bad data.</remarks>
internal sealed class CaseReader
{
    private const int MaxShown = 60;
    private static readonly string Path0 = "$";

    private readonly CaseLoaderOptions options;
    private readonly List<CaseProblem> problems = [];

    private CaseReader(CaseLoaderOptions options) => this.options = options;

    /// <summary>Reads a case or throws <see cref="CaseValidationException"/> listing every problem.</summary>
    public static Case Read(ReadOnlyMemory<byte> utf8Json, string sourceName, CaseLoaderOptions options)
    {
        var reader = new CaseReader(options);
        Case? result = null;
        try
        {
            result = reader.ReadAll(utf8Json);
        }
        catch (TooManyProblemsException)
        {
            // The problem list is full; report what was collected.
        }

        if (reader.problems.Count > 0 || result is null)
        {
            if (reader.problems.Count == 0)
            {
                reader.problems.Add(new CaseProblem(CaseProblemCodes.Syntax, Path0, "The input could not be read as a case."));
            }

            throw new CaseValidationException(sourceName, reader.problems);
        }

        return result;
    }

    /// <summary>Builds the problem for input larger than the limit.</summary>
    public static CaseProblem TooLarge(long size, long max) =>
        new(CaseProblemCodes.TooLarge, Path0, $"The input has {Num(size)} bytes or more; the limit is {Num(max)} (CaseLoaderOptions.MaxBytes).");

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Show(string text) =>
        text.Length <= MaxShown ? $"'{text}'" : $"'{text[..MaxShown]}...' ({Num(text.Length)} characters)";

    private static string Child(string path, string name)
    {
        var simple = name.Length is > 0 and <= MaxShown && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        foreach (var ch in name)
        {
            simple &= char.IsAsciiLetterOrDigit(ch) || ch == '_';
        }

        if (simple)
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

    private Case? ReadAll(ReadOnlyMemory<byte> input)
    {
        var bytes = input;
        if (bytes.Length > options.MaxBytes)
        {
            problems.Add(TooLarge(bytes.Length, options.MaxBytes));
            return null;
        }

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

        if (!Prescan(bytes.Span))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = options.MaxDepth + 1 });
        }
        catch (JsonException ex)
        {
            Add(CaseProblemCodes.Syntax, Path0, "The input is not valid JSON: " + ex.Message);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Add(CaseProblemCodes.WrongType, Path0, $"The root is {Describe(root)}; a case file is one JSON object.");
                return null;
            }

            if (root.TryGetProperty("schemaVersion", out var version) && version.ValueKind == JsonValueKind.Number
                && (!version.TryGetInt32(out var v) || v != CaseLoader.SchemaVersion))
            {
                Add(CaseProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", $"Schema version {version.GetRawText()} is not supported; this library reads version {Num(CaseLoader.SchemaVersion)}.");
                return null;
            }

            var result = ReadCase(root);
            new CaseChecker(this).Check(result);
            return result;
        }
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
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    ValueDone(frames);
                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    var name = ReadString(ref reader, frames, isName: true);
                    frames[^1] = frames[^1] with { Property = name ?? "?" };
                    continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    var top = frames[^1];
                    top = top with { Count = top.Count + 1 };
                    if (top.Count > options.MaxArrayLength && !top.Reported)
                    {
                        Add(CaseProblemCodes.ArrayTooLong, PathOf(frames, frames.Count - 1), $"The array has more than {Num(options.MaxArrayLength)} elements (CaseLoaderOptions.MaxArrayLength).");
                        top = top with { Reported = true };
                    }

                    frames[^1] = top;
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (frames.Count >= options.MaxDepth)
                    {
                        Add(CaseProblemCodes.TooDeep, PathOf(frames, frames.Count), $"Objects and arrays nest deeper than {Num(options.MaxDepth)} levels (CaseLoaderOptions.MaxDepth).");
                        return false;
                    }

                    frames.Add(new Frame(token == JsonTokenType.StartArray, 0, null, false));
                }
                else
                {
                    if (token == JsonTokenType.String)
                    {
                        ReadString(ref reader, frames, isName: false);
                    }

                    ValueDone(frames);
                }
            }
        }
        catch (JsonException ex)
        {
            Add(CaseProblemCodes.Syntax, PathOf(frames, frames.Count), "The input is not valid JSON: " + ex.Message);
            return false;
        }

        return problems.Count == 0;
    }

    /// <summary>Forgets the property name once its value is complete, so an error before the next name points at the object, not the previous property.</summary>
    private static void ValueDone(List<Frame> frames)
    {
        if (frames.Count > 0 && !frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Property = null };
        }
    }

    private string? ReadString(ref Utf8JsonReader reader, List<Frame> frames, bool isName)
    {
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            Add(CaseProblemCodes.Syntax, PathOf(frames, frames.Count), $"The {(isName ? "property name" : "string")} is not valid UTF-8 or UTF-16: {ex.Message}");
            return null;
        }

        if (text.Length > options.MaxStringLength)
        {
            var path = isName ? PathOf(frames, frames.Count - 1) : PathOf(frames, frames.Count);
            Add(CaseProblemCodes.StringTooLong, path, $"The {(isName ? "property name" : "string")} has {Num(text.Length)} characters; the limit is {Num(options.MaxStringLength)} (CaseLoaderOptions.MaxStringLength).");
        }

        return text;
    }

    private static string PathOf(List<Frame> frames, int count)
    {
        var sb = new StringBuilder(Path0);
        for (var i = 0; i < count && i < frames.Count; i++)
        {
            var f = frames[i];
            var segment = f.IsArray ? Index(string.Empty, Math.Max(0, f.Count - 1)) : f.Property is null ? string.Empty : Child(string.Empty, f.Property);
            sb.Append(segment);
        }

        return sb.ToString();
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
        };
    }

    private SourceDocument? ReadDocument(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Document);
        if (o is null)
        {
            return null;
        }

        var date = Text(o, "date");
        if (date is not null && !IsIsoDate(date))
        {
            Add(CaseProblemCodes.InvalidDate, Child(path, "date"), $"{Show(date)} is not an ISO date yyyy, yyyy-MM or yyyy-MM-dd with a year from 1600 to 3000.");
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

    private Firm? ReadFirm(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Firm);
        if (o is null)
        {
            return null;
        }

        var country = Text(o, "homeCountry");
        if (country is not null && !CaseFormat.IsCountry(country))
        {
            Add(CaseProblemCodes.InvalidCountry, Child(path, "homeCountry"), $"{Show(country)} is not an upper-case ISO 3166-1 alpha-2 code such as CN.");
        }

        return new Firm
        {
            Id = Id(o, "id") ?? string.Empty,
            Name = Text(o, "name") ?? string.Empty,
            HomeCountry = country,
            FoundedYear = Year(o, "foundedYear"),
            BusinessUnits = Array(o, "businessUnits", 0, ReadBusinessUnit),
            Evidence = Array(o, "evidence", 0, IdAt),
        };
    }

    private BusinessUnit? ReadBusinessUnit(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.BusinessUnit);
        return o is null ? null : new BusinessUnit
        {
            Id = Id(o, "id") ?? string.Empty,
            Name = Text(o, "name") ?? string.Empty,
            PlatformModel = Enum(o, "platformModel", CaseFormat.PlatformModels),
            LaunchedYear = Year(o, "launchedYear"),
            Evidence = Array(o, "evidence", 0, IdAt),
        };
    }

    private Market? ReadMarket(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Market);
        if (o is null)
        {
            return null;
        }

        var kind = Enum(o, "kind", CaseFormat.MarketKinds);
        var countries = Array(o, "countries", 1, CountryAt);
        if (kind == MarketKind.Country && countries.Length > 1)
        {
            Add(CaseProblemCodes.OutOfRange, Child(path, "countries"), $"A country market lists exactly one country; this one lists {Num(countries.Length)}.");
        }

        return new Market
        {
            Id = Id(o, "id") ?? string.Empty,
            Name = Text(o, "name") ?? string.Empty,
            Kind = kind ?? MarketKind.Unspecified,
            Countries = countries,
        };
    }

    private Fact? ReadFact(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Fact);
        if (o is null)
        {
            return null;
        }

        var hasValue = o.Props.TryGetValue("value", out var valueElement);
        var valueIsNull = hasValue && valueElement.ValueKind == JsonValueKind.Null;
        var value = hasValue && !valueIsNull ? DecimalAt(valueElement, Child(path, "value"), null, null) : null;
        var unit = Enum(o, "unit", CaseFormat.Units);
        var scale = Enum(o, "scale", CaseFormat.Scales);
        var year = Year(o, "year");
        var unknownReason = Text(o, "unknownReason");
        var hasUnit = o.Props.ContainsKey("unit");
        var hasReason = o.Props.ContainsKey("unknownReason");
        if (hasUnit)
        {
            if (!hasValue)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(path, "value"), "A numeric fact (one with unit) needs value: a number, or null with unknownReason.");
            }

            if (!o.Props.ContainsKey("year"))
            {
                Add(CaseProblemCodes.NumericFactRule, Child(path, "year"), "A numeric fact (one with unit) needs the year it refers to.");
            }

            if (valueIsNull && !hasReason)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(path, "unknownReason"), "The value is null (unknown): give unknownReason.");
            }
            else if (hasValue && !valueIsNull && hasReason)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(path, "unknownReason"), "The value is known: unknownReason is only for value null.");
            }
        }
        else
        {
            if (hasValue)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(path, "value"), "A qualitative fact (one without unit) has no value; add unit to make it numeric.");
            }

            if (o.Props.ContainsKey("scale"))
            {
                Add(CaseProblemCodes.NumericFactRule, Child(path, "scale"), "A qualitative fact (one without unit) has no scale.");
            }

            if (hasReason)
            {
                Add(CaseProblemCodes.NumericFactRule, Child(path, "unknownReason"), "Only a numeric fact with value null has unknownReason.");
            }
        }

        if (value is { } v && scale is { } s)
        {
            try
            {
                _ = checked(v * Evidence.Fact.Factor(s));
            }
            catch (OverflowException)
            {
                Add(CaseProblemCodes.OutOfRange, Child(path, "value"), "The value times its scale is too large for a decimal number.");
            }
        }

        return new Fact
        {
            Id = Id(o, "id") ?? string.Empty,
            Statement = Text(o, "statement") ?? string.Empty,
            Topic = Enum(o, "topic", CaseFormat.Topics) ?? FactTopic.Unspecified,
            Firm = Id(o, "firm"),
            BusinessUnit = Id(o, "businessUnit"),
            Market = Id(o, "market"),
            Counterparty = Id(o, "counterparty"),
            PlatformModel = Enum(o, "platformModel", CaseFormat.PlatformModels),
            Value = value,
            Unit = unit,
            Scale = scale,
            Year = year,
            UnknownReason = unknownReason,
            Citations = Array(o, "citations", 1, ReadCitation),
        };
    }

    private Citation? ReadCitation(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Citation);
        return o is null ? null : new Citation
        {
            Document = Id(o, "document") ?? string.Empty,
            Quote = Text(o, "quote") ?? string.Empty,
            Locator = Text(o, "locator"),
        };
    }

    private AnalystAssessment? ReadAssessment(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Assessment);
        return o is null ? null : new AnalystAssessment
        {
            Id = Id(o, "id") ?? string.Empty,
            Statement = Text(o, "statement") ?? string.Empty,
            Reasoning = Text(o, "reasoning") ?? string.Empty,
            RestsOn = Array(o, "restsOn", 1, IdAt),
            Rates = o.Props.TryGetValue("rates", out var rates) ? ReadRating(rates, Child(path, "rates")) : null,
        };
    }

    private Rating? ReadRating(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Rating);
        if (o is null)
        {
            return null;
        }

        var input = Enum(o, "input", CaseFormat.Inputs);
        var market = Id(o, "market");
        var resource = Enum(o, "resource", CaseFormat.Topics);
        var value = Text(o, "value");
        if (input is { } i)
        {
            var (scope, allowed) = CaseFormat.RatingRule(i);
            var name = CaseFormat.Inputs.Name(i);
            if (scope == RatingScope.FirmMarket && !o.Props.ContainsKey("market"))
            {
                Add(CaseProblemCodes.InvalidRating, Child(path, "market"), $"Input '{name}' is rated for a firm in a market: give market.");
            }
            else if (scope != RatingScope.FirmMarket && o.Props.ContainsKey("market"))
            {
                Add(CaseProblemCodes.InvalidRating, Child(path, "market"), $"Input '{name}' is not rated per market: remove market.");
            }

            if (scope == RatingScope.FirmResource && !o.Props.ContainsKey("resource"))
            {
                Add(CaseProblemCodes.InvalidRating, Child(path, "resource"), $"Input '{name}' rates a resource: give resource, an internal-driver topic such as 'ecosystem-model'.");
            }
            else if (scope != RatingScope.FirmResource && o.Props.ContainsKey("resource"))
            {
                Add(CaseProblemCodes.InvalidRating, Child(path, "resource"), $"Input '{name}' does not rate a resource: remove resource.");
            }
            else if (resource is { } r && !CaseFormat.Resources.Contains(r))
            {
                Add(CaseProblemCodes.InvalidRating, Child(path, "resource"), $"'{CaseFormat.Topics.Name(r)}' is not an internal-driver topic; a VRIO resource is one of: {string.Join(", ", CaseFormat.Resources.Select(CaseFormat.Topics.Name).Order(StringComparer.Ordinal))}.");
            }

            if (value is not null && !allowed.Contains(value))
            {
                Add(CaseProblemCodes.InvalidRating, Child(path, "value"), $"{Show(value)} is not a value of input '{name}'; expected one of: {string.Join(", ", allowed)}.");
            }
        }

        return new Rating
        {
            Input = input ?? AssessedInput.Unspecified,
            Firm = Id(o, "firm") ?? string.Empty,
            Market = market,
            Resource = resource,
            Value = value ?? string.Empty,
        };
    }

    private MarketEntry? ReadEntry(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Entry);
        return o is null ? null : new MarketEntry
        {
            Id = Id(o, "id") ?? string.Empty,
            Firm = Id(o, "firm") ?? string.Empty,
            Market = Id(o, "market") ?? string.Empty,
            Year = Year(o, "year") ?? 0,
            Month = Int(o, "month", 1, 12),
            Mode = Enum(o, "mode", CaseFormat.EntryModes) ?? EntryMode.Unspecified,
            BusinessUnit = Id(o, "businessUnit"),
            Counterparty = Id(o, "counterparty"),
            StakePercent = Decimal(o, "stakePercent", 0m, 100m),
            Description = Text(o, "description") ?? string.Empty,
            Evidence = Array(o, "evidence", 1, IdAt),
        };
    }

    private Relationship? ReadRelationship(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Relationship);
        return o is null ? null : new Relationship
        {
            Id = Id(o, "id") ?? string.Empty,
            Firm = Id(o, "firm") ?? string.Empty,
            Counterparty = Id(o, "counterparty") ?? string.Empty,
            Kind = Enum(o, "kind", CaseFormat.RelationshipKinds) ?? RelationshipKind.Unspecified,
            Functions = Array(o, "functions", 1, (f, p) => EnumAt(f, p, CaseFormat.PartnerFunctions)),
            Market = Id(o, "market"),
            Year = Year(o, "year"),
            StakePercent = Decimal(o, "stakePercent", 0m, 100m),
            Evidence = Array(o, "evidence", 1, IdAt),
        };
    }

    private TimelineEvent? ReadTimelineEvent(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.TimelineEvent);
        return o is null ? null : new TimelineEvent
        {
            Id = Id(o, "id") ?? string.Empty,
            Year = Year(o, "year") ?? 0,
            Month = Int(o, "month", 1, 12),
            Firm = Id(o, "firm"),
            Market = Id(o, "market"),
            Description = Text(o, "description") ?? string.Empty,
            Evidence = Array(o, "evidence", 1, IdAt),
        };
    }

    private Competitor? ReadCompetitor(JsonElement e, string path)
    {
        var o = Object(e, path, CaseFormat.Competitor);
        return o is null ? null : new Competitor
        {
            Firm = Id(o, "firm") ?? string.Empty,
            CompetitorFirm = Id(o, "competitor") ?? string.Empty,
            Market = Id(o, "market"),
            Evidence = Array(o, "evidence", 1, IdAt),
        };
    }

    // ---- Value readers. Property-level readers return null when the property is absent or bad (the problem is recorded).
    private Obj? Object(JsonElement e, string path, CaseFormat.Shape shape)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Add(CaseProblemCodes.WrongType, path, $"Expected a {shape.Name} object, found {Describe(e)}.");
            return null;
        }

        var props = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            var childPath = Child(path, p.Name);
            if (!props.TryAdd(p.Name, p.Value))
            {
                Add(CaseProblemCodes.DuplicateKey, childPath, $"Property {Show(p.Name)} appears more than once.");
            }
            else if (!shape.Lookup.Contains(p.Name))
            {
                Add(CaseProblemCodes.UnknownProperty, childPath, $"Unknown property {Show(p.Name)} in a {shape.Name}; allowed: {string.Join(", ", shape.Properties)}.");
            }
        }

        foreach (var name in shape.Required)
        {
            if (!props.ContainsKey(name))
            {
                Add(CaseProblemCodes.MissingRequired, Child(path, name), $"A {shape.Name} needs property '{name}'.");
            }
        }

        return new Obj(path, props);
    }

    private static bool TryGet(Obj? o, string name, out JsonElement e, out string path)
    {
        if (o is not null && o.Props.TryGetValue(name, out e))
        {
            path = Child(o.Path, name);
            return true;
        }

        e = default;
        path = string.Empty;
        return false;
    }

    private string? Text(Obj? o, string name) => TryGet(o, name, out var e, out var path) ? TextAt(e, path) : null;

    private string? Id(Obj? o, string name) => TryGet(o, name, out var e, out var path) ? IdAt(e, path) : null;

    private int? Year(Obj? o, string name) => Int(o, name, 1600, 3000);

    private int? Int(Obj? o, string name, int min, int max) => TryGet(o, name, out var e, out var path) ? IntAt(e, path, min, max) : null;

    private decimal? Decimal(Obj? o, string name, decimal? min, decimal? max) =>
        TryGet(o, name, out var e, out var path) ? DecimalAt(e, path, min, max) : null;

    private T? Enum<T>(Obj? o, string name, CaseFormat.Wire<T> wire)
        where T : struct, Enum =>
        TryGet(o, name, out var e, out var path) ? EnumAt(e, path, wire) : null;

    private ImmutableArray<T> Array<T>(Obj? o, string name, int min, Func<JsonElement, string, T?> item)
        where T : class => ArrayOf(o, name, min, (e, p) => item(e, p) is { } v ? (true, v) : (false, default!));

    private ImmutableArray<T> Array<T>(Obj? o, string name, int min, Func<JsonElement, string, T?> item)
        where T : struct => ArrayOf(o, name, min, (e, p) => item(e, p) is { } v ? (true, v) : (false, default));

    private ImmutableArray<T> ArrayOf<T>(Obj? o, string name, int min, Func<JsonElement, string, (bool Ok, T Value)> item)
    {
        if (!TryGet(o, name, out var e, out var path))
        {
            return [];
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            Add(CaseProblemCodes.WrongType, path, $"Expected an array, found {Describe(e)}.");
            return [];
        }

        var length = e.GetArrayLength();
        if (length < min)
        {
            Add(CaseProblemCodes.Empty, path, $"The array needs at least {Num(min)} element{(min == 1 ? string.Empty : "s")}.");
        }

        var builder = ImmutableArray.CreateBuilder<T>(length);
        var i = 0;
        foreach (var element in e.EnumerateArray())
        {
            var (ok, value) = item(element, Index(path, i++));
            if (ok)
            {
                builder.Add(value);
            }
        }

        return builder.DrainToImmutable();
    }

    private string? TextAt(JsonElement e, string path)
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

    private string? IdAt(JsonElement e, string path)
    {
        var text = TextAt(e, path);
        if (text is not null && !CaseFormat.IsId(text))
        {
            Add(CaseProblemCodes.InvalidId, path, $"{Show(text)} is not a kebab-case id (lower-case letters, digits and '-', starting with a letter or digit).");
        }

        return text;
    }

    private string? CountryAt(JsonElement e, string path)
    {
        var text = TextAt(e, path);
        if (text is not null && !CaseFormat.IsCountry(text))
        {
            Add(CaseProblemCodes.InvalidCountry, path, $"{Show(text)} is not an upper-case ISO 3166-1 alpha-2 code such as RU.");
        }

        return text;
    }

    private T? EnumAt<T>(JsonElement e, string path, CaseFormat.Wire<T> wire)
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

    private int? IntAt(JsonElement e, string path, int min, int max)
    {
        if (e.ValueKind != JsonValueKind.Number)
        {
            Add(CaseProblemCodes.WrongType, path, $"Expected an integer, found {Describe(e)}.");
            return null;
        }

        if (!e.TryGetDecimal(out var d))
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{Show(e.GetRawText())} is out of range; expected an integer from {Num(min)} to {Num(max)}.");
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

    private decimal? DecimalAt(JsonElement e, string path, decimal? min, decimal? max)
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

        if (d < min || d > max)
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{Show(e.GetRawText())} is out of range; expected {min?.ToString(CultureInfo.InvariantCulture)} to {max?.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return d;
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
    private sealed class CaseChecker(CaseReader reader)
    {
        public void Check(Case c)
        {
            var documents = Unique(c.Documents, "$.documents", d => d.Id);
            var firms = Unique(c.Firms, "$.firms", f => f.Id);
            var markets = Unique(c.Markets, "$.markets", m => m.Id);
            var facts = Unique(c.Facts, "$.facts", f => f.Id);
            Unique(c.Assessments, "$.assessments", a => a.Id);
            Unique(c.Entries, "$.entries", e => e.Id);
            Unique(c.Relationships, "$.relationships", r => r.Id);
            Unique(c.Timeline, "$.timeline", t => t.Id);

            Ref(firms, c.PrimaryFirm, "$.primaryFirm", "firm");
            for (var i = 0; i < c.Firms.Length; i++)
            {
                var firm = c.Firms[i];
                var path = Index("$.firms", i);
                Unique(firm.BusinessUnits, path + ".businessUnits", u => u.Id);
                Refs(facts, firm.Evidence, path + ".evidence", "fact");
                for (var j = 0; j < firm.BusinessUnits.Length; j++)
                {
                    Refs(facts, firm.BusinessUnits[j].Evidence, Index(path + ".businessUnits", j) + ".evidence", "fact");
                }
            }

            for (var i = 0; i < c.Facts.Length; i++)
            {
                var fact = c.Facts[i];
                var path = Index("$.facts", i);
                Ref(firms, fact.Firm, path + ".firm", "firm");
                Ref(markets, fact.Market, path + ".market", "market");
                Ref(firms, fact.Counterparty, path + ".counterparty", "firm");
                Unit(firms, fact.Firm, fact.BusinessUnit, path);
                for (var j = 0; j < fact.Citations.Length; j++)
                {
                    Ref(documents, fact.Citations[j].Document, Index(path + ".citations", j) + ".document", "document");
                }
            }

            var ratings = new Dictionary<(AssessedInput, string, string?, FactTopic?), int>();
            for (var i = 0; i < c.Assessments.Length; i++)
            {
                var assessment = c.Assessments[i];
                var path = Index("$.assessments", i);
                Refs(facts, assessment.RestsOn, path + ".restsOn", "fact");
                if (assessment.Rates is { } r)
                {
                    Ref(firms, r.Firm, path + ".rates.firm", "firm");
                    Ref(markets, r.Market, path + ".rates.market", "market");
                    if (r.Input != AssessedInput.Unspecified && !ratings.TryAdd((r.Input, r.Firm, r.Market, r.Resource), i))
                    {
                        reader.Add(CaseProblemCodes.InvalidRating, path + ".rates", $"{Index("$.assessments", ratings[(r.Input, r.Firm, r.Market, r.Resource)])} already rates '{CaseFormat.Inputs.Name(r.Input)}' for this firm, market and resource.");
                    }
                }
            }

            for (var i = 0; i < c.Entries.Length; i++)
            {
                var entry = c.Entries[i];
                var path = Index("$.entries", i);
                Ref(firms, entry.Firm, path + ".firm", "firm");
                Ref(markets, entry.Market, path + ".market", "market");
                Unit(firms, entry.Firm, entry.BusinessUnit, path);
                Ref(firms, entry.Counterparty, path + ".counterparty", "firm");
                Refs(facts, entry.Evidence, path + ".evidence", "fact");
            }

            for (var i = 0; i < c.Relationships.Length; i++)
            {
                var relationship = c.Relationships[i];
                var path = Index("$.relationships", i);
                Ref(firms, relationship.Firm, path + ".firm", "firm");
                Ref(firms, relationship.Counterparty, path + ".counterparty", "firm");
                Ref(markets, relationship.Market, path + ".market", "market");
                Refs(facts, relationship.Evidence, path + ".evidence", "fact");
            }

            for (var i = 0; i < c.Timeline.Length; i++)
            {
                var item = c.Timeline[i];
                var path = Index("$.timeline", i);
                Ref(firms, item.Firm, path + ".firm", "firm");
                Ref(markets, item.Market, path + ".market", "market");
                Refs(facts, item.Evidence, path + ".evidence", "fact");
            }

            for (var i = 0; i < c.Competitors.Length; i++)
            {
                var item = c.Competitors[i];
                var path = Index("$.competitors", i);
                Ref(firms, item.Firm, path + ".firm", "firm");
                Ref(firms, item.CompetitorFirm, path + ".competitor", "firm");
                Ref(markets, item.Market, path + ".market", "market");
                Refs(facts, item.Evidence, path + ".evidence", "fact");
            }
        }

        private Dictionary<string, T> Unique<T>(ImmutableArray<T> items, string path, Func<T, string> id)
        {
            var seen = new Dictionary<string, (T Item, int Index)>(StringComparer.Ordinal);
            for (var i = 0; i < items.Length; i++)
            {
                var key = id(items[i]);
                if (key.Length == 0)
                {
                    continue; // missing: already reported
                }

                if (!seen.TryAdd(key, (items[i], i)))
                {
                    reader.Add(CaseProblemCodes.DuplicateId, Index(path, i) + ".id", $"Id {Show(key)} is already used by {Index(path, seen[key].Index)}.");
                }
            }

            return seen.ToDictionary(kv => kv.Key, kv => kv.Value.Item, StringComparer.Ordinal);
        }

        private void Ref<T>(Dictionary<string, T> targets, string? id, string path, string what)
        {
            if (!string.IsNullOrEmpty(id) && !targets.ContainsKey(id))
            {
                reader.Add(CaseProblemCodes.DanglingReference, path, $"No {what} has id {Show(id)}.");
            }
        }

        private void Refs<T>(Dictionary<string, T> targets, ImmutableArray<string> ids, string path, string what)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                Ref(targets, ids[i], Index(path, i), what);
            }
        }

        private void Unit(Dictionary<string, Firm> firms, string? firmId, string? unitId, string path)
        {
            if (string.IsNullOrEmpty(unitId))
            {
                return;
            }

            if (string.IsNullOrEmpty(firmId))
            {
                reader.Add(CaseProblemCodes.DanglingReference, path + ".businessUnit", "A business unit belongs to a firm: give firm too.");
            }
            else if (firms.TryGetValue(firmId, out var firm) && firm.FindBusinessUnit(unitId) is null)
            {
                reader.Add(CaseProblemCodes.DanglingReference, path + ".businessUnit", $"Firm {Show(firmId)} has no business unit with id {Show(unitId)}.");
            }
        }
    }

    private sealed record Obj(string Path, Dictionary<string, JsonElement> Props);

    private readonly record struct Frame(bool IsArray, int Count, string? Property, bool Reported);

    private sealed class TooManyProblemsException : Exception
    {
    }
}
