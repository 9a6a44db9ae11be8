using System.Collections.Immutable;
using System.Globalization;

namespace StrategyModel.Assessments;

/// <summary>Helpers evaluators use to build findings consistently.</summary>
internal static class Findings
{
    public static FindingInput Input<T>(string name, Rated<T> rated)
        where T : struct, Enum => new(name, rated.Value.ToString(), rated.Evidence);

    public static FindingInput Input(string name, string value) => new(name, value, []);

    public static FindingInput Input(string name, int value) => new(name, value.ToString(CultureInfo.InvariantCulture), []);

    public static FindingThreshold Threshold<T>(string option, T value)
        where T : struct, Enum => new(option, value.ToString());

    public static FindingThreshold Threshold(string option, int value) => new(option, value.ToString(CultureInfo.InvariantCulture));

    public static FindingThreshold Threshold(string option, decimal value) => new(option, value.ToString(CultureInfo.InvariantCulture));

    public static FindingThreshold Threshold(string option, bool value) => new(option, value ? "true" : "false");

    public static FindingOutcome MetOrNot(bool met) => met ? FindingOutcome.Met : FindingOutcome.NotMet;

    public static string Fmt(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static ImmutableArray<T> Of<T>(params ReadOnlySpan<T> items) => [.. items];
}
