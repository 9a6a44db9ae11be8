namespace StrategyModel.Evidence;

/// <summary>What one value of a rubric means: the anchor sentence an analyst rates against and a short generic example.</summary>
/// <remarks>Instances come from <see cref="RubricCatalog"/> and are immutable.</remarks>
public sealed record RubricAnchor
{
    internal RubricAnchor(string value, string anchor, string example)
    {
        Value = value;
        Anchor = anchor;
        Example = example;
    }

    /// <summary>Gets the value's wire name in the case format, for example <c>strong</c>, <c>yes</c> or <c>improving</c>.</summary>
    public string Value { get; }

    /// <summary>Gets the anchor sentence: what the evidence must show for a rating to take this value.</summary>
    public string Anchor { get; }

    /// <summary>Gets a short generic example of a firm or market that takes this value.</summary>
    public string Example { get; }
}
