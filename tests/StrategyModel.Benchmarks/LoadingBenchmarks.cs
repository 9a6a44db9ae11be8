using System.Text.Json;
using BenchmarkDotNet.Attributes;
using StrategyModel.Cases;

namespace StrategyModel.Benchmarks;

/// <summary>
/// Loading the shipped Alibaba Group case (295 KB of UTF-8 JSON, already in memory) with full validation, against two floors: plain
/// source-generated <see cref="JsonSerializer"/> deserialization of the same bytes into a DTO graph without validation (the baseline:
/// it materializes the same data as objects, as the loader must), and <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// (syntax only, no objects: the lowest possible floor).
/// </summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private readonly byte[] bytes = Data.AlibabaBytes;

    [GlobalSetup]
    public void CheckTheFloorReadsTheCase()
    {
        var dto = Deserialize();
        var loaded = Load();
        if (dto.Facts!.Count != loaded.Facts.Length || dto.Assessments!.Count != loaded.Assessments.Length || dto.Firms!.Count != loaded.Firms.Length)
        {
            throw new InvalidOperationException("The DTO floor does not read the same case the loader does.");
        }
    }

    [Benchmark(Baseline = true, Description = "Floor: JsonSerializer (source-gen DTOs, no validation)")]
    public CaseDto Deserialize() => JsonSerializer.Deserialize(bytes, CaseDtoContext.Default.CaseDto)!;

    [Benchmark(Description = "Reference: JsonDocument.Parse (syntax only)")]
    public int ParseDocument()
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetArrayLength0();
    }

    [Benchmark(Description = "CaseLoader.Parse (validated)")]
    public Case Load() => CaseLoader.Parse(bytes, "alibaba-group.json");
}

internal static class JsonElementExtensions
{
    public static int GetArrayLength0(this JsonElement root) => root.GetProperty("facts").GetArrayLength();
}
