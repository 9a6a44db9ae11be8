using System.Text;
using StrategyModel.Cases;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;

namespace StrategyModel.Tests.Cases;

public sealed class CaseLoaderTests
{
    [Fact]
    public void Load_MinimalCase_HasEmptyOptionalCollections()
    {
        var c = CaseTestData.Minimal;

        c.Id.Should().Be("minimal");
        c.SchemaVersion.Should().Be(2);
        c.Summary.Should().BeNull();
        c.Documents.Should().ContainSingle().Which.Kind.Should().Be(DocumentKind.News);
        c.Firms.Should().ContainSingle().Which.BusinessUnits.IsDefault.Should().BeFalse();
        c.Facts.Should().BeEmpty();
        foreach (var array in new[] { c.Markets.Length, c.Assessments.Length, c.Entries.Length, c.Relationships.Length, c.Timeline.Length, c.Competitors.Length })
        {
            array.Should().Be(0);
        }
    }

    [Fact]
    public void Load_FullCase_MapsEveryProperty()
    {
        var c = CaseTestData.Full;

        c.Summary.Should().Contain("阿里 “style”");
        c.Documents[0].Should().Be(new SourceDocument { Id = "doc-thesis", File = "003_962a4ad03d6c2f4b.txt", Title = "A fictional thesis", Author = "A. Author", Publisher = "Example University", Date = "2018", Kind = DocumentKind.Thesis });
        c.Documents.Select(d => d.Kind).Should().Equal(DocumentKind.Thesis, DocumentKind.News, DocumentKind.Report);

        var acme = c.GetFirm("acme");
        acme.HomeCountry.Should().Be("CN");
        acme.FoundedYear.Should().Be(1999);
        acme.BusinessUnits[0].Should().Be(new BusinessUnit { Id = "acme-market", Name = "Acme Market", PlatformModel = PlatformModel.B2C, LaunchedYear = 2003, Evidence = ["f-founding"] });
        acme.BusinessUnits[1].Evidence.Should().BeEmpty();
        acme.Evidence.Should().Equal("f-founding", "f-scale");

        c.GetMarket("southeast-asia").Should().Be(new Market { Id = "southeast-asia", Name = "Southeast Asia", Kind = MarketKind.Region, Countries = ["ID", "MY", "PH", "SG", "TH", "VN"] });

        var founding = c.GetFact("f-founding");
        founding.Should().BeEquivalentTo(new { Topic = FactTopic.Founding, Firm = "acme", BusinessUnit = "acme-market", Market = "russia", Counterparty = "partner", PlatformModel = PlatformModel.B2C, Year = 1999, IsNumeric = false, Value = (decimal?)null, Unit = (MeasureUnit?)null });
        founding.Citations.Should().Equal(
            new Citation { Document = "doc-thesis", Quote = "Acme was founded in 1999.", Locator = "3.5.1" },
            new Citation { Document = "doc-news", Quote = "the marketplace opened in 2003" });

        var scale = c.GetFact("f-scale");
        scale.IsNumeric.Should().BeTrue();
        scale.Value.Should().Be(12.50m);
        scale.Unit.Should().Be(MeasureUnit.People);
        scale.Scale.Should().Be(Scale.Million);
        scale.ScaledValue.Should().Be(12_500_000m);
        c.GetFact("f-share").Value.Should().Be(-0.001m);
        c.GetFact("f-share").ScaledValue.Should().Be(-0.001m, "no scale means scale one");

        var unknown = c.GetFact("f-market-size");
        unknown.IsNumeric.Should().BeTrue();
        unknown.Value.Should().BeNull();
        unknown.ScaledValue.Should().BeNull();
        unknown.UnknownReason.Should().Be("The sources give growth rates only.");

        c.Assessments[0].Rates.Should().Be(new Rating { Input = AssessedInput.OwnershipAsset, Firm = "acme", Value = "strong", Rubric = "ownership-asset" }, "a version 1 rating gets its input's rubric, no confidence and no year");
        c.Assessments[3].Rates!.Resource.Should().Be(FactTopic.EcosystemModel);
        c.Assessments[4].Rates.Should().BeNull();
        c.Assessments[1].RestsOn.Should().Equal("f-market-size", "f-entry");

        c.Entries[0].Should().Be(new MarketEntry { Id = "e-russia", Firm = "acme", Market = "russia", Completed = new YearMonth(2018, 10), Mode = EntryMode.JointVenture, BusinessUnit = "acme-market", Counterparty = "partner", Stakes = [new StakeChange { Date = new YearMonth(2018, 10), Percent = 48m }], Description = "A joint venture with Partner Telecom.", Evidence = ["f-entry"] }, "a version 1 entry's year and month become completed, its stake one stake change then");
        (c.Entries[0].Year, c.Entries[0].Month).Should().Be((2018, 10));
        c.Entries[1].Stakes.Should().BeEmpty();
        c.Entries[1].Announced.Should().BeNull();
        c.GetFact("f-market-size").Should().BeEquivalentTo(new { Unit = (MeasureUnit?)MeasureUnit.Currency, Currency = "USD" }, "version 1's usd is an amount in USD");
        c.Entries[1].Mode.Should().Be(EntryMode.Acquisition);
        c.Relationships[0].Functions.Should().Equal(PartnerFunction.Marketplace, PartnerFunction.Telecom);
        c.Relationships[0].Kind.Should().Be(RelationshipKind.JointVenture);
        c.Relationships[1].StakePercent.Should().BeNull();
        c.Timeline[0].Should().Be(new TimelineEvent { Id = "t-founding", Year = 1999, Month = 4, Firm = "acme", Market = "russia", Description = "Acme is founded.", Evidence = ["f-founding"] });
        c.Competitors[1].Should().Be(new Competitor { Firm = "rival", CompetitorFirm = "acme", Evidence = ["f-rival"] });
    }

    [Fact]
    public void Load_TwiceFromDisk_GivesEqualCases()
    {
        var a = CaseTestData.Full;
        var b = CaseTestData.Full;

        a.Should().NotBeSameAs(b);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Load_Stream_NamesTheSource()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{}"));

        var act = () => CaseLoader.Load(stream, "my-case");

        act.Should().Throw<CaseValidationException>().Which.SourceName.Should().Be("my-case");
    }

    [Fact]
    public void Load_ByteOrderMark_IsIgnored()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(CaseTestData.MinimalPath)).ToArray();

        CaseLoader.Parse(bytes, "bom.json").Should().Be(CaseTestData.Minimal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFound()
    {
        var act = () => CaseLoader.Load(CaseTestData.Dir("Cases", "no-such-case.json"));

        act.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void Load_NullArguments_Throw()
    {
        FluentActions.Invoking(() => CaseLoader.Load((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseLoader.Load((Stream)null!, "x")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseLoader.Load(new MemoryStream(), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseLoader.Parse("{}"u8, null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Parse_NonPositiveLimit_ThrowsArgumentOutOfRange()
    {
        var act = () => CaseLoader.Parse("{}"u8, "x", new CaseLoaderOptions { MaxDepth = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDepth");
    }

    [Fact]
    public void Options_Defaults_AreDocumented()
    {
        var o = new CaseLoaderOptions();

        (o.MaxBytes, o.MaxDepth, o.MaxStringLength, o.MaxArrayLength, o.MaxProblems).Should().Be((16L * 1024 * 1024, 64, 100_000, 100_000, 1_000));
    }

    [Fact]
    public void Parse_TenThousandNestedArrays_TooDeepQuickly()
    {
        var json = "{\"summary\": " + new string('[', 10_000) + new string(']', 10_000) + "}";

        var ex = CaseTestData.Invalid(json);

        ex.Problems.Should().ContainSingle().Which.Code.Should().Be("too-deep");
        ex.Problems[0].Path.Should().Be("$.summary" + string.Concat(Enumerable.Repeat("[0]", 63)));
    }

    [Fact]
    public void Parse_DepthLimitOption_IsHonoured()
    {
        var minimal = File.ReadAllBytes(CaseTestData.MinimalPath);

        // The minimal case nests 3 deep: the root, documents, a document.
        CaseLoader.Parse(minimal, "m", new CaseLoaderOptions { MaxDepth = 3 }).Id.Should().Be("minimal");
        CaseTestData.Invalid(minimal, options: new CaseLoaderOptions { MaxDepth = 2 }).Problems.Should().ContainSingle(p => p.Code == "too-deep" && p.Path == "$.documents[0]");
    }

    [Fact]
    public void Parse_HugeString_StringTooLongWithPath()
    {
        var json = File.ReadAllText(CaseTestData.MinimalPath).Replace("\"A minimal case\"", "\"" + new string('x', 100_001) + "\"", StringComparison.Ordinal);

        var ex = CaseTestData.Invalid(json);

        ex.Problems.Should().ContainSingle(p => p.Code == "string-too-long" && p.Path == "$.title");
        ex.Message.Length.Should().BeLessThan(2_000, "messages never echo huge input");
    }

    [Fact]
    public void Parse_HugePropertyName_StringTooLong()
    {
        var json = "{\"" + new string('k', 200) + "\": 1}";

        var ex = CaseTestData.Invalid(json, options: new CaseLoaderOptions { MaxStringLength = 100 });

        ex.Problems.Should().Contain(p => p.Code == "string-too-long" && p.Path == "$");
    }

    [Fact]
    public void Parse_LongArray_ArrayTooLong()
    {
        var json = File.ReadAllText(CaseTestData.MinimalPath).Replace("\"facts\": []", "\"facts\": [" + string.Join(",", Enumerable.Repeat("1", 11)) + "]", StringComparison.Ordinal);

        var ex = CaseTestData.Invalid(json, options: new CaseLoaderOptions { MaxArrayLength = 10 });

        ex.Problems.Should().ContainSingle(p => p.Code == "array-too-long").Which.Path.Should().Be("$.facts");
    }

    [Fact]
    public void Parse_OverMaxBytes_TooLarge()
    {
        var bytes = File.ReadAllBytes(CaseTestData.MinimalPath);

        var ex = CaseTestData.Invalid(bytes, options: new CaseLoaderOptions { MaxBytes = bytes.Length - 1 });

        ex.Problems.Should().ContainSingle().Which.Should().Be(ex.Problems[0] with { Code = "too-large", Path = "$" });
    }

    [Fact]
    public void Load_UnseekableStreamOverMaxBytes_TooLargeWithoutReadingItAll()
    {
        using var stream = new EndlessStream();

        var act = () => CaseLoader.Load(stream, "endless", new CaseLoaderOptions { MaxBytes = 1_000 });

        act.Should().Throw<CaseValidationException>().Which.Problems.Single().Code.Should().Be("too-large");
        stream.Position.Should().BeLessThan(100_000);
    }

    [Fact]
    public void Parse_ManyProblems_StopsAtMaxProblems()
    {
        var facts = string.Join(",", Enumerable.Repeat("{\"bad\": 1}", 100));
        var json = File.ReadAllText(CaseTestData.MinimalPath).Replace("\"facts\": []", "\"facts\": [" + facts + "]", StringComparison.Ordinal);

        var ex = CaseTestData.Invalid(json, options: new CaseLoaderOptions { MaxProblems = 50 });

        ex.Problems.Should().HaveCount(51);
        ex.Problems[^1].Code.Should().Be("too-many-problems");
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneInOnePass()
    {
        var json = """
            {
              "schemaVersion": 1, "id": "Bad Id", "title": 7, "primaryFirm": "ghost", "colour": "red",
              "documents": [{ "id": "d", "file": "f", "title": "t", "publisher": "p", "date": "2019-02-29", "kind": "book" }],
              "firms": [{ "id": "a", "name": "A", "homeCountry": "cn" }],
              "facts": [{ "id": "f", "statement": "s", "topic": "brand", "citations": [{ "document": "nope", "quote": "q" }] }],
              "entries": [{ "id": "e", "firm": "a", "market": "m", "year": 2018, "mode": "acquisition", "description": "d", "evidence": ["f"] }]
            }
            """;

        var ex = CaseTestData.Invalid(json);

        ex.Problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            ("unknown-property", "$.colour"),
            ("invalid-id", "$.id"),
            ("wrong-type", "$.title"),
            ("invalid-date", "$.documents[0].date"),
            ("unknown-enum-value", "$.documents[0].kind"),
            ("invalid-country", "$.firms[0].homeCountry"),
            ("dangling-reference", "$.primaryFirm"),
            ("dangling-reference", "$.facts[0].citations[0].document"),
            ("dangling-reference", "$.entries[0].market"),
        });
        ex.Message.Split('\n').Should().HaveCount(9).And.OnlyContain(line => line.StartsWith("test.json: $", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2018", true)]
    [InlineData("2017-04", true)]
    [InlineData("2019-05-14", true)]
    [InlineData("2020-02-29", true)]
    [InlineData("2019-02-29", false)]
    [InlineData("1599", false)]
    [InlineData("3001-01", false)]
    [InlineData("2019-00", false)]
    [InlineData("2019-4", false)]
    [InlineData("19-04-01", false)]
    [InlineData("２０１９", false)]
    public void Parse_DocumentDate_AcceptsOnlyValidIsoDates(string date, bool valid)
    {
        var json = File.ReadAllText(CaseTestData.MinimalPath).Replace("\"date\": \"2018\"", $"\"date\": \"{date}\"", StringComparison.Ordinal);

        var act = () => CaseLoader.Parse(Encoding.UTF8.GetBytes(json), "d");

        if (valid)
        {
            act().Documents[0].Date.Should().Be(date);
        }
        else
        {
            act.Should().Throw<CaseValidationException>().Which.Problems.Should().ContainSingle(p => p.Code == "invalid-date");
        }
    }

    [Fact]
    public void Parse_IntegralNumberWithFractionZero_IsAnInteger()
    {
        var json = File.ReadAllText(CaseTestData.FullPath).Replace("\"foundedYear\": 1999", "\"foundedYear\": 1999.0", StringComparison.Ordinal);

        CaseLoader.Parse(Encoding.UTF8.GetBytes(json), "f").GetFirm("acme").FoundedYear.Should().Be(1999);
    }

    [Fact]
    public void Parse_Exception_ListsEveryProblemAsSourcePathMessage()
    {
        var ex = CaseTestData.Invalid("{\"schemaVersion\": 1}", "x.json");

        ex.Problems.Should().OnlyContain(p => p.Code == "missing-required");
        ex.Problems.Select(p => p.Path).Should().Equal("$.id", "$.title", "$.primaryFirm", "$.documents", "$.firms", "$.facts");
        ex.Message.Should().StartWith("x.json: $.id: ");
    }

    private sealed class EndlessStream : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
