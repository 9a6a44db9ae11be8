using System.Collections.Immutable;

namespace StrategyModel.Analysis.Inputs;

/// <summary>The undetermined inputs of one framework profile: for each, the values it could take and how to set it.</summary>
/// <typeparam name="TProfile">The evaluator's profile type.</typeparam>
/// <remarks>
/// Evaluating a verdict over the space runs the evaluator once per combination of values (mixed-radix order, the first input
/// varying slowest) and groups the combinations by the verdict they give. The number of combinations is capped by
/// <see cref="MaxCombinations"/>, which no profile of this library reaches.
/// </remarks>
internal sealed class InputSpace<TProfile>
{
    /// <summary>The most combinations evaluated for one verdict (4^8: eight undetermined four-valued inputs, the most any profile has).</summary>
    public const int MaxCombinations = 65536;

    private readonly List<Dimension> dimensions = [];

    public int Count => dimensions.Count;

    public IEnumerable<string> Names => dimensions.Select(d => d.Name);

    /// <summary>Adds an undetermined input with the values it could take, in the order of its scale.</summary>
    /// <exception cref="InvalidOperationException">The space would exceed <see cref="MaxCombinations"/> (a profile this library does not define).</exception>
    public void Add<T>(string name, ImmutableArray<T> values, Func<TProfile, T, TProfile> apply)
        where T : struct, Enum
    {
        if (Combinations() * values.Length > MaxCombinations)
        {
            throw new InvalidOperationException("Too many undetermined inputs to enumerate.");
        }

        dimensions.Add(new Dimension(name, [.. values.Select(v => v.ToString())], (p, i) => apply(p, values[i])));
    }

    private long Combinations() => dimensions.Aggregate(1L, (n, d) => n * d.Labels.Length);

    /// <summary>Evaluates the verdict for every combination and returns the range with, per distinct verdict, the profile of its first combination.</summary>
    public (VerdictRange Range, ImmutableArray<(string Value, TProfile Profile)> Representatives) Evaluate(string verdict, TProfile baseProfile, Func<TProfile, string> verdictOf)
    {
        var total = (int)Combinations();
        var values = new string[total];
        var representatives = new List<(string Value, TProfile Profile)>();
        var order = new List<string>();
        var digits = new int[dimensions.Count];
        for (var index = 0; index < total; index++)
        {
            Digits(index, digits);
            var profile = baseProfile;
            for (var d = 0; d < dimensions.Count; d++)
            {
                profile = dimensions[d].Apply(profile, digits[d]);
            }

            var value = verdictOf(profile);
            values[index] = value;
            if (!order.Contains(value))
            {
                order.Add(value);
                representatives.Add((value, profile));
            }
        }

        var deciding = new List<string>();
        for (var d = 0; d < dimensions.Count; d++)
        {
            if (Decides(d, values))
            {
                deciding.Add(dimensions[d].Name);
            }
        }

        var branches = order.Select(value => Branch(value, values)).ToImmutableArray();
        var range = new VerdictRange
        {
            Verdict = verdict,
            Value = order.Count == 1 ? order[0] : null,
            Branches = branches,
            UndeterminedInputs = [.. dimensions.Select(d => d.Name)],
            DecidingInputs = [.. deciding],
        };
        return (range, [.. representatives]);
    }

    private VerdictBranch Branch(string value, string[] values)
    {
        var digits = new int[dimensions.Count];
        var seen = dimensions.Select(d => new bool[d.Labels.Length]).ToArray();
        var count = 0;
        for (var index = 0; index < values.Length; index++)
        {
            if (values[index] != value)
            {
                continue;
            }

            count++;
            Digits(index, digits);
            for (var d = 0; d < dimensions.Count; d++)
            {
                seen[d][digits[d]] = true;
            }
        }

        var when = ImmutableArray.CreateBuilder<BranchCondition>();
        for (var d = 0; d < dimensions.Count; d++)
        {
            if (seen[d].Any(s => !s))
            {
                when.Add(new BranchCondition(dimensions[d].Name, [.. dimensions[d].Labels.Where((_, i) => seen[d][i])]));
            }
        }

        return new VerdictBranch(value, when.ToImmutable(), count);
    }

    // Whether changing input d alone, from some combination, changes the verdict.
    private bool Decides(int d, string[] values)
    {
        var stride = 1;
        for (var k = dimensions.Count - 1; k > d; k--)
        {
            stride *= dimensions[k].Labels.Length;
        }

        var radix = dimensions[d].Labels.Length;
        for (var index = 0; index < values.Length; index++)
        {
            var digit = index / stride % radix;
            if (digit + 1 < radix && values[index] != values[index + stride])
            {
                return true;
            }
        }

        return false;
    }

    private void Digits(int index, int[] digits)
    {
        for (var d = dimensions.Count - 1; d >= 0; d--)
        {
            var radix = dimensions[d].Labels.Length;
            digits[d] = index % radix;
            index /= radix;
        }
    }

    private sealed record Dimension(string Name, string[] Labels, Func<TProfile, int, TProfile> Apply);
}
