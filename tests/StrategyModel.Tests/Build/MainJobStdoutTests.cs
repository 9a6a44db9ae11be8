using System.Diagnostics;
using System.Text;
using System.Text.Json;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;

namespace StrategyModel.Tests.Build;

/// <summary>
/// The README's main job prints only the report on standard output in any checkout (issue 16): a clone without a git remote
/// used to get SourceLink's two MSBuild warnings at the top of stdout, so <c>-- --json</c> was not JSON. This clones the
/// committed repository to a temporary folder, removes its remote, and runs the main job there exactly as the README says.
/// </summary>
/// <remarks>Slow (a cold build of the library and the sample, about a minute) but part of the default run, so CI runs it. It
/// tests the committed state (<c>git clone</c> of HEAD), not uncommitted edits.</remarks>
[Trait("Category", "Slow")]
public sealed class MainJobStdoutTests : IDisposable
{
    private readonly string clone = Path.Combine(Path.GetTempPath(), "strategymodel-noremote-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(clone))
        {
            foreach (var file in Directory.EnumerateFiles(clone, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal); // git's pack files are read-only
            }

            Directory.Delete(clone, recursive: true);
        }
    }

    [Fact]
    public void MainJob_InACloneWithoutARemote_PrintsOnlyTheReport()
    {
        Run("git", $"clone --quiet --no-hardlinks \"{RepositoryPaths.Root}\" \"{clone}\"", Path.GetTempPath()).Code.Should().Be(0);
        Run("git", "remote remove origin", clone).Code.Should().Be(0);
        Run("git", "remote", clone).Out.Should().BeEmpty("the clone must have no remote for this test to prove anything");

        var json = Run("dotnet", "run --disable-build-servers --project samples/StrategyModel.Samples.AlibabaAnalysis -- --json", clone);
        json.Code.Should().Be(0, json.Err);
        var markdown = Run("dotnet", "run --disable-build-servers --project samples/StrategyModel.Samples.AlibabaAnalysis", clone);
        markdown.Code.Should().Be(0, markdown.Err);

        // The JSON run's stdout parses as JSON and is exactly the report the library renders for the main job's analysis.
        using (var parsed = JsonDocument.Parse(json.Out))
        {
            parsed.RootElement.GetProperty("caseId").GetString().Should().Be("alibaba-group");
        }

        // It is exactly that report: the analysis, the comparison and the robustness section are all there, as the sample builds them.
        var analyzer = new CaseAnalyzer();
        var analysis = analyzer.Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        var robustness = new StrategyModel.Sensitivity.RobustnessAnalyzer().Analyze(CaseLibrary.Shipped.Get("alibaba-group"), 2018);
        using (var parsed = JsonDocument.Parse(json.Out))
        using (var expected = JsonDocument.Parse(JsonReport.Render(analysis, analyzer.Compare(analysis, "russia", "southeast-asia"), robustness)))
        {
            parsed.RootElement.GetProperty("markets").GetRawText().Should().Be(expected.RootElement.GetProperty("markets").GetRawText());
            parsed.RootElement.GetProperty("robustness").GetRawText().Should().Be(expected.RootElement.GetProperty("robustness").GetRawText());
        }

        // The Markdown run's stdout is byte for byte the sample's expected output in that clone: no build noise before it.
        markdown.Out.Should().Be(File.ReadAllText(Path.Combine(clone, "samples", "StrategyModel.Samples.AlibabaAnalysis", "expected-output.txt")));
    }

    private static (int Code, string Out, string Err) Run(string fileName, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };

        // The test host runs under `dotnet test`, whose MSBuild variables would steer the child build; and a node left running
        // after the build would hold the output pipe open.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {arguments} did not finish in 5 minutes.");
        }

        return (process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
    }
}
