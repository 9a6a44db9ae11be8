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
/// The writer does not validate: load the output to check a case built in code. Thread-safe.
/// </remarks>
public static partial class CaseWriter
{
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
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value in the case is <c>Unspecified</c> or undefined.</exception>
    public static void Save(Case c, Stream utf8)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(utf8);
        var bytes = ToUtf8Bytes(c);
        utf8.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Returns a case as JSON text.</summary>
    /// <param name="c">The case.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="c"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value in the case is <c>Unspecified</c> or undefined.</exception>
    public static string ToJson(Case c) => Encoding.UTF8.GetString(ToUtf8Bytes(c));

    /// <summary>Returns a case as UTF-8 JSON bytes.</summary>
    /// <param name="c">The case.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="c"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value in the case is <c>Unspecified</c> or undefined.</exception>
    public static byte[] ToUtf8Bytes(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteCase(w, c);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteCase(Utf8JsonWriter w, Case c)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", CaseLoader.SchemaVersion);
        w.WriteString("id", c.Id);
        w.WriteString("title", c.Title);
        Optional(w, "summary", c.Summary);
        w.WriteString("primaryFirm", c.PrimaryFirm);
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
        w.WriteString("id", d.Id);
        w.WriteString("file", d.File);
        w.WriteString("title", d.Title);
        Optional(w, "author", d.Author);
        w.WriteString("publisher", d.Publisher);
        w.WriteString("date", d.Date);
        w.WriteString("kind", CaseFormat.DocumentKinds.Name(d.Kind));
        w.WriteEndObject();
    }

    private static void WriteFirm(Utf8JsonWriter w, Firm f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("name", f.Name);
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
        w.WriteString("id", u.Id);
        w.WriteString("name", u.Name);
        Optional(w, "platformModel", u.PlatformModel, CaseFormat.PlatformModels);
        Optional(w, "launchedYear", u.LaunchedYear);
        Strings(w, "evidence", u.Evidence);
        w.WriteEndObject();
    }

    private static void WriteMarket(Utf8JsonWriter w, Market m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("name", m.Name);
        w.WriteString("kind", CaseFormat.MarketKinds.Name(m.Kind));
        Strings(w, "countries", m.Countries, always: true);
        w.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter w, Fact f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("statement", f.Statement);
        w.WriteString("topic", CaseFormat.Topics.Name(f.Topic));
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
            w.WriteString("unit", CaseFormat.Units.Name(unit));
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
        w.WriteString("input", CaseFormat.Inputs.Name(b.Input));
        w.WriteString("valence", CaseFormat.Valences.Name(b.Valence));
        Optional(w, "market", b.Market);
        w.WriteEndObject();
    }

    private static void WriteCitation(Utf8JsonWriter w, Citation c)
    {
        w.WriteStartObject();
        w.WriteString("document", c.Document);
        w.WriteString("quote", c.Quote);
        Optional(w, "locator", c.Locator);
        w.WriteEndObject();
    }

    private static void WriteAssessment(Utf8JsonWriter w, AnalystAssessment a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("statement", a.Statement);
        w.WriteString("reasoning", a.Reasoning);
        Strings(w, "restsOn", a.RestsOn, always: true);
        if (a.Rates is { } r)
        {
            w.WriteStartObject("rates");
            w.WriteString("input", CaseFormat.Inputs.Name(r.Input));
            w.WriteString("firm", r.Firm);
            Optional(w, "market", r.Market);
            Optional(w, "resource", r.Resource, CaseFormat.Topics);
            w.WriteString("value", r.Value);
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
        w.WriteString("id", e.Id);
        w.WriteString("firm", e.Firm);
        w.WriteString("market", e.Market);
        Strings(w, "countries", e.Countries);
        w.WriteString("mode", CaseFormat.EntryModes.Name(e.Mode));
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
            w.WriteString("kind", CaseFormat.EndKinds.Name(end.Kind));
            Date(w, "date", end.Date);
            Optional(w, "buyer", end.Buyer);
            Optional(w, "stakeInBuyerPercent", end.StakeInBuyerPercent);
            w.WriteEndObject();
        }

        w.WriteString("description", e.Description);
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
        w.WriteString("firm", p.Firm);
        Optional(w, "percent", p.Percent);
        Optional(w, "votingPercent", p.VotingPercent);
        w.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter w, Relationship r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("firm", r.Firm);
        w.WriteString("counterparty", r.Counterparty);
        w.WriteString("kind", CaseFormat.RelationshipKinds.Name(r.Kind));
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
        w.WriteString("id", t.Id);
        w.WriteNumber("year", t.Year);
        Optional(w, "month", t.Month);
        Optional(w, "firm", t.Firm);
        Optional(w, "market", t.Market);
        w.WriteString("description", t.Description);
        Strings(w, "evidence", t.Evidence, always: true);
        w.WriteEndObject();
    }

    private static void WriteCompetitor(Utf8JsonWriter w, Competitor c)
    {
        w.WriteStartObject();
        w.WriteString("firm", c.Firm);
        w.WriteString("competitor", c.CompetitorFirm);
        Optional(w, "market", c.Market);
        Strings(w, "evidence", c.Evidence, always: true);
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
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
        Array(w, name, values, static (w, value) => w.WriteStringValue(value), always);

    private static void Array<T>(Utf8JsonWriter w, string name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write, bool always = false)
    {
        if (!always && items.OrEmpty().IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items.OrEmpty())
        {
            write(w, item);
        }

        w.WriteEndArray();
    }
}
