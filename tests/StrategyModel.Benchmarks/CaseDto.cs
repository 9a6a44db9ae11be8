using System.Text.Json.Serialization;

namespace StrategyModel.Benchmarks;

// The loading floor: a plain, source-generated System.Text.Json mapping of the case file (docs/case-format.md) with no validation.
// Every property of the file is mapped, so the floor reads and materializes the same data the loader does, but enum names, dates
// and country codes stay strings, nothing is checked, unknown properties are skipped and references are not resolved.
#pragma warning disable CA1002, CA2227, CA1056 // A plain DTO graph is the point: mutable lists, string URLs, no checks.

public sealed class CaseDto
{
    public int SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? PrimaryFirm { get; set; }

    public List<DocumentDto>? Documents { get; set; }

    public List<FirmDto>? Firms { get; set; }

    public List<MarketDto>? Markets { get; set; }

    public List<FactDto>? Facts { get; set; }

    public List<AssessmentDto>? Assessments { get; set; }

    public List<EntryDto>? Entries { get; set; }

    public List<RelationshipDto>? Relationships { get; set; }

    public List<TimelineEventDto>? Timeline { get; set; }

    public List<CompetitorDto>? Competitors { get; set; }
}

public sealed class DocumentDto
{
    public string? Id { get; set; }

    public string? File { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Date { get; set; }

    public string? Kind { get; set; }

    public string? Author { get; set; }

    public string? Url { get; set; }
}

public sealed class FirmDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? HomeCountry { get; set; }

    public int? FoundedYear { get; set; }

    public List<BusinessUnitDto>? BusinessUnits { get; set; }

    public List<string>? Evidence { get; set; }
}

public sealed class BusinessUnitDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? PlatformModel { get; set; }

    public int? LaunchedYear { get; set; }

    public List<string>? Evidence { get; set; }
}

public sealed class MarketDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public List<string>? Countries { get; set; }
}

public sealed class FactDto
{
    public string? Id { get; set; }

    public string? Statement { get; set; }

    public string? Topic { get; set; }

    public string? Firm { get; set; }

    public int? Year { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public string? BusinessUnit { get; set; }

    public string? PlatformModel { get; set; }

    public string? Market { get; set; }

    public string? Scale { get; set; }

    public string? UnknownReason { get; set; }

    public string? Counterparty { get; set; }
}

public sealed class CitationDto
{
    public string? Document { get; set; }

    public string? Quote { get; set; }

    public string? Locator { get; set; }
}

public sealed class AssessmentDto
{
    public string? Id { get; set; }

    public string? Statement { get; set; }

    public string? Reasoning { get; set; }

    public List<string>? RestsOn { get; set; }

    public RatesDto? Rates { get; set; }
}

public sealed class RatesDto
{
    public string? Input { get; set; }

    public string? Firm { get; set; }

    public string? Value { get; set; }

    public string? Market { get; set; }

    public string? Resource { get; set; }
}

public sealed class EntryDto
{
    public string? Id { get; set; }

    public string? Firm { get; set; }

    public string? Market { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public string? Mode { get; set; }

    public string? BusinessUnit { get; set; }

    public string? Description { get; set; }

    public string? Counterparty { get; set; }

    public decimal? StakePercent { get; set; }

    public List<string>? Evidence { get; set; }
}

public sealed class RelationshipDto
{
    public string? Id { get; set; }

    public string? Firm { get; set; }

    public string? Counterparty { get; set; }

    public string? Kind { get; set; }

    public List<string>? Functions { get; set; }

    public string? Market { get; set; }

    public int? Year { get; set; }

    public decimal? StakePercent { get; set; }

    public List<string>? Evidence { get; set; }
}

public sealed class TimelineEventDto
{
    public string? Id { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public string? Firm { get; set; }

    public string? Market { get; set; }

    public string? Description { get; set; }

    public List<string>? Evidence { get; set; }
}

public sealed class CompetitorDto
{
    public string? Firm { get; set; }

    public string? Competitor { get; set; }

    public string? Market { get; set; }

    public List<string>? Evidence { get; set; }
}

/// <summary>The source-generated (reflection-free) serializer context of the floor.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CaseDto))]
public sealed partial class CaseDtoContext : JsonSerializerContext
{
}
#pragma warning restore CA1002, CA2227, CA1056
