using System.Collections.Immutable;
using System.Text;
using FluentAssertions;
using StrategyModel.Analysis;
using StrategyModel.Assessments;
using StrategyModel.Cases;
using StrategyModel.Distance;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;
using StrategyModel.Reporting;
using StrategyModel.TransactionCosts;

namespace StrategyModel.Tests.Distance;

/// <summary>
/// The analyzer with distances and institutions, on a fictional worked example of our own: Kestrel Tools, a Finnish maker of
/// hand tools (founded 1990), exports to Sweden from 2005, enters Japan by a joint venture in 2007 and exports to Germany from 2010.
/// Psychic distances from Finland (an invented overall scale for the test, higher is more distant): Sweden 1, Germany 2, Japan 4.
/// Japan caps foreign ownership in the sector at 49% from 2006 and has a large payment void (both invented for the test).
/// Johanson &amp; Vahlne (1977) predict entry in order of increasing psychic distance, so entering Japan (4) before Germany (2)
/// is one inversion of the three pairs entered in different years.
/// </summary>
public sealed class DistanceAnalysisTests
{
    private static readonly CaseAnalyzer Analyzer = new();

    [Fact]
    public void Analyze_MoreDistantMarketEnteredFirst_ReportsTheInversion_JohansonVahlne1977()
    {
        var analysis = Analyzer.Analyze(Kestrel(), 2012);

        var psychic = analysis.PsychicDistance!;
        psychic.Pairs.Should().Be(3);
        psychic.Inversions.Should().Be(1);
        psychic.EnteredInOrderOfIncreasingDistance.Should().BeFalse();
        psychic.EntryOrder.Should().Equal("Sweden", "Japan", "Germany");
        var finding = analysis.Findings.Single(f => f.RuleId == "analysis.uppsala.psychic-distance");
        finding.Outcome.Should().Be(FindingOutcome.NotMet);
        finding.Sentence.Should().Contain("psychic.overall value").And.Contain("Japan (2007, distance 4) before Germany (2010, distance 2)");
        finding.Inputs.Single(i => i.Name == "market.Japan").Evidence.Should().Contain("f-jp-distance").And.Contain("f-jp-jv");
    }

    [Fact]
    public void Analyze_EnteredInOrderOfDistance_ReportsNoInversion_JohansonVahlne1977()
    {
        var inOrder = Kestrel() with
        {
            Entries = [Entry("en-se", "sweden", EntryMode.DirectExport, 2005, "f-se-export"), Entry("en-de", "germany", EntryMode.DirectExport, 2006, "f-de-export"), Entry("en-jp", "japan", EntryMode.JointVenture, 2007, "f-jp-jv")],
        };

        var analysis = Analyzer.Analyze(inOrder, 2012);

        analysis.PsychicDistance!.Inversions.Should().Be(0);
        analysis.PsychicDistance.EnteredInOrderOfIncreasingDistance.Should().BeTrue();
        analysis.Findings.Single(f => f.RuleId == "analysis.uppsala.psychic-distance").Outcome.Should().Be(FindingOutcome.Met);
    }

    [Fact]
    public void Analyze_OneMarketWithADistance_SaysTheCheckCannotRun()
    {
        var one = Kestrel() with { Distances = [Kestrel().Distances[0]] };

        var analysis = Analyzer.Analyze(one, 2012);

        analysis.PsychicDistance.Should().BeNull();
        analysis.Findings.Single(f => f.RuleId == "analysis.uppsala.psychic-distance").Outcome.Should().Be(FindingOutcome.Unknown);
    }

    [Fact]
    public void Analyze_CaseWithoutDistances_HasNoPsychicDistanceFinding()
    {
        var analysis = Analyzer.Analyze(Kestrel() with { Distances = [], Institutions = [] }, 2012);

        analysis.PsychicDistance.Should().BeNull();
        analysis.Findings.Should().NotContain(f => f.RuleId == "analysis.uppsala.psychic-distance");
        analysis.GetMarket("japan").Findings.Should().NotContain(f => f.RuleId == "analysis.distance" || f.RuleId == "analysis.institutions");
    }

    // Anderson & Gatignon (1986): strong asset specificity calls for High control; the 49% cap allows at most Intermediate
    // (TransactionCostProfile.ForeignOwnershipCapPercent), so the control and the mode advised follow the cap.
    [Fact]
    public void Analyze_OwnershipCapInForce_CapsControlAndShowsItsEvidence_AndersonGatignon1986()
    {
        var capped = Analyzer.Analyze(Kestrel(), 2012).GetMarket("japan");
        var uncapped = Analyzer.Analyze(Kestrel() with { Institutions = [] }, 2012).GetMarket("japan");
        var beforeCap = Analyzer.Analyze(Kestrel(), 2005).GetMarket("japan");

        uncapped.TransactionCosts!.Control.Should().Be(ControlLevel.High);
        capped.OwnershipCap!.Percent.Should().Be(49m);
        capped.TransactionCosts!.Control.Should().Be(ControlLevel.Intermediate);
        capped.TransactionCosts.Findings.Single(f => f.RuleId == "tce.ownership-cap").Sentence.Should().Contain("49%");
        capped.EntryModes!.Best.Mode.Should().Be(EntryMode.JointVenture, "the advice follows the capped control");
        uncapped.EntryModes!.Best.Mode.Should().BeOneOf(EntryMode.Acquisition, EntryMode.GreenfieldSubsidiary);
        beforeCap.OwnershipCap.Should().BeNull("the cap took effect in 2006");

        var institutions = capped.Findings.Single(f => f.RuleId == "analysis.institutions");
        institutions.Outcome.Should().Be(FindingOutcome.NotMet, "the payment void has no payment partner");
        institutions.Sentence.Should().Contain("Payment void High").And.Contain("capped at 49% from 2006").And.Contain("no partner for the function");
        institutions.Inputs.Single(i => i.Name == "void.payment.JP").Evidence.Should().Equal("f-jp-payment");
        institutions.Inputs.Single(i => i.Name == "ownership-cap.2006").Evidence.Should().Equal("f-jp-cap");
        institutions.Inputs.Single(i => i.Name == "political-risk.JP").Value.Should().Be("Low");
    }

    // The evidence ids of the report row that starts with a prefix, read from the note the row cites.
    private static string EvidenceOf(string markdown, string rowPrefix)
    {
        var lines = markdown.Split('\n');
        var row = lines.Single(l => l.StartsWith(rowPrefix, StringComparison.Ordinal));
        var note = System.Text.RegularExpressions.Regex.Match(row, @"\| \[(E\d+)\] \|$").Groups[1].Value;
        note.Should().NotBeEmpty("row '{0}' cites a note", row);
        return lines.Single(l => l.StartsWith($"- {note}: ", StringComparison.Ordinal))[$"- {note}: ".Length..];
    }

    [Fact]
    public void Analyze_EndToEnd_ReportShowsDistancesVoidsAndCapsWithTheirEvidence()
    {
        var analysis = Analyzer.Analyze(Kestrel(), 2012);
        var comparison = Analyzer.Compare(analysis, "japan", "germany");

        var markdown = MarkdownReport.Render(analysis, comparison);
        var json = JsonReport.Render(analysis, comparison);

        // Each row cites its evidence as a numbered note (issue 16); the note at the end of the report lists the ids.
        markdown.Should().Contain("### Distance and institutions");
        EvidenceOf(markdown, "| distance FI to JP | psychic overall | 4 | Test data: an invented overall psychic distance | ").Should().Be("f-jp-distance");
        EvidenceOf(markdown, "| institutions JP | payment void | high | rated as of 2008, medium confidence | ").Should().Be("f-jp-payment");
        EvidenceOf(markdown, "| institutions JP | foreign-ownership cap (hand tools) | 49% from 2006 | Test data: an invented cap | ").Should().Be("f-jp-cap");
        json.Should().Contain("\"psychicDistance\"").And.Contain("\"ownershipCapInForcePercent\": 49").And.Contain("\"f-jp-cap\"");
        analysis.GetMarket("japan").Findings.Single(f => f.RuleId == "analysis.distance").Inputs.Single(i => i.Name == "psychic.overall").Evidence.Should().Equal("f-jp-distance");

        var distance = comparison.Cells.Single(c => c.Row == ComparisonRow.Distance && c.Item == "psychic.overall");
        (distance.ValueA, distance.ValueB, distance.Verdict).Should().Be(("4", "2", CellVerdict.Differ));
        distance.EvidenceA.Should().Equal("f-jp-distance");
        comparison.Cells.Single(c => c.Row == ComparisonRow.Institutions && c.Item == "ownership-cap").Verdict.Should().Be(CellVerdict.NotComparable, "Germany's institutions were not assessed");
    }

    [Fact]
    public void CaseWriterAndLoader_RoundTripDistancesAndInstitutions()
    {
        var c = Kestrel();

        var reloaded = CaseLoader.Parse(CaseWriter.ToUtf8Bytes(c), "kestrel.json");

        reloaded.Distances.Should().Equal(c.Distances);
        reloaded.Institutions.Should().Equal(c.Institutions);
        reloaded.Should().Be(c);
    }

    private static Case Kestrel()
    {
        const string doc = "kestrel-report";
        Fact F(string id, string statement, FactTopic topic, string? market, int year) => new()
        {
            Id = id,
            Statement = statement,
            Topic = topic,
            Firm = "kestrel",
            Market = market,
            Year = year,
            Citations = [new Citation { Document = doc, Quote = statement }],
        };
        AnalystAssessment R(string id, AssessedInput input, string value) => new()
        {
            Id = id,
            Statement = "A test rating.",
            Reasoning = "Rated against the rubric for the test.",
            RestsOn = ["f-jp-tools"],
            Rates = new Rating { Input = input, Firm = "kestrel", Market = "japan", Value = value, Rubric = CaseFormat.Inputs.Name(input), Confidence = Confidence.Medium, AsOf = 2008 },
        };
        DistanceMeasure Psychic(decimal value, string evidence) => new() { Dimension = DistanceDimension.Psychic, Name = CageDefaults.OverallName, Value = value, Source = "Test data: an invented overall psychic distance", Evidence = [evidence] };

        return new Case
        {
            Id = "kestrel-tools",
            Title = "Kestrel Tools abroad (a test case)",
            PrimaryFirm = "kestrel",
            Documents = [new SourceDocument { Id = doc, File = "kestrel-2012.txt", Title = "Kestrel annual report 2012", Publisher = "Kestrel", Date = "2012", Kind = DocumentKind.Report }],
            Firms = [new Firm { Id = "kestrel", Name = "Kestrel Tools", HomeCountry = "FI", FoundedYear = 1990 }],
            Markets =
            [
                new Market { Id = "sweden", Name = "Sweden", Kind = MarketKind.Country, Countries = ["SE"] },
                new Market { Id = "japan", Name = "Japan", Kind = MarketKind.Country, Countries = ["JP"] },
                new Market { Id = "germany", Name = "Germany", Kind = MarketKind.Country, Countries = ["DE"] },
            ],
            Facts =
            [
                F("f-se-export", "Kestrel exports to Sweden from 2005.", FactTopic.Entry, "sweden", 2005),
                F("f-jp-jv", "Kestrel formed a joint venture in Japan in 2007.", FactTopic.Entry, "japan", 2007),
                F("f-de-export", "Kestrel exports to Germany from 2010.", FactTopic.Entry, "germany", 2010),
                F("f-jp-tools", "Kestrel's tools are made to its own proprietary designs.", FactTopic.Technology, null, 2005),
                F("f-se-distance", "Sweden is close to Finland in language and business practice.", FactTopic.CulturalProximity, "sweden", 2005),
                F("f-jp-distance", "Japan differs from Finland in language and business practice.", FactTopic.CulturalProximity, "japan", 2005),
                F("f-de-distance", "Germany is nearer Finland than Japan in business practice.", FactTopic.CulturalProximity, "germany", 2005),
                F("f-jp-payment", "Japanese buyers of tools rarely pay by card.", FactTopic.InfrastructureGaps, "japan", 2008),
                F("f-jp-cap", "Japan caps foreign ownership of tool makers at 49% from 2006.", FactTopic.HostRegulation, "japan", 2006),
            ],
            Assessments =
            [
                R("a-spec", AssessedInput.AssetSpecificity, "strong"),
                R("a-ext", AssessedInput.ExternalUncertainty, "weak"),
                R("a-int", AssessedInput.InternalUncertainty, "weak"),
                R("a-freq", AssessedInput.TransactionFrequency, "weak"),
                R("a-free", AssessedInput.FreeRidingPotential, "weak"),
                R("a-o-asset", AssessedInput.OwnershipAsset, "strong"),
                R("a-o-transaction", AssessedInput.OwnershipTransaction, "weak"),
                R("a-o-institutional", AssessedInput.OwnershipInstitutional, "weak"),
                R("a-network", AssessedInput.NetworkAdvantage, "absent"),
                R("a-location", AssessedInput.Location, "strong"),
                R("a-internalization", AssessedInput.Internalization, "strong"),
            ],
            Entries = [Entry("en-se", "sweden", EntryMode.DirectExport, 2005, "f-se-export"), Entry("en-jp", "japan", EntryMode.JointVenture, 2007, "f-jp-jv"), Entry("en-de", "germany", EntryMode.DirectExport, 2010, "f-de-export")],
            Distances =
            [
                new CountryPairDistance { Id = "fi-se", From = "FI", To = "SE", Market = "sweden", Measures = [Psychic(1m, "f-se-distance")] },
                new CountryPairDistance { Id = "fi-jp", From = "FI", To = "JP", Market = "japan", Measures = [Psychic(4m, "f-jp-distance")] },
                new CountryPairDistance { Id = "fi-de", From = "FI", To = "DE", Market = "germany", Measures = [Psychic(2m, "f-de-distance")] },
            ],
            Institutions =
            [
                new CountryInstitutions
                {
                    Id = "inst-jp",
                    Country = "JP",
                    Voids = [new InstitutionalVoid { Kind = InstitutionalVoidKind.Payment, Level = DistanceLevel.High, Confidence = Confidence.Medium, AsOf = 2008, Evidence = ["f-jp-payment"] }],
                    OwnershipCaps = [new OwnershipCap { Percent = 49m, Year = 2006, Source = "Test data: an invented cap", Sector = "hand tools", Evidence = ["f-jp-cap"] }],
                    PoliticalRisk = new PoliticalRisk { Level = DistanceLevel.Low, Confidence = Confidence.Medium, AsOf = 2008, Evidence = ["f-jp-cap"] },
                },
            ],
        };
    }

    private static MarketEntry Entry(string id, string market, EntryMode mode, int year, string evidence) => new()
    {
        Id = id,
        Firm = "kestrel",
        Market = market,
        Mode = mode,
        Completed = new YearMonth(year),
        Description = "A test entry.",
        Evidence = [evidence],
    };
}
