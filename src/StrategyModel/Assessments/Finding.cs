using System.Collections.Immutable;

namespace StrategyModel.Assessments;

/// <summary>One rule's account of itself: which rule, what it concluded, the inputs and evidence it read and the thresholds it compared against.</summary>
/// <remarks>
/// Every assessment lists a finding for every criterion of its framework, met or not, so a reader can check
/// each step. <see cref="RuleId"/> is stable across releases (for example <c>oli.route.fdi</c>) and is public API.
/// Equality compares every member, collections element by element.
/// </remarks>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The stable rule id.</param>
    /// <param name="outcome">What the rule concluded.</param>
    /// <param name="sentence">A sentence a reader can check against the inputs.</param>
    /// <param name="inputs">The inputs the rule read; a default array is stored as empty.</param>
    /// <param name="thresholds">The options the rule compared against; a default array is stored as empty.</param>
    /// <param name="source">The literature the rule follows, such as <c>Dunning (1981, p. 79)</c>; empty for the library's own convention.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/>, <paramref name="sentence"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> or <paramref name="sentence"/> is empty or whitespace, or <paramref name="outcome"/> is <see cref="FindingOutcome.Unspecified"/> or undefined.</exception>
    public Finding(
        string ruleId,
        FindingOutcome outcome,
        string sentence,
        ImmutableArray<FindingInput> inputs,
        ImmutableArray<FindingThreshold> thresholds,
        string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(sentence);
        ArgumentNullException.ThrowIfNull(source);
        if (outcome == FindingOutcome.Unspecified || !Enum.IsDefined(outcome))
        {
            throw new ArgumentException("A finding needs a defined outcome.", nameof(outcome));
        }

        RuleId = ruleId;
        Outcome = outcome;
        Sentence = sentence;
        Inputs = inputs.IsDefault ? [] : inputs;
        Thresholds = thresholds.IsDefault ? [] : thresholds;
        Source = source;
    }

    /// <summary>Gets the stable rule id, such as <c>oli.route.fdi</c>.</summary>
    public string RuleId { get; }

    /// <summary>Gets what the rule concluded.</summary>
    public FindingOutcome Outcome { get; }

    /// <summary>Gets a sentence stating the conclusion and why.</summary>
    public string Sentence { get; }

    /// <summary>Gets the inputs the rule read, with their evidence.</summary>
    public ImmutableArray<FindingInput> Inputs { get; }

    /// <summary>Gets the options the rule compared against.</summary>
    public ImmutableArray<FindingThreshold> Thresholds { get; }

    /// <summary>Gets the literature the rule follows; empty when the rule is the library's own convention.</summary>
    public string Source { get; }

    /// <summary>Gets the ids of every piece of evidence behind the inputs, in order of first appearance, without repeats.</summary>
    /// <remarks>Computed from <see cref="Inputs"/> on each read: a new array each time.</remarks>
    public ImmutableArray<string> Evidence
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var input in Inputs)
            {
                foreach (var id in input.Evidence)
                {
                    if (seen.Add(id))
                    {
                        builder.Add(id);
                    }
                }
            }

            return builder.ToImmutable();
        }
    }

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null
        && RuleId == other.RuleId
        && Outcome == other.Outcome
        && Sentence == other.Sentence
        && Source == other.Source
        && Inputs.AsSpan().SequenceEqual(other.Inputs.AsSpan())
        && Thresholds.AsSpan().SequenceEqual(other.Thresholds.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Outcome, Sentence, Inputs.Length);

    /// <inheritdoc />
    public override string ToString() => $"[{RuleId}] {Outcome}: {Sentence}";
}
