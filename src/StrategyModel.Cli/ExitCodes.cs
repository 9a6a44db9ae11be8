namespace StrategyModel.Cli;

/// <summary>The exit codes of the <c>strategymodel</c> command, documented in its help and README.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked: every case file is valid, every report was written.</summary>
    public const int Success = 0;

    /// <summary>At least one case file is not a valid case (its problems are printed with their JSON paths).</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing argument, a file or case id that does not exist.</summary>
    public const int Usage = 2;
}
