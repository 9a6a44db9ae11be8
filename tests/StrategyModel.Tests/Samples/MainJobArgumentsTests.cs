using System.Globalization;
using System.Reflection;

namespace StrategyModel.Tests.Samples;

/// <summary>
/// The main job's command line (issue 16, newcomer review item 6): <c>-- --help</c> printed the 2018 report and <c>-- foo</c> died
/// with an unhandled <see cref="FormatException"/> and a stack trace (exit 134). Now: help on stdout, exit 0; a bad argument is
/// one line on stderr, exit 2; a year before the firm's founding is a note on stderr, and stdout stays the report.
/// </summary>
[Collection(ConsoleBoundTests.Name)]
public sealed class MainJobArgumentsTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_PrintsUsageAndExitsZero(string flag)
    {
        var (code, output, error) = Run(flag);

        code.Should().Be(0);
        output.Should().Contain("usage: dotnet run --project samples/StrategyModel.Samples.AlibabaAnalysis");
        output.Should().NotContain("# Alibaba Group", "help is not the report");
        error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("2018", "2019")]
    [InlineData("--jsn")]
    [InlineData("-5")]
    public void BadArgument_OneLineOnStandardErrorAndExitTwo(params string[] args)
    {
        var (code, output, error) = Run(args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.TrimEnd('\n').Should().NotContain("\n", "a usage error is one line").And.StartWith("unexpected argument '");
    }

    [Fact]
    public void YearBeforeFounding_NoteOnStandardError_ReportOnStandardOutput()
    {
        var (code, output, error) = Run("1990");

        code.Should().Be(0);
        error.Should().StartWith("note: 1990 is before Alibaba Group was founded (1999)");
        output.Should().StartWith("# Alibaba Group");
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var entryPoint = Assembly.Load(new AssemblyName("StrategyModel.Samples.AlibabaAnalysis")).EntryPoint!;
        var (originalOut, originalError, originalCulture) = (Console.Out, Console.Error, CultureInfo.CurrentCulture);
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var code = (int)entryPoint.Invoke(null, [args])!;
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
            CultureInfo.CurrentCulture = originalCulture;
        }
    }
}
