using System.Globalization;
using SharpFuzz;
using StrategyModel.Analysis;
using StrategyModel.Cases;
using StrategyModel.Reporting;

namespace StrategyModel.Fuzz;

/// <summary>
/// The fuzzing entry points. Modes: <c>afl</c> (default; run under afl-fuzz after <c>sharpfuzz</c> instrumentation),
/// <c>libfuzzer</c> (SharpFuzz's libFuzzer mode), <c>replay</c> (run saved inputs in process and say which stage throws) and
/// <c>random</c> (an in-process random-mutation driver over the same target, for machines without AFL). See README.md.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "afl";
        switch (mode)
        {
            case "afl":
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    Target.Run(buffer.ToArray());
                });
                return 0;
            case "libfuzzer":
                Fuzzer.LibFuzzer.Run(span => Target.Run(span.ToArray()));
                return 0;
            case "replay":
                return Replay(args.Skip(1));
            case "random":
                return RandomDriver.Run(args.Skip(1).ToArray());
            default:
                Console.Error.WriteLine("usage: StrategyModel.Fuzz [afl | libfuzzer | replay <files or folders>... | random <seconds> <seed folder> <findings folder>]");
                return 2;
        }
    }

    private static int Replay(IEnumerable<string> paths)
    {
        var failures = 0;
        foreach (var file in paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]))
        {
            if (Path.GetFileName(file) == "README.txt")
            {
                continue;
            }

            try
            {
                Target.Run(File.ReadAllBytes(file));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok    {file}"));
            }
            catch (Exception ex)
            {
                failures++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CRASH {file}: {ex.GetType().Name}: {ex.Message}"));
                Console.WriteLine(ex.InnerException?.ToString() ?? ex.ToString());
            }
        }

        return failures == 0 ? 0 : 1;
    }
}

/// <summary>The fuzz target: load; whatever loads is analysed as of a few years, rendered both ways, written and reloaded.</summary>
internal static class Target
{
    private static readonly CaseAnalyzer Analyzer = new();

    /// <summary>Runs one input. Returns normally when the input is rejected with <see cref="CaseValidationException"/> or
    /// survives every stage; any other exception is a finding (wrapped in a <see cref="StageException"/> naming the stage).</summary>
    public static void Run(byte[] input)
    {
        Case loaded;
        try
        {
            loaded = CaseLoader.Parse(input, "fuzz.json");
        }
        catch (CaseValidationException)
        {
            return;
        }
        catch (Exception ex)
        {
            throw new StageException("load", ex);
        }

        foreach (var year in YearsOf(loaded))
        {
            CaseAnalysis analysis;
            try
            {
                analysis = Analyzer.Analyze(loaded, year);
            }
            catch (Exception ex)
            {
                throw new StageException(string.Create(CultureInfo.InvariantCulture, $"analyze({year})"), ex);
            }

            try
            {
                _ = MarkdownReport.Render(analysis);
                _ = JsonReport.Render(analysis);
                _ = HtmlReport.Render(analysis);
            }
            catch (Exception ex)
            {
                throw new StageException(string.Create(CultureInfo.InvariantCulture, $"report({year})"), ex);
            }
        }

        byte[] written;
        try
        {
            written = CaseWriter.ToUtf8Bytes(loaded);
        }
        catch (ArgumentException ex) when (ex.InnerException is CaseValidationException && DeclaresVersion1(input))
        {
            // By design: a case upgraded from version 1 lacks what version 2 requires (a rating's confidence and asOf, a negative
            // value's meaning), so the writer refuses it rather than write a file that does not load (docs/case-format.md).
            return;
        }
        catch (Exception ex)
        {
            throw new StageException("write", ex);
        }

        Case reloaded;
        try
        {
            reloaded = CaseLoader.Parse(written, "rewritten.json");
        }
        catch (Exception ex)
        {
            throw new StageException("reload", ex);
        }

        if (!reloaded.Equals(loaded))
        {
            throw new StageException("reload", new InvalidOperationException("The reloaded case differs from the loaded one."));
        }
    }

    private static bool DeclaresVersion1(byte[] input)
    {
        using var document = System.Text.Json.JsonDocument.Parse(input);
        return document.RootElement.TryGetProperty("schemaVersion", out var v) && v.TryGetDecimal(out var d) && d == 1m;
    }

    /// <summary>The first, the last and one middle year the case speaks of (founding, entries, timeline, relationships), within 1600..3000.</summary>
    public static IEnumerable<int> YearsOf(Case c)
    {
        var years = new List<int>();
        years.AddRange(c.Firms.Where(f => f is not null && f.FoundedYear is not null).Select(f => f.FoundedYear!.Value));
        years.AddRange(c.Entries.Where(e => e is not null).Select(e => e.Start.Year));
        years.AddRange(c.Timeline.Where(t => t is not null).Select(t => t.Year));
        years.AddRange(c.Relationships.Where(r => r is not null && r.Year is not null).Select(r => r.Year!.Value));
        if (years.Count == 0)
        {
            return [2020];
        }

        var first = Math.Clamp(years.Min(), 1600, 3000);
        var last = Math.Clamp(years.Max(), 1600, 3000);
        return new[] { first, first + ((last - first) / 2), last }.Distinct();
    }
}

/// <summary>A finding: the stage of <see cref="Target.Run"/> that threw, with the exception as the inner exception.</summary>
internal sealed class StageException : Exception
{
    public StageException(string stage, Exception inner)
        : base($"{stage}: {inner.GetType().Name}: {inner.Message}", inner)
    {
    }
}
