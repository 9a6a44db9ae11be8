using System.Collections.Immutable;
using System.Numerics;
using StrategyModel.Analysis.Inputs;

namespace StrategyModel.Sensitivity;

/// <summary>One ordinal input of a verdict model: its name, its scale and its rated value (-1 when undetermined).</summary>
internal sealed record ModelInput(string Name, ImmutableArray<string> Labels, int BaseIndex);

/// <summary>One threshold setting a sweep tries: the option and the value it is set to.</summary>
internal sealed record ThresholdSetting(string Option, string From, string Value);

/// <summary>A verdict as a function of its ordinal inputs (by scale index) and of a threshold setting (0 = the options in force).</summary>
/// <remarks>A verdict is a small enum code (below 64); the outcome of a set of values is the set of codes over every combination of the
/// undetermined inputs, as a bit mask, so comparing outcomes allocates nothing.</remarks>
internal abstract class VerdictModel(string? market, string verdict, ImmutableArray<ModelInput> inputs, ImmutableArray<ThresholdSetting> settings)
{
    public string? Market => market;

    public string Verdict => verdict;

    public ImmutableArray<ModelInput> Inputs => inputs;

    public ImmutableArray<ThresholdSetting> Settings => settings;

    /// <summary>Returns the set of verdict codes the values give over every combination of the undetermined inputs.</summary>
    /// <param name="values">A scale index per input; the entries of undetermined inputs are scratch and are overwritten.</param>
    /// <param name="setting">0 for the options in force, or 1 + the index of a <see cref="Settings"/> entry.</param>
    public abstract ulong Outcome(Span<int> values, int setting);

    public abstract string Label(int code);

    /// <summary>A copy with caches of its own, so that two threads never share one.</summary>
    public abstract VerdictModel Fresh();

    public string Describe(ulong mask)
    {
        if (BitOperations.PopCount(mask) == 1)
        {
            return Label(BitOperations.TrailingZeroCount(mask));
        }

        var labels = new List<string>();
        for (var m = mask; m != 0; m &= m - 1)
        {
            labels.Add(Label(BitOperations.TrailingZeroCount(m)));
        }

        return "Undetermined (" + string.Join(" or ", labels) + ")";
    }
}

/// <summary>A verdict read from one framework profile by a decider per threshold setting.</summary>
/// <typeparam name="TProfile">The evaluator's profile type.</typeparam>
internal sealed class ProfileModel<TProfile> : VerdictModel
{
    private readonly CapturedProfile<TProfile> captured;
    private readonly ImmutableArray<Func<TProfile, int>> deciders;
    private readonly Func<int, string> label;
    private readonly int[] undetermined;
    private readonly int[] strides;
    private readonly int size;
    private byte[]? table;

    public ProfileModel(string? market, string verdict, CapturedProfile<TProfile> captured, Func<TProfile, int> decide, ImmutableArray<(ThresholdSetting Setting, Func<TProfile, int> Decide)> sweeps, Func<int, string> label)
        : base(market, verdict, [.. captured.Dimensions.Select(d => new ModelInput(d.Name, d.Labels, d.BaseIndex))], [.. sweeps.Select(s => s.Setting)])
    {
        this.captured = captured;
        deciders = [decide, .. sweeps.Select(s => s.Decide)];
        this.label = label;
        undetermined = [.. Enumerable.Range(0, Inputs.Length).Where(i => Inputs[i].BaseIndex < 0)];
        strides = new int[Inputs.Length];
        size = 1;
        for (var d = Inputs.Length - 1; d >= 0; d--)
        {
            strides[d] = size;
            size *= Inputs[d].Labels.Length;
        }
    }

    private ProfileModel(ProfileModel<TProfile> other)
        : base(other.Market, other.Verdict, other.Inputs, other.Settings)
    {
        captured = other.captured;
        deciders = other.deciders;
        label = other.label;
        undetermined = other.undetermined;
        strides = other.strides;
        size = other.size;
    }

    public override VerdictModel Fresh() => new ProfileModel<TProfile>(this);

    public override string Label(int code) => label(code);

    public override ulong Outcome(Span<int> values, int setting)
    {
        if (undetermined.Length == 0)
        {
            return 1UL << Code(values, setting);
        }

        var mask = 0UL;
        foreach (var d in undetermined)
        {
            values[d] = 0;
        }

        while (true)
        {
            mask |= 1UL << Code(values, setting);

            // The next combination of the undetermined inputs (mixed radix, the last varying fastest).
            var k = undetermined.Length - 1;
            while (k >= 0 && ++values[undetermined[k]] == Inputs[undetermined[k]].Labels.Length)
            {
                values[undetermined[k]] = 0;
                k--;
            }

            if (k < 0)
            {
                return mask;
            }
        }
    }

    // The verdict code at fully specified values: with the options in force, from a table filled on first use (each distinct
    // combination is evaluated once; later lookups allocate nothing); with a swept setting, evaluated directly.
    private int Code(ReadOnlySpan<int> values, int setting)
    {
        if (setting != 0)
        {
            return Evaluate(values, setting);
        }

        table ??= new byte[size];
        var index = 0;
        for (var d = 0; d < values.Length; d++)
        {
            index += values[d] * strides[d];
        }

        var cached = table[index];
        if (cached != 0)
        {
            return cached - 1;
        }

        var code = Evaluate(values, 0);
        table[index] = (byte)(code + 1);
        return code;
    }

    private int Evaluate(ReadOnlySpan<int> values, int setting)
    {
        var profile = captured.Profile;
        var dimensions = captured.Dimensions;
        for (var d = 0; d < values.Length; d++)
        {
            if (values[d] != dimensions[d].BaseIndex)
            {
                profile = dimensions[d].Apply(profile, values[d]);
            }
        }

        var code = deciders[setting](profile);
        if (code is < 0 or > 63)
        {
            throw new InvalidOperationException($"The verdict {Verdict} gave a code outside 0..63.");
        }

        return code;
    }
}

/// <summary>The best entry mode as the composition of the OLI route and the degree of control: its inputs are the route's and the
/// control's, its threshold settings theirs too; every route the route's inputs allow meets every control the control's allow.</summary>
internal sealed class BestModeModel : VerdictModel
{
    private readonly VerdictModel route;
    private readonly VerdictModel control;
    private readonly int[,] best;

    public BestModeModel(string? market, VerdictModel route, VerdictModel control, int[,] best)
        : base(market, "entry-modes.best", [.. route.Inputs, .. control.Inputs], [.. route.Settings, .. control.Settings])
    {
        this.route = route.Fresh();
        this.control = control.Fresh();
        this.best = best;
    }

    public override VerdictModel Fresh() => new BestModeModel(Market, route, control, best);

    public override string Label(int code) => ((EntryModes.EntryMode)code).ToString();

    public override ulong Outcome(Span<int> values, int setting)
    {
        var n = route.Inputs.Length;
        var r = route.Settings.Length;
        var routes = route.Outcome(values[..n], setting <= r ? setting : 0);
        var controls = control.Outcome(values[n..], setting > r ? setting - r : 0);
        var mask = 0UL;
        for (var a = routes; a != 0; a &= a - 1)
        {
            for (var c = controls; c != 0; c &= c - 1)
            {
                mask |= 1UL << best[BitOperations.TrailingZeroCount(a), BitOperations.TrailingZeroCount(c)];
            }
        }

        return mask;
    }
}
