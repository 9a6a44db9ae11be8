using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StrategyModel.Cases;
using StrategyModel.Evidence;
using StrategyModel.Tests.Cases;

namespace StrategyModel.Tests.Serialization;

public sealed class CaseWriterTests
{
    [Theory]
    [InlineData("full-v2.json")]
    [InlineData("minimal.json")]
    public void Save_LoadedCase_ReloadsEqualAndRewritesByteIdentical(string file)
    {
        var loaded = CaseLoader.Load(CaseTestData.Dir("Cases", file));

        var first = CaseWriter.ToUtf8Bytes(loaded);
        var reloaded = CaseLoader.Parse(first, file);
        var second = CaseWriter.ToUtf8Bytes(reloaded);

        reloaded.Should().Be(loaded);
        second.Should().Equal(first);
    }

    [Theory]
    [InlineData("full-v2.json")]
    [InlineData("minimal.json")]
    public void ToJson_TestCases_AreAlreadyInCanonicalForm(string file)
    {
        var path = CaseTestData.Dir("Cases", file);

        CaseWriter.ToJson(CaseLoader.Load(path)).Should().Be(File.ReadAllText(path));
    }

    [Fact]
    public void ToJson_UpgradedVersion1Case_WritesVersion2()
    {
        // full.json is version 1: its entries have year/month/stakePercent and its amounts unit usd. Its ratings have no
        // confidence or asOf, which version 2 requires, so the checked writer refuses it (issue 15: the writer never writes what
        // the loader rejects) and names what is missing; the layout of the upgrade is checked on the unchecked output.
        var refused = () => CaseWriter.ToJson(CaseTestData.Full);
        refused.Should().Throw<ArgumentException>().WithParameterName("c").WithMessage("*rates.confidence*");
        var json = Encoding.UTF8.GetString(CaseWriter.ToUtf8BytesUnchecked(CaseTestData.Full));

        json.Should().StartWith("{\n  \"schemaVersion\": 2,\n");
        json.Should().Contain("\"completed\": {\n        \"year\": 2018,\n        \"month\": 10\n      },");
        json.Should().Contain("\"stakes\": [\n        {\n          \"date\": {\n            \"year\": 2018,\n            \"month\": 10\n          },\n          \"percent\": 48.00\n        }\n      ],");
        json.Should().Contain("\"unit\": \"currency\",\n      \"currency\": \"USD\",");
        json.Should().Contain("\"rubric\": \"ownership-asset\"");
        json.Should().NotContain("\"stakePercent\": 48.00").And.NotContain("\"usd\"").And.NotContain("\"confidence\"");
    }

    [Fact]
    public void ToJson_Version1Currencies_BuiltInCode_AreWrittenAsCurrencyAmounts()
    {
        var fact = new Fact { Id = "f", Statement = "s", Topic = FactTopic.Scale, Value = 2m, Unit = MeasureUnit.Cny, Year = 2018, Citations = [new Citation { Document = "doc", Quote = "q" }] };
        var c = CaseTestData.Minimal with { Facts = [fact] };

        var reloaded = CaseLoader.Parse(CaseWriter.ToUtf8Bytes(c), "c");

        reloaded.Facts[0].Should().Be(fact with { Unit = MeasureUnit.Currency, Currency = "CNY" });
    }

    [Fact]
    public void ToUtf8Bytes_Layout_TwoSpacesLfTrailingNewlineNoBom()
    {
        var bytes = CaseWriter.ToUtf8Bytes(CaseTestData.FullV2);
        var text = Encoding.UTF8.GetString(bytes);

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        text.Should().NotContain("\r").And.EndWith("}\n").And.NotEndWith("\n\n");
        text.Should().StartWith("{\n  \"schemaVersion\": 2,\n  \"id\": \"full-v2\",\n");
        text.Split('\n').Where(l => l.Length > 0).Should().OnlyContain(l => (l.Length - l.TrimStart(' ').Length) % 2 == 0);
        text.Should().Contain("阿里 “style”", "non-ASCII text is written as is");
    }

    [Fact]
    public void ToUtf8Bytes_PropertyOrder_FollowsTheFormat()
    {
        using var doc = JsonDocument.Parse(CaseWriter.ToUtf8Bytes(CaseTestData.FullV2));
        var root = doc.RootElement;

        InOrder(root, CaseFormat.Case);
        Each(root, "documents", CaseFormat.Document);
        Each(root, "firms", CaseFormat.Firm, f => Each(f, "businessUnits", CaseFormat.BusinessUnit));
        Each(root, "markets", CaseFormat.Market);
        Each(root, "facts", CaseFormat.Fact, f =>
        {
            Each(f, "citations", CaseFormat.Citation);
            Each(f, "bearsOn", CaseFormat.Bearing);
        });
        Each(root, "assessments", CaseFormat.Assessment, a =>
        {
            if (a.TryGetProperty("rates", out var r))
            {
                InOrder(r, CaseFormat.Rating);
            }
        });
        Each(root, "entries", CaseFormat.Entry, e =>
        {
            Each(e, "stakes", CaseFormat.Stake, s => InOrder(s.GetProperty("date"), CaseFormat.Date));
            Each(e, "partners", CaseFormat.Partner);
            if (e.TryGetProperty("end", out var end))
            {
                InOrder(end, CaseFormat.End);
            }
        });
        Each(root, "relationships", CaseFormat.Relationship);
        Each(root, "timeline", CaseFormat.TimelineEvent);
        Each(root, "competitors", CaseFormat.Competitor);
        Each(root, "distances", CaseFormat.PairDistance, d =>
        {
            Each(d, "measures", CaseFormat.Measure);
            InOrder(d.GetProperty("scores"), CaseFormat.Scores);
            Each(d.GetProperty("scores"), "dimensions", CaseFormat.DimensionScore);
        });
        Each(root, "institutions", CaseFormat.Institutions, n =>
        {
            Each(n, "voids", CaseFormat.Void);
            Each(n, "ownershipCaps", CaseFormat.Cap);
            InOrder(n.GetProperty("politicalRisk"), CaseFormat.Risk);
        });
    }

    [Fact]
    public void ToUtf8Bytes_FullCase_WritesEveryPropertyOfTheFormat()
    {
        using var doc = JsonDocument.Parse(CaseWriter.ToUtf8Bytes(CaseTestData.FullV2));
        var seen = new HashSet<string>();
        Collect(doc.RootElement, "case", seen);

        var expected = CaseFormat.Shapes.SelectMany(s => s.Properties.Select(p => $"{s.Name}.{p}"));
        expected.Should().BeSubsetOf(seen, "the full test case exercises every property");
    }

    [Fact]
    public void ToJson_OptionalValues_AreOmittedWhenNullOrEmpty()
    {
        var json = CaseWriter.ToJson(CaseTestData.Minimal);

        json.Should().NotContain("summary").And.NotContain("markets").And.NotContain("author").And.NotContain("null").And.NotContain("evidence");
        json.Should().Contain("\"facts\": []", "facts is required, so it is written even when empty");
    }

    [Fact]
    public void ToJson_Decimals_AreExactInvariantAndNeverExponential()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            // About number text only: a share of decimal.MaxValue, or one entry alone, does not load, so the unchecked writer.
            static string Unchecked(Case c) => Encoding.UTF8.GetString(CaseWriter.ToUtf8BytesUnchecked(c));
            var c = WithValue(CaseTestData.FullV2, 0.0000000000000000000000000001m);
            Unchecked(c).Should().Contain("\"value\": 0.0000000000000000000000000001,");
            Unchecked(WithValue(c, decimal.MaxValue)).Should().Contain("\"value\": 79228162514264337593543950335,");
            Unchecked(WithValue(c, -1.50m)).Should().Contain("\"value\": -1.50,");
            Unchecked(c with { Entries = [c.Entries[0] with { Stakes = [c.Entries[0].Stakes[0] with { Percent = 48.125m }] }] }).Should().Contain("\"percent\": 48.125,");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToJson_UnknownNumericValue_WritesNull()
    {
        CaseWriter.ToJson(CaseTestData.FullV2).Should().Contain("\"value\": null,\n      \"unit\": \"currency\",\n      \"currency\": \"RUB\",\n      \"scale\": \"billion\",\n      \"year\": 2018,\n      \"unknownReason\"");
    }

    [Fact]
    public void Save_Stream_WritesTheSameBytes()
    {
        using var stream = new MemoryStream();

        CaseWriter.Save(CaseTestData.FullV2, stream);

        stream.ToArray().Should().Equal(CaseWriter.ToUtf8Bytes(CaseTestData.FullV2));
    }

    [Fact]
    public void Save_NullArguments_Throw()
    {
        FluentActions.Invoking(() => CaseWriter.Save(null!, new MemoryStream())).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseWriter.Save(CaseTestData.Minimal, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseWriter.ToJson(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToUtf8Bytes_UnspecifiedEnum_ThrowsArgumentOutOfRange()
    {
        var c = CaseTestData.Minimal with { Documents = [CaseTestData.Minimal.Documents[0] with { Kind = DocumentKind.Unspecified }] };

        FluentActions.Invoking(() => CaseWriter.ToUtf8Bytes(c)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Property]
    public Property RoundTrip_AnyValueAndStatement_ReloadsEqualAndByteIdentical()
    {
        var full = CaseTestData.FullV2;
        var statements = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !string.IsNullOrWhiteSpace(s) && IsValidUtf16(s));
        var values = ArbMap.Default.GeneratorFor<decimal>();

        return Prop.ForAll(values.ToArbitrary(), statements.ToArbitrary(), (value, statement) =>
        {
            var c = WithValue(full, value) with { Title = statement, Summary = statement + " \u2028 \"\\ 😀" };
            var bytes = CaseWriter.ToUtf8Bytes(c);
            var reloaded = CaseLoader.Parse(bytes, "p");
            return reloaded.Equals(c) && CaseWriter.ToUtf8Bytes(reloaded).AsSpan().SequenceEqual(bytes);
        });
    }

    private static bool IsValidUtf16(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static Case WithValue(Case c, decimal value)
    {
        // f-share has no scale and, moved to topic performance (a growth rate, not a share, so not capped at 100), takes any
        // decimal (a negative one has a meaning, a non-negative one has none).
        var index = c.Facts.IndexOf(c.GetFact("f-share"));
        return c with { Facts = c.Facts.SetItem(index, c.Facts[index] with { Topic = FactTopic.Performance, Value = value, Meaning = value < 0 ? "a decline" : null }) };
    }

    private static void InOrder(JsonElement obj, CaseFormat.Shape shape)
    {
        var names = obj.EnumerateObject().Select(p => p.Name).ToList();
        names.Should().Equal(shape.Properties.Where(names.Contains), $"a {shape.Name} is written in format order");
    }

    private static void Each(JsonElement parent, string name, CaseFormat.Shape shape, Action<JsonElement>? inner = null)
    {
        if (!parent.TryGetProperty(name, out var array))
        {
            return;
        }

        foreach (var item in array.EnumerateArray())
        {
            InOrder(item, shape);
            inner?.Invoke(item);
        }
    }

    private static void Collect(JsonElement obj, string shape, HashSet<string> seen)
    {
        var children = new Dictionary<string, string>
        {
            ["case.documents"] = "document",
            ["case.firms"] = "firm",
            ["case.markets"] = "market",
            ["case.facts"] = "fact",
            ["case.assessments"] = "assessment",
            ["case.entries"] = "entry",
            ["case.relationships"] = "relationship",
            ["case.timeline"] = "timelineEvent",
            ["case.competitors"] = "competitor",
            ["firm.businessUnits"] = "businessUnit",
            ["fact.citations"] = "citation",
            ["assessment.rates"] = "rating",
            ["fact.bearsOn"] = "bearing",
            ["entry.announced"] = "date",
            ["entry.completed"] = "date",
            ["entry.stakes"] = "stake",
            ["entry.partners"] = "partner",
            ["entry.end"] = "end",
            ["stake.date"] = "date",
            ["end.date"] = "date",
            ["relationship.end"] = "date",
            ["case.distances"] = "distance",
            ["distance.measures"] = "measure",
            ["distance.scores"] = "culturalScores",
            ["culturalScores.dimensions"] = "dimensionScore",
            ["case.institutions"] = "institutions",
            ["institutions.voids"] = "void",
            ["institutions.ownershipCaps"] = "ownershipCap",
            ["institutions.politicalRisk"] = "politicalRisk",
        };
        foreach (var p in obj.EnumerateObject())
        {
            var key = $"{shape}.{p.Name}";
            seen.Add(key);
            if (children.TryGetValue(key, out var child))
            {
                foreach (var item in p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().ToList() : [p.Value])
                {
                    Collect(item, child, seen);
                }
            }
        }
    }
}
