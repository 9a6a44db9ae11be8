using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StrategyModel.Evidence;

namespace StrategyModel.Cases;

/// <summary>Writes cases in the case format (docs/case-format.md), deterministically.</summary>
/// <remarks>
/// The writer writes version 2 (<see cref="CaseLoader.SchemaVersion"/>) whatever <see cref="Case.SchemaVersion"/> says.
/// Output is UTF-8 without a byte-order mark, indented by two spaces, with <c>\n</c> line endings and a trailing newline;
/// properties appear in the order docs/case-format.md lists them; optional properties are omitted when null or empty;
/// decimals are written exactly as the <see cref="decimal"/> holds them (no exponent, culture-invariant); non-ASCII text is
/// written as is, not escaped. Loading the output gives an equal case, and writing that again gives the same bytes.
/// The writer never writes what the loader would reject under the same <see cref="CaseLoaderOptions"/>: it loads its own output
/// and throws <see cref="ArgumentException"/> listing the loader's problems (a case built in code with a dangling reference, a
/// case upgraded from version 1 whose ratings lack the confidence and year version 2 requires, output larger than
/// <see cref="CaseLoaderOptions.MaxBytes"/>). It never alters a string: text holding a lone surrogate, which UTF-8 cannot encode,
/// is refused, not replaced by U+FFFD. A null element in an array is refused by name. Thread-safe.
/// </remarks>
public static partial class CaseWriter
{
    // The public methods' case parameter, which the private writers' ArgumentExceptions name (the caller's own argument).
    private static readonly string CaseParameter = "c";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a case to a stream as UTF-8 JSON.</summary>
    /// <param name="c">The case.</param>
    /// <param name="utf8">The stream; not closed.</param>
    /// <param name="options">The limits the output must load under, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value in the case is <c>Unspecified</c> or undefined.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written, or the case cannot be written as a file the loader accepts under <paramref name="options"/>.</exception>
    public static void Save(Case c, Stream utf8, CaseLoaderOptions? options = null)
    {
        ModelGuard.Model(c);
        ArgumentNullException.ThrowIfNull(utf8);
        if (!utf8.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written (it is read-only or closed).", nameof(utf8));
        }

        var bytes = ToUtf8Bytes(c, options);
        utf8.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Returns a case as JSON text.</summary>
    /// <param name="c">The case.</param>
    /// <param name="options">The limits the output must load under, or <see langword="null"/> for the defaults.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="c"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value in the case is <c>Unspecified</c> or undefined.</exception>
    /// <exception cref="ArgumentException">The case cannot be written as a file the loader accepts under <paramref name="options"/>.</exception>
    public static string ToJson(Case c, CaseLoaderOptions? options = null) => Encoding.UTF8.GetString(ToUtf8Bytes(c, options));

    /// <summary>Returns a case as UTF-8 JSON bytes.</summary>
    /// <param name="c">The case.</param>
    /// <param name="options">The limits the output must load under, or <see langword="null"/> for the defaults.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="c"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value in the case is <c>Unspecified</c> or undefined, or a limit in <paramref name="options"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The case cannot be written as a file the loader accepts under <paramref name="options"/>:
    /// an array holds null, a text holds a lone surrogate, the output is larger than <see cref="CaseLoaderOptions.MaxBytes"/>, or
    /// the loader reports a problem (listed in the message; the <see cref="Exception.InnerException"/> is the loader's
    /// <see cref="CaseValidationException"/>).</exception>
    public static byte[] ToUtf8Bytes(Case c, CaseLoaderOptions? options = null)
    {
        ModelGuard.Model(c);
        options ??= new CaseLoaderOptions();
        options.Validate();
        using var buffer = Write(c);
        if (buffer.Length > options.MaxBytes)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The case would be written as {buffer.Length} bytes, more than the loader accepts (CaseLoaderOptions.MaxBytes = {options.MaxBytes}); raise the limit for both writing and loading, or split the case."),
                nameof(c));
        }

        try
        {
            _ = CaseReader.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), "CaseWriter output", options);
        }
        catch (CaseValidationException ex)
        {
            throw new ArgumentException("The case cannot be written: the loader would reject the output under the same options. " + ex.Message, nameof(c), ex);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes a case without loading the output: for tests that need a file the loader rejects.</summary>
    internal static byte[] ToUtf8BytesUnchecked(Case c)
    {
        using var buffer = Write(c);
        return buffer.ToArray();
    }

    private static MemoryStream Write(Case c)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteCase(w, c);
        }

        buffer.WriteByte((byte)'\n');
        return buffer;
    }

    private static void WriteCase(Utf8JsonWriter w, Case c)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", CaseLoader.SchemaVersion);
        Text(w, "id", c.Id);
        Text(w, "title", c.Title);
        Optional(w, "summary", c.Summary);
        Text(w, "primaryFirm", c.PrimaryFirm);
        Array(w, "documents", c.Documents, WriteDocument, always: true);
        Array(w, "firms", c.Firms, WriteFirm, always: true);
        Array(w, "markets", c.Markets, WriteMarket);
        Array(w, "facts", c.Facts, WriteFact, always: true);
        Array(w, "assessments", c.Assessments, WriteAssessment);
        Array(w, "entries", c.Entries, WriteEntry);
        Array(w, "relationships", c.Relationships, WriteRelationship);
        Array(w, "timeline", c.Timeline, WriteTimelineEvent);
        Array(w, "competitors", c.Competitors, WriteCompetitor);
        WriteDistanceSections(w, c);
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, SourceDocument d)
    {
        w.WriteStartObject();
        Text(w, "id", d.Id);
        Text(w, "file", d.File);
        Text(w, "title", d.Title);
        Optional(w, "author", d.Author);
        Text(w, "publisher", d.Publisher);
        Text(w, "date", d.Date);
        Text(w, "kind", CaseFormat.DocumentKinds.Name(d.Kind));
        w.WriteEndObject();
    }

    private static void WriteFirm(Utf8JsonWriter w, Firm f)
    {
        w.WriteStartObject();
        Text(w, "id", f.Id);
        Text(w, "name", f.Name);
        Optional(w, "homeCountry", f.HomeCountry);
        Optional(w, "foundedYear", f.FoundedYear);
        Optional(w, "parent", f.Parent);
        Optional(w, "relation", f.Relation, CaseFormat.PartyRelations);
        Array(w, "businessUnits", f.BusinessUnits, WriteBusinessUnit);
        Strings(w, "evidence", f.Evidence);
        w.WriteEndObject();
    }

    private static void WriteBusinessUnit(Utf8JsonWriter w, BusinessUnit u)
    {
        w.WriteStartObject();
        Text(w, "id", u.Id);
        Text(w, "name", u.Name);
        Optional(w, "platformModel", u.PlatformModel, CaseFormat.PlatformModels);
        Optional(w, "launchedYear", u.LaunchedYear);
        Strings(w, "evidence", u.Evidence);
        w.WriteEndObject();
    }

    private static void WriteMarket(Utf8JsonWriter w, Market m)
    {
        w.WriteStartObject();
        Text(w, "id", m.Id);
        Text(w, "name", m.Name);
        Text(w, "kind", CaseFormat.MarketKinds.Name(m.Kind));
        Strings(w, "countries", m.Countries, always: true);
        w.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter w, Fact f)
    {
        w.WriteStartObject();
        Text(w, "id", f.Id);
        Text(w, "statement", f.Statement);
        Text(w, "topic", CaseFormat.Topics.Name(f.Topic));
        Optional(w, "scope", f.Scope, CaseFormat.FactScopes);
        Optional(w, "firm", f.Firm);
        Optional(w, "businessUnit", f.BusinessUnit);
        Optional(w, "market", f.Market);
        Optional(w, "counterparty", f.Counterparty);
        Optional(w, "platformModel", f.PlatformModel, CaseFormat.PlatformModels);
        if (f.IsNumeric)
        {
            w.WritePropertyName("value");
            if (f.Value is { } value)
            {
                Number(w, value);
            }
            else
            {
                w.WriteNullValue();
            }

            Optional(w, "bound", f.Bound, CaseFormat.Bounds);

            // The version 1 currencies are written as version 2 amounts.
            var (unit, currency) = f.Unit switch
            {
                MeasureUnit.Usd => (MeasureUnit.Currency, f.Currency ?? "USD"),
                MeasureUnit.Cny => (MeasureUnit.Currency, f.Currency ?? "CNY"),
                _ => (f.Unit!.Value, f.Currency),
            };
            Text(w, "unit", CaseFormat.Units.Name(unit));
            Optional(w, "currency", currency);
        }
        else if (f.Value is { } stray)
        {
            // Not a valid fact (a value needs a unit), but write what the case holds so loading reports it.
            w.WritePropertyName("value");
            Number(w, stray);
        }

        Optional(w, "scale", f.Scale, CaseFormat.Scales);
        Optional(w, "year", f.Year);
        Optional(w, "unknownReason", f.UnknownReason);
        Optional(w, "meaning", f.Meaning);
        Array(w, "bearsOn", f.BearsOn, WriteBearing);
        Array(w, "citations", f.Citations, WriteCitation, always: true);
        w.WriteEndObject();
    }

    private static void WriteBearing(Utf8JsonWriter w, FactBearing b)
    {
        w.WriteStartObject();
        Text(w, "input", CaseFormat.Inputs.Name(b.Input));
        Text(w, "valence", CaseFormat.Valences.Name(b.Valence));
        Optional(w, "market", b.Market);
        w.WriteEndObject();
    }

    private static void WriteCitation(Utf8JsonWriter w, Citation c)
    {
        w.WriteStartObject();
        Text(w, "document", c.Document);
        Text(w, "quote", c.Quote);
        Optional(w, "locator", c.Locator);
        w.WriteEndObject();
    }

    private static void WriteAssessment(Utf8JsonWriter w, AnalystAssessment a)
    {
        w.WriteStartObject();
        Text(w, "id", a.Id);
        Text(w, "statement", a.Statement);
        Text(w, "reasoning", a.Reasoning);
        Strings(w, "restsOn", a.RestsOn, always: true);
        if (a.Rates is { } r)
        {
            w.WriteStartObject("rates");
            Text(w, "input", CaseFormat.Inputs.Name(r.Input));
            Text(w, "firm", r.Firm);
            Optional(w, "market", r.Market);
            Optional(w, "resource", r.Resource, CaseFormat.Topics);
            Text(w, "value", r.Value);
            Optional(w, "rubric", r.Rubric);
            Optional(w, "confidence", r.Confidence, CaseFormat.Confidences);
            Optional(w, "asOf", r.AsOf);
            Strings(w, "counterEvidence", r.CounterEvidence);
            Optional(w, "driver", r.Driver, CaseFormat.Drivers);
            Optional(w, "feature", r.Feature, CaseFormat.Features);
            Optional(w, "metric", r.Metric);
            Strings(w, "rivals", r.Rivals);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter w, MarketEntry e)
    {
        w.WriteStartObject();
        Text(w, "id", e.Id);
        Text(w, "firm", e.Firm);
        Text(w, "market", e.Market);
        Strings(w, "countries", e.Countries);
        Text(w, "mode", CaseFormat.EntryModes.Name(e.Mode));
        Optional(w, "announced", e.Announced);
        Optional(w, "completed", e.Completed);
        Optional(w, "businessUnit", e.BusinessUnit);
        Optional(w, "counterparty", e.Counterparty);
        if (e.AttributedToFirm)
        {
            w.WriteBoolean("attributedToFirm", true);
        }

        Array(w, "stakes", e.Stakes, WriteStake);
        Array(w, "partners", e.Partners, WritePartner);
        if (e.End is { } end)
        {
            w.WriteStartObject("end");
            Text(w, "kind", CaseFormat.EndKinds.Name(end.Kind));
            Date(w, "date", end.Date);
            Optional(w, "buyer", end.Buyer);
            Optional(w, "stakeInBuyerPercent", end.StakeInBuyerPercent);
            w.WriteEndObject();
        }

        Text(w, "description", e.Description);
        Strings(w, "evidence", e.Evidence, always: true);
        w.WriteEndObject();
    }

    private static void WriteStake(Utf8JsonWriter w, StakeChange s)
    {
        w.WriteStartObject();
        Date(w, "date", s.Date);
        w.WritePropertyName("percent");
        Number(w, s.Percent);
        Optional(w, "bound", s.Bound, CaseFormat.Bounds);
        Optional(w, "votingPercent", s.VotingPercent);
        w.WriteEndObject();
    }

    private static void WritePartner(Utf8JsonWriter w, EntryPartner p)
    {
        w.WriteStartObject();
        Text(w, "firm", p.Firm);
        Optional(w, "percent", p.Percent);
        Optional(w, "votingPercent", p.VotingPercent);
        w.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter w, Relationship r)
    {
        w.WriteStartObject();
        Text(w, "id", r.Id);
        Text(w, "firm", r.Firm);
        Text(w, "counterparty", r.Counterparty);
        Text(w, "kind", CaseFormat.RelationshipKinds.Name(r.Kind));
        Array(w, "functions", r.Functions, static (w, function) => w.WriteStringValue(CaseFormat.PartnerFunctions.Name(function)), always: true);
        Optional(w, "market", r.Market);
        Optional(w, "supports", r.Supports);
        Optional(w, "year", r.Year);
        Optional(w, "end", r.End);
        Optional(w, "stakePercent", r.StakePercent);
        Strings(w, "evidence", r.Evidence, always: true);
        w.WriteEndObject();
    }

    private static void WriteTimelineEvent(Utf8JsonWriter w, TimelineEvent t)
    {
        w.WriteStartObject();
        Text(w, "id", t.Id);
        w.WriteNumber("year", t.Year);
        Optional(w, "month", t.Month);
        Optional(w, "firm", t.Firm);
        Optional(w, "market", t.Market);
        Text(w, "description", t.Description);
        Strings(w, "evidence", t.Evidence, always: true);
        w.WriteEndObject();
    }

    private static void WriteCompetitor(Utf8JsonWriter w, Competitor c)
    {
        w.WriteStartObject();
        Text(w, "firm", c.Firm);
        Text(w, "competitor", c.CompetitorFirm);
        Optional(w, "market", c.Market);
        Strings(w, "evidence", c.Evidence, always: true);
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Text(w, name, value);
        }
    }

    /// <summary>Writes a text property, refusing text UTF-8 cannot encode (a lone surrogate) rather than replacing it.</summary>
    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        Encodable(value, "property '" + name + "'");
        w.WriteString(name, value);
    }

    private static void TextValue(Utf8JsonWriter w, string? value)
    {
        Encodable(value, "an array element");
        w.WriteStringValue(value);
    }

    /// <summary>Throws when the text holds a lone surrogate.</summary>
    private static void Encodable(string? value, string where)
    {
        if (value is null || !value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return;
        }

        for (var at = 0; at < value.Length; at++)
        {
            if (char.IsHighSurrogate(value[at]) && at + 1 < value.Length && char.IsLowSurrogate(value[at + 1]))
            {
                at++;
            }
            else if (char.IsSurrogate(value[at]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The text of {where} holds a lone surrogate (U+{(int)value[at]:X4}) at index {at}, which UTF-8 cannot encode; the writer refuses it rather than replace it with U+FFFD."),
                    CaseParameter);
            }
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void Optional<T>(Utf8JsonWriter w, string name, T? value, CaseFormat.Wire<T> wire)
        where T : struct, Enum
    {
        if (value is { } v)
        {
            w.WriteString(name, wire.Name(v));
        }
    }

    /// <summary>Writes an enum that is optional through its <c>Unspecified</c> member, omitted when unspecified.</summary>
    private static void Optional<T>(Utf8JsonWriter w, string name, T value, CaseFormat.Wire<T> wire)
        where T : struct, Enum
    {
        if (!EqualityComparer<T>.Default.Equals(value, default))
        {
            w.WriteString(name, wire.Name(value));
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, YearMonth? value)
    {
        if (value is { } v)
        {
            Date(w, name, v);
        }
    }

    private static void Date(Utf8JsonWriter w, string name, YearMonth date)
    {
        w.WriteStartObject(name);
        w.WriteNumber("year", date.Year);
        Optional(w, "month", date.Month);
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WritePropertyName(name);
            Number(w, v);
        }
    }

    /// <summary>Writes a decimal exactly as it is held (scale included, e.g. <c>1.50</c>), never with an exponent.</summary>
    private static void Number(Utf8JsonWriter w, decimal value) =>
        w.WriteRawValue(value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);

    private static void Strings(Utf8JsonWriter w, string name, ImmutableArray<string> values, bool always = false) =>
        Array(w, name, values, static (w, value) => TextValue(w, value), always);

    private static void Array<T>(Utf8JsonWriter w, string name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write, bool always = false)
    {
        if (!always && items.OrEmpty().IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        var index = 0;
        foreach (var item in items.OrEmpty())
        {
            if (item is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Element {index} of array '{name}' is null."), CaseParameter);
            }

            write(w, item);
            index++;
        }

        w.WriteEndArray();
    }
}
