namespace StrategyModel.Cases;

/// <summary>One problem the case loader found in a case file.</summary>
/// <param name="Code">The stable kebab-case code of the problem, one of <see cref="CaseProblemCodes"/>, e.g. <c>dangling-reference</c>.</param>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.facts[12].citations[0].quote</c>; <c>$</c> for the whole document.</param>
/// <param name="Message">What is wrong, in plain English.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CaseProblem(string Code, string Path, string Message)
{
    /// <summary>Returns <c>path: message (code)</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => $"{Path}: {Message} ({Code})";
}
