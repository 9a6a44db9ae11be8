using System.Collections.Immutable;
using System.Globalization;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.Evidence;

namespace StrategyModel.Analysis.Inputs;

/// <summary>Records every input the analyzer builds, with its source, rubric, evidence and counter-evidence.</summary>
/// <remarks>A rated input becomes its value; an unrated or set-aside input is recorded as undetermined and its caller enumerates the
/// values it could take. Nothing here counts facts into a strength.</remarks>
internal sealed class InputRecorder(EvidenceView view)
{
    public List<AnalysisInput> Inputs { get; } = [];

    public EvidenceView View => view;

    /// <summary>Looks up the rating of an input and records it; returns <see langword="null"/> when no rating applies.</summary>
    /// <param name="framework">The framework reading the input.</param>
    /// <param name="name">The input's name within the framework.</param>
    /// <param name="input">The rated input.</param>
    /// <param name="market">The market, for market-scoped inputs (a firm-wide rating is used when no market-specific one exists).</param>
    /// <param name="parse">Reads the rating's value; the loader has checked it.</param>
    /// <param name="explains">The market whose mode the input is used to explain, to flag circular ratings; <see langword="null"/> when it explains no mode.</param>
    /// <param name="resource">The VRIO resource.</param>
    /// <param name="driver">The driver.</param>
    /// <param name="feature">The success feature.</param>
    public Rated<T>? Rate<T>(
        string framework,
        string name,
        AssessedInput input,
        string? market,
        Func<Rating, T?> parse,
        string? explains = null,
        FactTopic? resource = null,
        DriverKind? driver = null,
        SuccessFeature? feature = null)
        where T : struct, Enum
    {
        var lookup = view.Rating(input, market, resource, driver, feature);
        var rubric = CaseFormat.Inputs.Name(input);
        if (lookup.Applies is { } assessment && parse(assessment.Rates!) is { } value)
        {
            var rates = assessment.Rates!;
            var evidence = ImmutableArray.Create(assessment.Id).AddRange(view.AvailableIds(assessment.RestsOn));
            var outcome = explains is null ? [] : view.OutcomeEvidence(assessment, explains);
            var confidence = rates.Confidence == Confidence.Unspecified ? "confidence not stated" : "confidence " + rates.Confidence.ToString().ToLowerInvariant();
            var speaks = rates.AsOf is { } year ? ", speaks for " + year.ToString(CultureInfo.InvariantCulture) : string.Empty;
            Inputs.Add(new AnalysisInput(framework, name, value.ToString(), InputSource.AnalystAssessment, $"Analyst assessment {assessment.Id} (rubric {rates.Rubric ?? rubric}, {confidence}{speaks}): {assessment.Statement}", evidence)
            {
                Rubric = rates.Rubric ?? rubric,
                Confidence = rates.Confidence,
                CounterEvidence = view.AvailableIds(rates.CounterEvidence),
                SpeaksFor = rates.AsOf,
                OutcomeEvidence = outcome,
            });
            return new Rated<T>(value, evidence);
        }

        if (lookup.SetAside is { } setAside)
        {
            Inputs.Add(new AnalysisInput(framework, name, "Undetermined", InputSource.SetAside, $"Analyst assessment {setAside.Assessment.Id} is set aside as of {view.AsOf}: {setAside.Reason}. The verdicts are reported for every value the input could take.", [setAside.Assessment.Id])
            {
                Rubric = rubric,
            });
            return null;
        }

        Inputs.Add(new AnalysisInput(framework, name, "Undetermined", InputSource.Undetermined, $"No analyst assessment rates it against rubric {rubric} as of {view.AsOf}. The verdicts are reported for every value it could take; a rating would decide it.", [])
        {
            Rubric = rubric,
        });
        return null;
    }

    /// <summary>Records an input a scenario sets in place of its rating.</summary>
    public void Scenario(string framework, string name, string value) =>
        Inputs.Add(new AnalysisInput(framework, name, value, InputSource.Scenario, "Set by a scenario in place of the case's rating (the case is not edited).", []));

    /// <summary>Records an input read from facts by a documented rule that reads a value, never a count.</summary>
    public void Derived(string framework, string name, string value, string rule, ImmutableArray<string> evidence) =>
        Inputs.Add(new AnalysisInput(framework, name, value, evidence.IsDefaultOrEmpty ? InputSource.NoEvidence : InputSource.DerivedFromFacts, rule, evidence.OrEmpty()));

    /// <summary>Records a factual input the case cannot supply.</summary>
    public void Missing(string framework, string name, string rule) =>
        Inputs.Add(new AnalysisInput(framework, name, "unknown", InputSource.NoEvidence, rule, []));

    /// <summary>Returns whether any recorded input of the framework in the list is circular.</summary>
    public ImmutableArray<AnalysisInput> Circular(string framework) => [.. Inputs.Where(i => i.Framework == framework && i.IsCircular)];
}
