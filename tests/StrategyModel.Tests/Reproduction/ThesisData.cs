using System.Text.Json;

namespace StrategyModel.Tests.Reproduction;

/// <summary>Reads the thesis's tables and findings, kept as test data under TestData/Thesis.</summary>
internal static class ThesisData
{
    public static JsonElement Load(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Thesis", name)));
        return doc.RootElement.Clone();
    }

    /// <summary>Lower-cases and keeps letters and digits only, so "TMall Global" matches "Tmall Global" and "->" matches "→".</summary>
    public static string Squash(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
