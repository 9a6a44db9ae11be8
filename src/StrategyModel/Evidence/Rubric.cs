using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using StrategyModel.Cases;

namespace StrategyModel.Evidence;

/// <summary>
/// The anchored rubric of one assessed input: the construct as the literature defines it, and what each value the case format
/// allows for the input means, with an example (docs/rubrics.md).
/// </summary>
/// <remarks>Instances come from <see cref="RubricCatalog"/> and are immutable. An analyst rating names its rubric by <see cref="Id"/>.</remarks>
public sealed record Rubric
{
    internal Rubric(AssessedInput input, string construct, string definition, string source, string? guidance, params RubricAnchor[] anchors)
    {
        Id = CaseFormat.Inputs.Name(input);
        Input = input;
        Construct = construct;
        Definition = definition;
        Source = source;
        Guidance = guidance;
        Anchors = [.. anchors];
    }

    /// <summary>Gets the rubric's id: the rated input's kebab-case wire name, for example <c>location</c> or <c>driver</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the input the rubric rates.</summary>
    public AssessedInput Input { get; }

    /// <summary>Gets the construct's name, for example "Location advantage (L)".</summary>
    public string Construct { get; }

    /// <summary>Gets the construct's definition as the cited literature gives it.</summary>
    public string Definition { get; }

    /// <summary>Gets the literature the definition follows, as author-year citations, for example "Dunning (1980; 1988)".</summary>
    public string Source { get; }

    /// <summary>Gets what a rating must not rest on or must state for this construct, or <see langword="null"/> when the anchors say it all.</summary>
    /// <remarks>For example, the internalization and transaction-cost rubrics say they are rated from the transaction's attributes before
    /// the choice, never from the mode the firm chose.</remarks>
    public string? Guidance { get; }

    /// <summary>Gets the anchors, one per value the case format allows for the input, in the format's order (for strengths: absent, weak,
    /// moderate, strong).</summary>
    public ImmutableArray<RubricAnchor> Anchors { get; }

    /// <summary>Gets the anchor of a value.</summary>
    /// <param name="value">The value's wire name, for example <c>moderate</c>.</param>
    /// <param name="anchor">The anchor, or <see langword="null"/> when the rubric has no such value.</param>
    /// <returns><see langword="true"/> if the rubric has an anchor for the value (ordinal comparison).</returns>
    public bool TryGetAnchor(string value, [NotNullWhen(true)] out RubricAnchor? anchor)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var a in Anchors)
        {
            if (string.Equals(a.Value, value, StringComparison.Ordinal))
            {
                anchor = a;
                return true;
            }
        }

        anchor = null;
        return false;
    }
}
