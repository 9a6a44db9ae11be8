using System.Collections.Immutable;
using System.Globalization;
using StrategyModel.Assessments;
using StrategyModel.BornGlobal;
using StrategyModel.Evidence;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.Analysis.Inputs;

/// <summary>The born-global inputs: the founding year, the first foreign sale and the foreign share of sales from dated facts,
/// the countries where the firm has operations from its entries, and the ratings of coordination and the success features.</summary>
internal static class BornGlobalInputs
{
    private const string Framework = "born-global";

    public static BornGlobalAssessment? Build(InputRecorder recorder, IBornGlobalEvaluator evaluator, ImmutableArray<VerdictRange>.Builder verdicts)
    {
        var view = recorder.View;
        var firm = view.Firm;
        if (firm.FoundedYear is not { } founded)
        {
            recorder.Missing(Framework, "founded-year", "The case gives no founding year: the born-global criteria cannot be evaluated.");
            return null;
        }

        recorder.Derived(Framework, "founded-year", founded.ToString(CultureInfo.InvariantCulture), "The firm's founding year in the case.", view.AvailableIds(firm.Evidence));

        // The first foreign sale is a dated fact of its own (topic first-foreign-sale), never the first entry the case happens to code.
        var saleFact = view.Facts(FactTopic.FirstForeignSale, null)
            .Where(f => view.DateOf(f) is not null)
            .OrderBy(f => view.DateOf(f)).ThenBy(f => f.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var firstSale = saleFact is null
            ? Observation.Unknown<int>("the case holds no dated fact on the firm's first foreign sale")
            : Observation.Known(view.DateOf(saleFact)!.Value, saleFact.Id);
        if (saleFact is null)
        {
            recorder.Missing(Framework, "first-foreign-sale-year", "No fact on topic first-foreign-sale is available as of the year; the timing criteria are unknown.");
        }
        else
        {
            recorder.Derived(Framework, "first-foreign-sale-year", firstSale.ToString(), "The year of the earliest dated first-foreign-sale fact.", [saleFact.Id]);
        }

        var shareFact = view.Facts(FactTopic.ForeignSalesShare, null).Where(f => f.IsNumeric).OrderByDescending(f => view.DateOf(f)).ThenBy(f => f.Id, StringComparer.Ordinal).FirstOrDefault();
        var share = shareFact switch
        {
            null => Observation.Unknown<decimal>("the case holds no fact on the foreign share of sales"),
            { ScaledValue: { } v, Unit: MeasureUnit.Percent } when v is >= 0m and <= 100m => Observation.Known(v, shareFact.Id),
            _ => Observation.Unknown<decimal>(shareFact.UnknownReason ?? "the share is not given as a percentage within 0..100", shareFact.Id),
        };
        recorder.Derived(Framework, "foreign-sales-share-percent", share.ToString(), "The latest numeric foreign-sales-share fact as of the year.", share.Evidence);

        // Countries involved are countries where the firm has operations of its own (entries in force), not where its buyers live.
        var countries = new SortedSet<string>(StringComparer.Ordinal);
        var entryIds = new List<string>();
        foreach (var e in view.Case.Entries.OrEmpty().Where(e => view.IsOwn(e) && e.Start.Year <= view.AsOf && !e.HasEndedBy(new Cases.YearMonth(view.AsOf, 12))))
        {
            var covered = e.Countries.OrEmpty().IsEmpty ? view.Case.Markets.OrEmpty().FirstOrDefault(m => m.Id == e.Market)?.Countries.OrEmpty() ?? [] : e.Countries;
            countries.UnionWith(covered);
            entryIds.Add(e.Id);
        }

        var entryFacts = view.AvailableIds([.. view.Case.Entries.OrEmpty().Where(e => entryIds.Contains(e.Id)).SelectMany(e => e.Evidence.OrEmpty()).Distinct(StringComparer.Ordinal)]);
        var involved = Observation.Known(countries.Count, entryFacts);
        recorder.Derived(Framework, "countries-involved", countries.Count.ToString(CultureInfo.InvariantCulture), Fmt($"Countries covered by the firm's own entries in force ({string.Join(", ", entryIds)}): {string.Join(", ", countries)}; buyers' countries do not count."), entryFacts);

        var features = ImmutableArray.CreateBuilder<SuccessFeatureRating>();
        foreach (var feature in SuccessFeatureSets.Thesis)
        {
            if (recorder.Rate(Framework, "feature." + RuleIds.Kebab(feature.ToString()), AssessedInput.SuccessFeature, null, Scales.AsStrength, feature: feature) is { } rated)
            {
                features.Add(new SuccessFeatureRating(feature, rated));
            }
        }

        var builder = new ProfileBuilder<BornGlobalProfile>(recorder, Framework, new BornGlobalProfile
        {
            FoundedYear = founded,
            FirstForeignSaleYear = firstSale,
            ForeignSalesSharePercent = share,
            ValueChainCoordination = ValueChainCoordination.Few,
            CountriesInvolved = involved,
            SuccessFeatures = features.ToImmutable(),
        })
            .Read("value-chain-coordination", AssessedInput.ValueChainCoordination, null, Scales.AsCoordination, Scales.Coordinations, (p, v) => p with { ValueChainCoordination = v });
        var (range, assessment, branches) = builder.Evaluate("born-global.venture-type", evaluator.Evaluate, a => a.IsInternationalNewVenture == false ? "NotAnInternationalNewVenture" : a.VentureType?.ToString() ?? "Unknown");
        verdicts.Add(range);
        return assessment ?? branches[0].Assessment;
    }

    public static Finding Finding(BornGlobalAssessment born)
    {
        var criteria = string.Join("; ", born.Criteria.Select(c => Fmt($"{c.Criterion.Name}: {c.Outcome}")));
        var inputs = born.Criteria.Select(c => Input("criterion." + c.Criterion.Name, c.Outcome.ToString())).ToImmutableArray();
        return born.IsBornGlobalByAnyCriterion
            ? new Finding("analysis.born-global.criteria", FindingOutcome.Met, Fmt($"At least one quantitative born-global criterion is met ({criteria})."), inputs, [], "Rennie (1993); Knight & Cavusgil (1996, 2004)")
            : new Finding(
                "analysis.born-global.criteria",
                FindingOutcome.NotMet,
                Fmt($"No quantitative born-global criterion is met ({criteria}). Calling the firm a born global rests on qualitative evidence, not on the criteria."),
                inputs,
                [],
                "Rennie (1993); Knight & Cavusgil (1996, 2004); Oviatt & McDougall (1994)");
    }
}
