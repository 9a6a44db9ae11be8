using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;
using StrategyModel.Reporting;

namespace StrategyModel.Tests.Cases;

/// <summary>
/// Issue 15, end to end: for generated valid version 2 cases (extreme but legal values included), load, analyse as of every
/// year the case spans (at most 10 per case), render both reports, write and reload. The generator builds a case from a seed
/// (System.Random), so a failure names a seed that rebuilds the case exactly; <see cref="Build"/> keeps to the documented rules.
/// </summary>
public sealed class EndToEndPropertyTests
{
    private static readonly string[] Countries = [.. IsoCodes.Countries.Order(StringComparer.Ordinal)];
    private static readonly string[] Currencies = [.. IsoCodes.Currencies.Order(StringComparer.Ordinal)];
    private static readonly EntryMode[] Modes = [.. Enum.GetValues<EntryMode>().Where(m => m != EntryMode.Unspecified)];
    private static readonly FactTopic[] Topics = [.. Enum.GetValues<FactTopic>().Where(t => t != FactTopic.Unspecified)];
    private static readonly DriverKind[] Drivers = [.. Enum.GetValues<DriverKind>().Where(d => d != DriverKind.Unspecified)];
    private static readonly RelationshipKind[] RelationshipKinds = [.. Enum.GetValues<RelationshipKind>().Where(k => k != RelationshipKind.Unspecified)];
    private static readonly PartnerFunction[] Functions = [.. Enum.GetValues<PartnerFunction>().Where(k => k != PartnerFunction.Unspecified)];
    private static readonly EntryEndKind[] EndKinds = [.. Enum.GetValues<EntryEndKind>().Where(k => k != EntryEndKind.Unspecified)];
    private static readonly string[] Strengths = ["absent", "weak", "moderate", "strong"];

    private static Arbitrary<int> Seeds { get; } = Gen.Choose(0, int.MaxValue).ToArbitrary();

    /// <summary>What is this library's own: the writer writes every generated case, the loader loads it, and writing and
    /// reloading what loaded gives an equal case and the same bytes.</summary>
    [Property(MaxTest = 200)]
    public Property GeneratedCase_WriteLoadWriteReload_IsEqualAndByteIdentical() => Prop.ForAll(Seeds, seed =>
    {
        var built = Build(seed);
        var bytes = CaseWriter.ToUtf8Bytes(built);
        var loaded = CaseLoader.Parse(bytes, $"seed-{seed}.json");
        var rewritten = CaseWriter.ToUtf8Bytes(loaded);
        var reloaded = CaseLoader.Parse(rewritten, $"seed-{seed}-rewritten.json");
        return (loaded.Equals(built) && reloaded.Equals(loaded) && rewritten.AsSpan().SequenceEqual(bytes)).Label($"seed {seed}");
    });

    /// <summary>The analyzer and both reports on every generated case, as of every year it spans. Nothing may throw. (30 cases:
    /// up to 10 analyses and 20 renderings each, about a second per case on the CI machine.)</summary>
    [Property(MaxTest = 30)]
    public Property GeneratedCase_AnalysedEveryYearAndRendered_NeverThrows() => Prop.ForAll(Seeds, seed =>
    {
        var loaded = CaseLoader.Parse(CaseWriter.ToUtf8Bytes(Build(seed)), $"seed-{seed}.json");
        var analyzer = new CaseAnalyzer();
        foreach (var year in YearsSpanned(loaded))
        {
            var analysis = analyzer.Analyze(loaded, year);
            _ = MarkdownReport.Render(analysis);
            _ = JsonReport.Render(analysis);
            _ = HtmlReport.Render(analysis);
        }

        return true.Label($"seed {seed}");
    });

    [Fact]
    public void Build_SameSeed_SameCase() => Build(42).Should().Be(Build(42));

    [Fact]
    public void Build_ExtremeSeeds_HoldTheExtremes()
    {
        // The generator is honest only if it reaches the edges the rules allow: check some seeds do.
        var cases = Enumerable.Range(0, 300).Select(Build).ToList();
        var facts = cases.SelectMany(c => c.Facts).ToList();

        facts.Should().Contain(f => f.Unit == MeasureUnit.Count && f.ScaledValue == int.MaxValue);
        facts.Should().Contain(f => f.Unit == MeasureUnit.Percent && f.Value == 100m);
        facts.Should().Contain(f => f.Unit == MeasureUnit.Currency && f.Value == decimal.MaxValue);
        facts.Should().Contain(f => f.Value == 0.0000000000000000000000000001m);
        cases.SelectMany(c => c.Firms).Should().Contain(f => f.FoundedYear == 1600);
        cases.SelectMany(c => c.Documents).Should().Contain(d => d.Date == "3000");
    }

    /// <summary>Every year from the earliest to the latest the case names (founding, entries, relationships, timeline), at most
    /// 10 of them, evenly spread.</summary>
    internal static IReadOnlyList<int> YearsSpanned(Case c)
    {
        var years = c.Firms.Where(f => f.FoundedYear is not null).Select(f => f.FoundedYear!.Value)
            .Concat(c.Entries.Select(e => e.Start.Year))
            .Concat(c.Entries.Where(e => e.End is not null).Select(e => e.End!.Date.Year))
            .Concat(c.Relationships.Where(r => r.Year is not null).Select(r => r.Year!.Value))
            .Concat(c.Timeline.Select(t => t.Year))
            .ToList();
        if (years.Count == 0)
        {
            return [2020];
        }

        var (first, last) = (years.Min(), years.Max());
        var span = last - first + 1;
        return span <= 10
            ? [.. Enumerable.Range(first, span)]
            : [.. Enumerable.Range(0, 10).Select(i => first + (int)((long)(span - 1) * i / 9)).Distinct()];
    }

    /// <summary>Builds a valid version 2 case from a seed, within every documented rule.</summary>
    internal static Case Build(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[r.Next(items.Count)];
        bool Chance(int percent) => r.Next(100) < percent;

        // Years: founding from 1600 (sometimes exactly), sources up to 3000 (sometimes exactly).
        var founded = Chance(10) ? 1600 : r.Next(1900, 2021);
        var latest = Chance(10) ? 3000 : Math.Max(founded, r.Next(2000, 2031));
        int YearFrom(int from) => from >= latest ? latest : r.Next(from, latest + 1);
        YearMonth DateFrom(int from) => Chance(50) ? new YearMonth(YearFrom(from)) : new YearMonth(YearFrom(from), r.Next(1, 13));

        var documents = ImmutableArray.Create(
            new SourceDocument { Id = "d0", File = "000_6d45baec8e70f541.txt", Title = "A source", Publisher = "A publisher", Date = latest.ToString(CultureInfo.InvariantCulture), Kind = DocumentKind.News },
            new SourceDocument { Id = "d1", File = "001_6d45baec8e70f541.txt", Title = "Another source \u00e9\U0001F600 | # <b>", Publisher = "P", Date = Math.Max(founded, latest - 1).ToString(CultureInfo.InvariantCulture) + "-02-28", Kind = DocumentKind.Thesis });

        // f0 is the case firm; f1 its subsidiary, f2 its affiliate (each founded no earlier than f0), f3 an outside firm.
        var subsidiaryFounded = YearFrom(founded);
        var firms = ImmutableArray.Create(
            new Firm { Id = "f0", Name = "Firm | zero\n# heading", HomeCountry = Pick(Countries), FoundedYear = founded },
            new Firm { Id = "f1", Name = "Subsidiary", Parent = "f0", Relation = PartyRelation.Subsidiary, FoundedYear = Chance(50) ? subsidiaryFounded : null },
            new Firm { Id = "f2", Name = "Affiliate", Parent = "f0", Relation = PartyRelation.Affiliate },
            new Firm { Id = "f3", Name = "Outsider", HomeCountry = Pick(Countries) });
        int FoundedOf(string firm) => firms.Single(f => f.Id == firm).FoundedYear ?? founded;

        var regionCountries = Enumerable.Range(0, r.Next(1, 6)).Select(_ => Pick(Countries)).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var markets = ImmutableArray.Create(
            new Market { Id = "m0", Name = "Country <i>market</i>", Kind = MarketKind.Country, Countries = [Pick(Countries)] },
            new Market { Id = "m1", Name = "Region", Kind = MarketKind.Region, Countries = regionCountries });

        var citations = ImmutableArray.Create(new Citation { Document = "d0", Quote = "A quote." });
        var facts = ImmutableArray.CreateBuilder<Fact>();
        var factCount = r.Next(1, 12);
        for (var i = 0; i < factCount; i++)
        {
            var topic = Pick(Topics);
            var fact = new Fact { Id = $"x{i}", Statement = $"Fact {i}.", Topic = topic, Firm = Chance(70) ? "f0" : null, Market = Chance(40) ? Pick(new[] { "m0", "m1" }) : null, Citations = citations };
            facts.Add(r.Next(6) switch
            {
                0 => fact,
                1 => fact with { Unit = MeasureUnit.Percent, Year = YearFrom(founded), Value = topic is FactTopic.ForeignSalesShare or FactTopic.MarketShare or FactTopic.InternetPenetration ? Pick(new[] { 0m, 100m, 50.5m, 0.0000000000000000000000000001m }) : Pick(new[] { 0m, 100m, 156m, 1_000_000m }) },
                2 => fact with { Unit = MeasureUnit.Count, Year = YearFrom(founded), Value = Pick(new[] { 0m, 1m, 243m, int.MaxValue }) },
                3 => fact with { Unit = MeasureUnit.Count, Year = YearFrom(founded), Value = 2.147483647m, Scale = Scale.Billion },
                4 => fact with { Unit = MeasureUnit.Currency, Currency = Pick(Currencies), Year = YearFrom(founded), Value = Pick(new[] { decimal.MaxValue, 1.25m, -1.25m, 0.0000000000000000000000000001m }) } is var money && money.Value < 0 ? money with { Meaning = "net loss" } : money with { },
                _ => fact with { Unit = MeasureUnit.People, Year = YearFrom(founded), Value = null, UnknownReason = "Not stated." },
            });
        }

        var evidence = ImmutableArray.Create("x0");
        var entries = ImmutableArray.CreateBuilder<MarketEntry>();
        var entryCount = r.Next(0, 5);
        for (var i = 0; i < entryCount; i++)
        {
            var firm = Pick(new[] { "f0", "f0", "f1", "f2" });
            var market = Pick(markets);
            var start = DateFrom(FoundedOf(firm));
            var stakes = ImmutableArray.CreateBuilder<StakeChange>();
            var date = start;
            for (var k = r.Next(0, 3); k > 0 && date.Year < latest; k--)
            {
                stakes.Add(new StakeChange { Date = date, Percent = Pick(new[] { 0m, 51m, 100m, 33.333m }) });
                date = new YearMonth(YearFrom(date.Year + 1));
            }

            var lastStake = stakes.Count > 0 ? stakes[^1].Date : start;
            var endKind = Pick(EndKinds);
            EntryEnd? end = Chance(30) ? new EntryEnd { Kind = endKind, Date = new YearMonth(YearFrom(Math.Max(start.Year, lastStake.Year)), 12), Buyer = endKind == EntryEndKind.Sale && Chance(50) ? "f3" : null } : null;
            entries.Add(new MarketEntry
            {
                Id = $"e{i}",
                Firm = firm,
                Market = market.Id,
                Countries = Chance(50) ? [market.Countries[0]] : [],
                Mode = Pick(Modes),
                Completed = start,
                Counterparty = Chance(30) ? "f3" : null,
                AttributedToFirm = firm == "f2" && Chance(50),
                Stakes = stakes.ToImmutable(),
                Partners = Chance(30) ? [new EntryPartner { Firm = "f3", Percent = 49m }] : [],
                End = end,
                Description = "An entry.",
                Evidence = evidence,
            });
        }

        var relationships = Chance(60)
            ? ImmutableArray.Create(new Relationship { Id = "r0", Firm = "f0", Counterparty = "f3", Kind = Pick(RelationshipKinds), Functions = [Pick(Functions)], Market = "m0", Year = YearFrom(founded), StakePercent = Chance(50) ? 100m : null, Evidence = evidence })
            : [];
        var timeline = ImmutableArray.Create(new TimelineEvent { Id = "t0", Year = YearFrom(founded), Firm = "f0", Description = "Something happened.", Evidence = evidence });
        var competitors = Chance(50) ? ImmutableArray.Create(new Competitor { Firm = "f0", CompetitorFirm = "f3", Market = "m1", Evidence = evidence }) : [];

        var assessments = ImmutableArray.CreateBuilder<AnalystAssessment>();
        foreach (var driver in Drivers.Where(_ => Chance(30)))
        {
            assessments.Add(new AnalystAssessment
            {
                Id = $"a-{(int)driver}",
                Statement = "A rating.",
                Reasoning = "Because.",
                RestsOn = evidence,
                Rates = new Rating { Input = AssessedInput.Driver, Firm = "f0", Value = Pick(Strengths), Rubric = "driver", Confidence = Confidence.Medium, AsOf = YearFrom(founded), Driver = driver },
            });
        }

        return new Case
        {
            Id = $"generated-{seed}",
            Title = "Generated case",
            PrimaryFirm = "f0",
            Documents = documents,
            Firms = firms,
            Markets = markets,
            Facts = facts.ToImmutable(),
            Assessments = assessments.ToImmutable(),
            Entries = entries.ToImmutable(),
            Relationships = relationships,
            Timeline = timeline,
            Competitors = competitors,
        };
    }
}
