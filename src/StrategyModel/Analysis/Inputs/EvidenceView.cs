using System.Collections.Immutable;
using System.Globalization;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.Drivers;
using StrategyModel.Evidence;

namespace StrategyModel.Analysis.Inputs;

/// <summary>A case seen from one firm as of one year: which facts are available, which ratings apply, and which would be circular.</summary>
/// <remarks>
/// <para>A fact's date is its own year or, when it has none, its first citation's document date (an undated fact is known when
/// its document was published, not "always").</para>
/// <para>Under <see cref="AssessmentDating.AllFactsAvailable"/> (the default) a rating applies only if it speaks for the year or
/// earlier and every fact it rests on or weighs against is dated by then; under <see cref="AssessmentDating.AnyFactAvailable"/>
/// (hindsight allowed) it applies when any of its facts is available. A rating that does not apply is set aside with a reason.</para>
/// </remarks>
internal sealed class EvidenceView
{
    private readonly Dictionary<string, int?> documentYears;
    private readonly Dictionary<string, List<AnalystAssessment>> ratingsByKey = new(StringComparer.Ordinal);
    private readonly AssessmentDating dating;

    public EvidenceView(Case studyCase, Firm firm, int asOf, AssessmentDating dating)
    {
        Case = studyCase;
        Firm = firm;
        AsOf = asOf;
        this.dating = dating;
        documentYears = studyCase.Documents.OrEmpty().ToDictionary(d => d.Id, d => ParseYear(d.Date), StringComparer.Ordinal);
        OwnParties = OwnPartiesOf(studyCase, firm.Id);
        foreach (var assessment in studyCase.Assessments.OrEmpty())
        {
            if (assessment.Rates is { } r && OwnParties.Contains(r.Firm))
            {
                var key = Key(r.Input, r.Market, r.Resource, r.Driver, r.Feature);
                if (!ratingsByKey.TryGetValue(key, out var list))
                {
                    ratingsByKey[key] = list = [];
                }

                list.Add(assessment);
            }
        }
    }

    public Case Case { get; }

    public Firm Firm { get; }

    public string FirmId => Firm.Id;

    public int AsOf { get; }

    /// <summary>The firm and its subsidiaries (transitively): the parties whose entries are the firm's own.</summary>
    public FrozenIds OwnParties { get; }

    /// <summary>Returns the year a fact is known from: its own year, else its first document's year.</summary>
    public int? DateOf(Fact fact) =>
        fact.Year ?? (fact.Citations.OrEmpty().Length > 0 && documentYears.TryGetValue(fact.Citations[0].Document, out var y) ? y : null);

    public bool Available(Fact fact) => DateOf(fact) is not { } year || year <= AsOf;

    /// <summary>Whether a fact is about the firm, one of its subsidiaries, or no firm in particular.</summary>
    public bool AboutFirm(Fact fact) => fact.Firm is null || OwnParties.Contains(fact.Firm);

    public IEnumerable<Fact> Facts(FactTopic topic, string? market) =>
        Case.FactsAbout(topic, market: market).Where(f => Available(f) && AboutFirm(f));

    /// <summary>Whether an entry is the firm's own: held by the firm or a subsidiary, or by an affiliate when the case attributes it to the firm.</summary>
    public bool IsOwn(MarketEntry entry) =>
        OwnParties.Contains(entry.Firm) || (entry.AttributedToFirm && Case.Firms.Any(f => f.Id == entry.Firm && f.Parent is not null));

    /// <summary>Finds the rating of an input, preferring a market-specific rating over the firm-wide one, and says whether it applies as of the year.</summary>
    public RatingLookup Rating(AssessedInput input, string? market, FactTopic? resource = null, DriverKind? driver = null, SuccessFeature? feature = null)
    {
        var assessment = First(Key(input, market, resource, driver, feature))
            ?? (market is not null ? First(Key(input, null, resource, driver, feature)) : null);
        if (assessment is null)
        {
            return default;
        }

        var reason = SetAsideReason(assessment);
        return reason is null ? new RatingLookup(assessment, null) : new RatingLookup(null, new SetAsideRating(assessment, reason));
    }

    /// <summary>The facts a rating rests on that are evidence of the firm's own entries or relationships in the market: a rating
    /// that rests on them explains the mode by the mode (antecedents versus outcomes).</summary>
    public ImmutableArray<string> OutcomeEvidence(AnalystAssessment assessment, string market)
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Case.Entries.OrEmpty())
        {
            if (e.Market == market && IsOwn(e))
            {
                outcomes.UnionWith(e.Evidence.OrEmpty());
            }
        }

        foreach (var r in Case.Relationships.OrEmpty())
        {
            if (r.Market == market && OwnParties.Contains(r.Firm))
            {
                outcomes.UnionWith(r.Evidence.OrEmpty());
            }
        }

        return [.. assessment.RestsOn.OrEmpty().Where(outcomes.Contains)];
    }

    public ImmutableArray<string> AvailableIds(ImmutableArray<string> factIds) =>
        [.. factIds.OrEmpty().Where(id => Case.TryGetFact(id, out var f) && Available(f))];

    private string? SetAsideReason(AnalystAssessment assessment)
    {
        var rates = assessment.Rates!;
        var facts = assessment.RestsOn.OrEmpty().Concat(rates.CounterEvidence.OrEmpty())
            .Select(id => Case.TryGetFact(id, out var f) ? f : null).OfType<Fact>().ToList();
        if (dating == AssessmentDating.AnyFactAvailable)
        {
            return facts.Count == 0 || facts.Any(Available) ? null : Invariant($"every fact it rests on is dated after {AsOf}");
        }

        if (rates.AsOf is { } speaksFor && speaksFor > AsOf)
        {
            return Invariant($"it speaks for {speaksFor}, after {AsOf}");
        }

        var later = facts.Where(f => !Available(f)).Select(f => Invariant($"{f.Id} ({DateOf(f)})")).Distinct(StringComparer.Ordinal).ToList();
        return later.Count == 0 ? null : Invariant($"it rests on facts dated after {AsOf}: {string.Join(", ", later)}");
    }

    private AnalystAssessment? First(string key) => ratingsByKey.TryGetValue(key, out var list) ? list[0] : null;

    private static string Key(AssessedInput input, string? market, FactTopic? resource, DriverKind? driver, SuccessFeature? feature) =>
        Invariant($"{(int)input}|{market}|{(int?)resource}|{(int?)driver}|{(int?)feature}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static int? ParseYear(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static FrozenIds OwnPartiesOf(Case studyCase, string firm)
    {
        var own = new HashSet<string>(StringComparer.Ordinal) { firm };
        bool added;
        do
        {
            added = false;
            foreach (var f in studyCase.Firms.OrEmpty())
            {
                if (f.Relation == PartyRelation.Subsidiary && f.Parent is { } parent && own.Contains(parent) && own.Add(f.Id))
                {
                    added = true;
                }
            }
        }
        while (added);
        return new FrozenIds(own);
    }
}

/// <summary>A read-only set of ids.</summary>
internal sealed class FrozenIds(HashSet<string> ids)
{
    public bool Contains(string? id) => id is not null && ids.Contains(id);
}

/// <summary>The outcome of looking up a rating: the rating that applies, or the one set aside for its dates, or neither.</summary>
internal readonly record struct RatingLookup(AnalystAssessment? Applies, SetAsideRating? SetAside);

/// <summary>A rating that exists but does not apply as of the analysis year, with the reason.</summary>
internal sealed record SetAsideRating(AnalystAssessment Assessment, string Reason);
