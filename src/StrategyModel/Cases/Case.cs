using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using StrategyModel.BornGlobal;
using StrategyModel.Distance;
using StrategyModel.Drivers;
using StrategyModel.Evidence;

namespace StrategyModel.Cases;

/// <summary>A case: firms, the markets they entered and the cited evidence about them, as one case file holds it.</summary>
/// <remarks>
/// A case holds evidence, never verdicts: facts quoted from sources and analyst assessments that rate framework inputs;
/// the evaluators compute every verdict. Load one with <see cref="CaseLoader"/>, which validates every rule of
/// docs/case-format.md, and write one with <see cref="CaseWriter"/>.
/// <para>
/// The lookups (<see cref="GetFact"/>, <see cref="GetFirm"/>, <see cref="FactsAbout"/>, <see cref="FindRating"/> and others)
/// are O(1) after the first call, which builds the indexes; a copy made with <c>with</c> rebuilds them when its collections differ.
/// When a collection holds the same id twice (only possible in a case built in code), lookups return the first.
/// </para>
/// <para>Immutable and thread-safe; equality compares every collection element by element, so a loaded case equals its reload.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "'Case' is the domain's word; the name is part of the published API.")]
public sealed record Case
{
    private CaseIndex? index;

    /// <summary>Gets the version of the case format the case follows: <see cref="CaseLoader.SchemaVersion"/> for every loaded case
    /// (the loader upgrades older files).</summary>
    /// <value>Default is 2.</value>
    public int SchemaVersion { get; init; } = CaseLoader.SchemaVersion;

    /// <summary>Gets the case's kebab-case id, e.g. <c>alibaba-group</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets a paragraph on what the case covers, or <see langword="null"/>.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the id of the firm the case is about.</summary>
    public required string PrimaryFirm { get; init; }

    /// <summary>Gets the sources the case quotes.</summary>
    public required ImmutableArray<SourceDocument> Documents { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the case firm and every partner, investee and competitor.</summary>
    public required ImmutableArray<Firm> Firms { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the host markets; empty when none are listed.</summary>
    public ImmutableArray<Market> Markets { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the cited facts.</summary>
    public required ImmutableArray<Fact> Facts { get; init => field = value.OrEmpty(); }

    /// <summary>Gets the analyst assessments; empty when none are listed.</summary>
    public ImmutableArray<AnalystAssessment> Assessments { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the dated market entries; empty when none are listed.</summary>
    public ImmutableArray<MarketEntry> Entries { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the partners and investees; empty when none are listed.</summary>
    public ImmutableArray<Relationship> Relationships { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the dated events; empty when none are listed.</summary>
    public ImmutableArray<TimelineEvent> Timeline { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets who competes with whom, and where; empty when none are listed.</summary>
    public ImmutableArray<Competitor> Competitors { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the cited distances between the home country and host countries or markets (docs/distance/); empty when none are listed.</summary>
    public ImmutableArray<CountryPairDistance> Distances { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the host countries' rated institutional voids, ownership caps and political risk; empty when none are listed.</summary>
    public ImmutableArray<CountryInstitutions> Institutions { get; init => field = value.OrEmpty(); } = [];

    private CaseIndex Index
    {
        get
        {
            var current = Volatile.Read(ref index);
            if (current is null || !current.IsFor(this))
            {
                // Building twice in a race is harmless: both indexes are equal and either may win.
                current = new CaseIndex(this);
                Volatile.Write(ref index, current);
            }

            return current;
        }
    }

    /// <summary>Returns the fact with the given id.</summary>
    /// <param name="id">The fact's id.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The case has no fact with that id; the message names it.</exception>
    public Fact GetFact(string id) => Get(Index.Facts, id, "fact");

    /// <summary>Looks up the fact with the given id.</summary>
    /// <param name="id">The fact's id.</param>
    /// <param name="fact">The fact, or <see langword="null"/> when there is none.</param>
    /// <returns>Whether the case has a fact with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetFact(string id, [NotNullWhen(true)] out Fact? fact)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Index.Facts.TryGetValue(id, out fact);
    }

    /// <summary>Returns the firm with the given id.</summary>
    /// <param name="id">The firm's id.</param>
    /// <returns>The firm.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The case has no firm with that id; the message names it.</exception>
    public Firm GetFirm(string id) => Get(Index.Firms, id, "firm");

    /// <summary>Returns the market with the given id.</summary>
    /// <param name="id">The market's id.</param>
    /// <returns>The market.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The case has no market with that id; the message names it.</exception>
    public Market GetMarket(string id) => Get(Index.Markets, id, "market");

    /// <summary>Returns the source document with the given id.</summary>
    /// <param name="id">The document's id.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The case has no document with that id; the message names it.</exception>
    public SourceDocument GetDocument(string id) => Get(Index.Documents, id, "document");

    /// <summary>Returns the facts on a topic, optionally only those about a firm and/or a market, in case order.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="firm">The firm id the facts must name, or <see langword="null"/> for any (including none).</param>
    /// <param name="market">The market id the facts must name, or <see langword="null"/> for any (including none).</param>
    /// <returns>The matching facts; empty when there are none.</returns>
    public IEnumerable<Fact> FactsAbout(FactTopic topic, string? firm = null, string? market = null)
    {
        if (!Index.FactsByTopic.TryGetValue(topic, out var facts))
        {
            return [];
        }

        return firm is null && market is null
            ? facts
            : facts.Where(f => (firm is null || f.Firm == firm) && (market is null || f.Market == market));
    }

    /// <summary>Returns the analyst assessment that rates an input in the given scope, or <see langword="null"/>.</summary>
    /// <param name="input">The rated input.</param>
    /// <param name="firm">The firm id.</param>
    /// <param name="market">The market id, for inputs scoped to a firm and a market; otherwise <see langword="null"/>.</param>
    /// <param name="resource">The resource, for the VRIO inputs; otherwise <see langword="null"/>.</param>
    /// <returns>The assessment whose <see cref="AnalystAssessment.Rates"/> matches exactly (and names no driver, feature or metric),
    /// or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firm"/> is null.</exception>
    public AnalystAssessment? FindRating(AssessedInput input, string firm, string? market = null, FactTopic? resource = null)
    {
        ArgumentNullException.ThrowIfNull(firm);
        return Index.Ratings.GetValueOrDefault((input, firm, market, resource, null));
    }

    /// <summary>Returns the analyst assessment that rates one driver of a firm (input <see cref="AssessedInput.Driver"/>), or <see langword="null"/>.</summary>
    /// <param name="driver">The driver.</param>
    /// <param name="firm">The firm id.</param>
    /// <returns>The assessment, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firm"/> is null.</exception>
    public AnalystAssessment? FindDriverRating(DriverKind driver, string firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        return Index.Ratings.GetValueOrDefault((AssessedInput.Driver, firm, null, null, "driver:" + driver.ToString()));
    }

    /// <summary>Returns the analyst assessment that rates one success feature of a firm (input <see cref="AssessedInput.SuccessFeature"/>), or <see langword="null"/>.</summary>
    /// <param name="feature">The success feature.</param>
    /// <param name="firm">The firm id.</param>
    /// <returns>The assessment, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firm"/> is null.</exception>
    public AnalystAssessment? FindSuccessFeatureRating(SuccessFeature feature, string firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        return Index.Ratings.GetValueOrDefault((AssessedInput.SuccessFeature, firm, null, null, "feature:" + feature.ToString()));
    }

    /// <summary>Returns every analyst assessment that rates an input for a firm, whatever its market, resource, driver, feature or
    /// metric, in case order.</summary>
    /// <param name="input">The rated input.</param>
    /// <param name="firm">The firm id.</param>
    /// <returns>The assessments; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firm"/> is null.</exception>
    public IEnumerable<AnalystAssessment> RatingsOf(AssessedInput input, string firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        return Assessments.OrEmpty().Where(a => a.Rates is { } r && r.Input == input && r.Firm == firm);
    }

    /// <inheritdoc />
    public bool Equals(Case? other) =>
        other is not null && SchemaVersion == other.SchemaVersion && Id == other.Id && Title == other.Title
        && Summary == other.Summary && PrimaryFirm == other.PrimaryFirm
        && ArrayEquality.Equal(Documents, other.Documents) && ArrayEquality.Equal(Firms, other.Firms)
        && ArrayEquality.Equal(Markets, other.Markets) && ArrayEquality.Equal(Facts, other.Facts)
        && ArrayEquality.Equal(Assessments, other.Assessments) && ArrayEquality.Equal(Entries, other.Entries)
        && ArrayEquality.Equal(Relationships, other.Relationships) && ArrayEquality.Equal(Timeline, other.Timeline)
        && ArrayEquality.Equal(Competitors, other.Competitors)
        && ArrayEquality.Equal(Distances.OrEmpty(), other.Distances.OrEmpty()) && ArrayEquality.Equal(Institutions.OrEmpty(), other.Institutions.OrEmpty());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SchemaVersion);
        hash.Add(Id);
        hash.Add(Title);
        hash.Add(PrimaryFirm);
        ArrayEquality.Add(ref hash, Firms);
        ArrayEquality.Add(ref hash, Facts);
        return hash.ToHashCode();
    }

    private static T Get<T>(Dictionary<string, T> map, string id, string what)
    {
        ArgumentNullException.ThrowIfNull(id);
        return map.TryGetValue(id, out var value)
            ? value
            : throw new KeyNotFoundException($"The case has no {what} with id '{id}'.");
    }

    /// <summary>The lookup tables of one case, built from (and valid only for) the collections it remembers.</summary>
    private sealed class CaseIndex
    {
        private readonly ImmutableArray<Fact> facts;
        private readonly ImmutableArray<Firm> firms;
        private readonly ImmutableArray<Market> markets;
        private readonly ImmutableArray<SourceDocument> documents;
        private readonly ImmutableArray<AnalystAssessment> assessments;

        public CaseIndex(Case c)
        {
            facts = c.Facts;
            firms = c.Firms;
            markets = c.Markets;
            documents = c.Documents;
            assessments = c.Assessments;
            Facts = ById(facts, f => f.Id);
            Firms = ById(firms, f => f.Id);
            Markets = ById(markets, m => m.Id);
            Documents = ById(documents, d => d.Id);
            FactsByTopic = facts.OrEmpty().GroupBy(f => f.Topic).ToDictionary(g => g.Key, g => g.ToImmutableArray());
            Ratings = [];
            foreach (var assessment in assessments.OrEmpty())
            {
                if (assessment.Rates is { } r)
                {
                    var detail = r.Driver is { } d ? "driver:" + d.ToString() : r.Feature is { } f ? "feature:" + f.ToString() : r.Metric is { } m ? "metric:" + m : null;
                    Ratings.TryAdd((r.Input, r.Firm, r.Market, r.Resource, detail), assessment);
                }
            }
        }

        public Dictionary<string, Fact> Facts { get; }

        public Dictionary<string, Firm> Firms { get; }

        public Dictionary<string, Market> Markets { get; }

        public Dictionary<string, SourceDocument> Documents { get; }

        public Dictionary<FactTopic, ImmutableArray<Fact>> FactsByTopic { get; }

        public Dictionary<(AssessedInput Input, string Firm, string? Market, FactTopic? Resource, string? Detail), AnalystAssessment> Ratings { get; }

        /// <summary>Returns whether the index was built from exactly these collections (the same array instances).</summary>
        public bool IsFor(Case c) =>
            facts == c.Facts && firms == c.Firms && markets == c.Markets && documents == c.Documents && assessments == c.Assessments;

        private static Dictionary<string, T> ById<T>(ImmutableArray<T> items, Func<T, string> id)
        {
            var map = new Dictionary<string, T>(items.OrEmpty().Length, StringComparer.Ordinal);
            foreach (var item in items.OrEmpty())
            {
                if (id(item) is { } key)
                {
                    map.TryAdd(key, item);
                }
            }

            return map;
        }
    }
}
