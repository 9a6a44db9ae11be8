namespace StrategyModel.Sensitivity;

/// <summary>A scenario file that does not follow the scenario format (docs/robustness.md), naming the file, the JSON path and the problem.</summary>
public sealed class ScenarioFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file's path, or the source name given to <see cref="ScenarioReader.Parse"/>.</param>
    /// <param name="path">The JSON path of the offending element, such as <c>$.scenarios[0].overrides[1].value</c>.</param>
    /// <param name="problem">What is wrong, in a sentence.</param>
    /// <param name="inner">The JSON reader's exception, for malformed JSON.</param>
    public ScenarioFormatException(string file, string path, string problem, Exception? inner = null)
        : base($"{file}: {path}: {problem}", inner)
    {
        File = file;
        Path = path;
        Problem = problem;
    }

    /// <summary>Gets the file's path or source name.</summary>
    public string File { get; }

    /// <summary>Gets the JSON path of the offending element.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Problem { get; }
}
