using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace StrategyModel.Analysis.Inputs;

/// <summary>One ordinal input of a framework profile as the analyzer built it: its scale, the value a rating gave it (or none), and
/// how to set it on a profile. The robustness analysis (<see cref="Sensitivity.RobustnessAnalyzer"/>) perturbs these.</summary>
/// <typeparam name="TProfile">The evaluator's profile type.</typeparam>
/// <param name="Name">The input's name, prefixed with its framework.</param>
/// <param name="Labels">The scale's values as text, in scale order.</param>
/// <param name="BaseIndex">The index of the rated value on the scale, or -1 when the input is undetermined.</param>
/// <param name="Apply">Sets the value at a scale index on a profile.</param>
internal sealed record InputDimension<TProfile>(string Name, ImmutableArray<string> Labels, int BaseIndex, Func<TProfile, int, TProfile> Apply);

/// <summary>A framework profile as the analyzer built it for one verdict, with every ordinal input it read.</summary>
/// <typeparam name="TProfile">The evaluator's profile type.</typeparam>
/// <param name="Profile">The profile with every rated input set (undetermined inputs hold a placeholder).</param>
/// <param name="Dimensions">The ordinal inputs, rated and undetermined, in the order the analyzer read them.</param>
internal sealed record CapturedProfile<TProfile>(TProfile Profile, ImmutableArray<InputDimension<TProfile>> Dimensions);

/// <summary>A verdict's captured profile: the market (or <see langword="null"/> for a firm-level verdict), the verdict id and the
/// <see cref="CapturedProfile{TProfile}"/> it was evaluated from.</summary>
internal sealed record CapturedVerdict(string? Market, string Verdict, object Profile);

/// <summary>What a caller inside the library asks of one analysis run beyond the analysis: values that replace ratings or profile
/// settings (a scenario), and the profiles each verdict was evaluated from (the robustness analysis).</summary>
/// <remarks>An override is keyed by the input's full name (<c>framework.name</c>) and a market (<see langword="null"/> for every
/// market and for firm-level inputs). Thread-safe: markets may record concurrently.</remarks>
internal sealed class AnalysisHooks
{
    private readonly ConcurrentQueue<CapturedVerdict> captured = new();
    private readonly ConcurrentDictionary<(string Name, string? Market), byte> used = new();

    public ImmutableDictionary<(string Name, string? Market), string> InputOverrides { get; init; } = ImmutableDictionary<(string Name, string? Market), string>.Empty;

    public ImmutableDictionary<(string Name, string? Market), decimal> SettingOverrides { get; init; } = ImmutableDictionary<(string Name, string? Market), decimal>.Empty;

    public bool Capture { get; init; }

    public IReadOnlyCollection<CapturedVerdict> Captured => captured;

    /// <summary>The overrides that matched an input or setting the analyzer read.</summary>
    public IEnumerable<(string Name, string? Market)> Used => used.Keys;

    public void Record(string? market, string verdict, object profile)
    {
        if (Capture)
        {
            captured.Enqueue(new CapturedVerdict(market, verdict, profile));
        }
    }

    /// <summary>Returns the override of an input in a market (a market-specific one first), or <see langword="null"/>.</summary>
    public string? InputOverride(string name, string? market) => Find(InputOverrides, name, market);

    /// <summary>Returns the override of a profile setting in a market (a market-specific one first), or <see langword="null"/>.</summary>
    public decimal? SettingOverride(string name, string? market) =>
        market is not null && SettingOverrides.TryGetValue((name, market), out var v) ? Use(name, market, v)
        : SettingOverrides.TryGetValue((name, null), out var all) ? Use(name, null, all)
        : null;

    private string? Find(ImmutableDictionary<(string Name, string? Market), string> map, string name, string? market) =>
        market is not null && map.TryGetValue((name, market), out var v) ? Use(name, market, v)
        : map.TryGetValue((name, null), out var all) ? Use(name, null, all)
        : null;

    private T Use<T>(string name, string? market, T value)
    {
        used.TryAdd((name, market), 0);
        return value;
    }
}
