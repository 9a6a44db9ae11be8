namespace StrategyModel.Cli;

/// <summary>A command line that names something that does not exist or does not fit: reported in one line, with exit code 2.</summary>
internal sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one-line message shown to the user.</param>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public UsageException()
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The one-line message shown to the user.</param>
    /// <param name="innerException">The cause.</param>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
