using System.Collections.Immutable;
using StrategyModel.BornGlobal;
using StrategyModel.Drivers;
using StrategyModel.Evidence;

namespace StrategyModel.Analysis.Inputs;

/// <summary>Builds one framework's profile from ratings: a rated input is set on the profile, an unrated one becomes a dimension of
/// the input space to enumerate.</summary>
/// <typeparam name="TProfile">The evaluator's profile type.</typeparam>
internal sealed class ProfileBuilder<TProfile>(InputRecorder recorder, string framework, TProfile placeholder, AnalysisHooks? hooks = null, string? scope = null)
{
    private readonly List<InputDimension<TProfile>> dimensions = [];

    public TProfile Profile { get; private set; } = placeholder;

    public InputSpace<TProfile> Space { get; } = new();

    public string Framework => framework;

    /// <summary>Reads one input from its rating, or adds it to the space when no rating applies.</summary>
    public ProfileBuilder<TProfile> Read<T>(
        string name,
        AssessedInput input,
        string? market,
        Func<Rating, T?> parse,
        ImmutableArray<T> scale,
        Func<TProfile, Rated<T>, TProfile> apply,
        string? explains = null,
        FactTopic? resource = null,
        DriverKind? driver = null,
        SuccessFeature? feature = null)
        where T : struct, Enum
    {
        var full = framework + "." + name;
        var labels = scale.Select(v => v.ToString()).ToImmutableArray();
        Func<TProfile, int, TProfile> set = (p, i) => apply(p, new Rated<T>(scale[i]));
        if (hooks?.InputOverride(full, scope) is { } text)
        {
            var index = labels.IndexOf(labels.FirstOrDefault(l => string.Equals(l, text, StringComparison.OrdinalIgnoreCase)) ?? string.Empty);
            if (index < 0)
            {
                throw new ArgumentException($"The scenario sets {full} to '{text}', which is not on its scale ({string.Join(", ", labels)}).");
            }

            recorder.Scenario(framework, name, labels[index]);
            Profile = apply(Profile, new Rated<T>(scale[index]));
            dimensions.Add(new InputDimension<TProfile>(full, labels, index, set));
        }
        else if (recorder.Rate(framework, name, input, market, parse, explains, resource, driver, feature) is { } rated)
        {
            Profile = apply(Profile, rated);
            dimensions.Add(new InputDimension<TProfile>(full, labels, scale.IndexOf(rated.Value), set));
        }
        else
        {
            Space.Add(full, scale, (p, v) => apply(p, new Rated<T>(v)));
            dimensions.Add(new InputDimension<TProfile>(full, labels, -1, set));
        }

        return this;
    }

    /// <summary>Sets a numeric part of the profile from a scenario's setting override, when the scenario has one.</summary>
    public ProfileBuilder<TProfile> Setting(string name, Func<TProfile, decimal, TProfile> apply)
    {
        if (hooks?.SettingOverride(framework + "." + name, scope) is { } value)
        {
            Profile = apply(Profile, value);
            recorder.Scenario(framework, name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return this;
    }



    /// <summary>Reads an optional input from its rating; when no rating applies the profile keeps its "not given" value and the input is
    /// not enumerated (the evaluator defines what an absent optional input means, such as an ungated market).</summary>
    public ProfileBuilder<TProfile> ReadOptional<T>(string name, AssessedInput input, string? market, Func<Rating, T?> parse, Func<TProfile, Rated<T>, TProfile> apply)
        where T : struct, Enum
    {
        if (recorder.Rate(framework, name, input, market, parse) is { } rated)
        {
            Profile = apply(Profile, rated);
        }

        return this;
    }

    /// <summary>Sets a part of the profile that is not an ordinal input (such as the rivals O is rated against).</summary>
    public ProfileBuilder<TProfile> Set(Func<TProfile, TProfile> apply)
    {
        Profile = apply(Profile);
        return this;
    }

    /// <summary>Evaluates a verdict over every value of the undetermined inputs.</summary>
    /// <returns>The range, and the assessment of the determined verdict (or <see langword="null"/> when it is undetermined), and one assessment per branch.</returns>
    public (VerdictRange Range, TAssessment? Assessment, ImmutableArray<(string Value, TAssessment Assessment)> Branches) Evaluate<TAssessment>(
        string verdict, Func<TProfile, TAssessment> evaluate, Func<TAssessment, string> verdictOf)
        where TAssessment : class
    {
        hooks?.Record(scope, verdict, new CapturedProfile<TProfile>(Profile, [.. dimensions]));
        var (range, representatives) = Space.Evaluate(verdict, Profile, p => verdictOf(evaluate(p)));
        var branches = representatives.Select(r => (r.Value, evaluate(r.Profile))).ToImmutableArray();
        return (range, range.IsDetermined ? branches[0].Item2 : null, branches);
    }
}
