using System.Diagnostics;
using System.Text;
using StrategyModel.Cases;

namespace StrategyModel.Tests.Cases;

/// <summary>Seeded random corruption of a valid case: the loader must return a case or throw <see cref="CaseValidationException"/>, nothing else.</summary>
public sealed class CaseMutationTests
{
    private static readonly byte[][] Punctuation = ["{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(), "null"u8.ToArray(), "-"u8.ToArray(), "1e309"u8.ToArray(), "\"\\ud800\""u8.ToArray(), [0xFF], [0xEF, 0xBB, 0xBF], "NaN"u8.ToArray()];

    [Theory]
    [InlineData("full.json")]
    [InlineData("full-v2.json")]
    public void Parse_TenThousandSeededCorruptions_OnlyValidationExceptionsEscape(string file)
    {
        var original = File.ReadAllBytes(CaseTestData.Dir("Cases", file));
        var random = new Random(12345);
        var stopwatch = Stopwatch.StartNew();
        int valid = 0, invalid = 0;
        var codes = new HashSet<string>();

        for (var i = 0; i < 10_000; i++)
        {
            var mutated = Mutate(original, random);
            try
            {
                CaseLoader.Parse(mutated, "mutant.json");
                valid++;
            }
            catch (CaseValidationException ex)
            {
                invalid++;
                ex.SourceName.Should().Be("mutant.json");
                ex.Problems.Should().NotBeEmpty();
                foreach (var p in ex.Problems)
                {
                    codes.Add(p.Code);
                }
            }
            catch (Exception ex)
            {
                Assert.Fail($"Mutation {i} let {ex.GetType().Name} escape: {ex.Message}\n{Encoding.UTF8.GetString(mutated)}");
            }
        }

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        invalid.Should().BeGreaterThan(5_000, "most corruptions break the case");
        (valid + invalid).Should().Be(10_000);
        codes.Should().Contain(["syntax", "wrong-type", "dangling-reference"], "the corruptions reach every stage of the loader");
    }

    [Fact]
    public void Parse_SeededCorruptionsOfTheShippedAlibabaCase_OnlyValidationExceptionsEscapeAndBothPathsAgree()
    {
        // The shipped 295 KB case, as embedded in the library: real-world size, escapes and nesting, corrupted 1,000 times.
        // Each mutant is also read with the fast path off (always prescanning): the two must give the same case or the same problems.
        var original = AlibabaBytes();
        var random = new Random(67890);
        var stopwatch = Stopwatch.StartNew();
        int valid = 0, invalid = 0;

        for (var i = 0; i < 1_000; i++)
        {
            var mutated = Mutate(original, random);
            var fast = Outcome(() => CaseLoader.Parse(mutated, "alibaba-group.json"));
            var slow = Outcome(() => CaseReader.Read(mutated, "alibaba-group.json", new CaseLoaderOptions(), fastPath: false));
            fast.Should().Be(slow, $"mutation {i} must be read the same with and without the prescan fast path");
            if (fast.StartsWith("case:", StringComparison.Ordinal))
            {
                valid++;
            }
            else
            {
                invalid++;
            }
        }

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        invalid.Should().BeGreaterThan(500, "most corruptions break the case");
        (valid + invalid).Should().Be(1_000);
    }

    [Theory]
    [InlineData("full.json")]
    [InlineData("full-v2.json")]
    public void Parse_SeededCorruptionsOfTheFullCase_FastPathAgreesWithThePrescan(string file)
    {
        var original = File.ReadAllBytes(CaseTestData.Dir("Cases", file));
        var random = new Random(4242);
        for (var i = 0; i < 3_000; i++)
        {
            var mutated = Mutate(original, random);
            // Each limit is the default or a tight one, independently, so the fast path meets every limit at its boundary.
            var options = new CaseLoaderOptions();
            if (random.Next(2) == 0)
            {
                options.MaxDepth = 1 + random.Next(8);
            }

            if (random.Next(2) == 0)
            {
                options.MaxStringLength = 20 + random.Next(600);
            }

            if (random.Next(2) == 0)
            {
                options.MaxArrayLength = 1 + random.Next(12);
            }

            var fast = Outcome(() => CaseLoader.Parse(mutated, "full.json", options));
            var slow = Outcome(() => CaseReader.Read(mutated, "full.json", options, fastPath: false));
            fast.Should().Be(slow, $"mutation {i} must be read the same with and without the prescan fast path");
        }
    }

    private static byte[] AlibabaBytes()
    {
        using var stream = typeof(CaseLoader).Assembly.GetManifestResourceStream("StrategyModel.Cases.Data.alibaba-group.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The result as text: the case's rendering, or every problem's code, path and message; any other exception fails.</summary>
    private static string Outcome(Func<Case> load)
    {
        try
        {
            var c = load();
            return "case:" + Encoding.UTF8.GetString(CaseWriter.ToUtf8BytesUnchecked(c));
        }
        catch (CaseValidationException ex)
        {
            return "problems:" + string.Join("\n", ex.Problems.Select(p => $"{p.Code} {p.Path} {p.Message}"));
        }
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var count = random.Next(1, 4);
        for (var k = 0; k < count && bytes.Count > 0; k++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 16), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Punctuation[random.Next(Punctuation.Length)]);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 5:
                    SwapNumberForString(bytes, at);
                    break;
                default:
                    SwapStringForNumber(bytes, at, random);
                    break;
            }
        }

        return [.. bytes];
    }

    private static void SwapNumberForString(List<byte> bytes, int from)
    {
        var start = bytes.FindIndex(from, b => b is >= (byte)'0' and <= (byte)'9');
        if (start < 0)
        {
            return;
        }

        var end = start;
        while (end < bytes.Count && (bytes[end] is >= (byte)'0' and <= (byte)'9' || bytes[end] == (byte)'.'))
        {
            end++;
        }

        bytes.Insert(end, (byte)'"');
        bytes.Insert(start, (byte)'"');
    }

    private static void SwapStringForNumber(List<byte> bytes, int from, Random random)
    {
        var start = bytes.FindIndex(from, b => b == (byte)':');
        if (start < 0 || start + 2 >= bytes.Count || bytes[start + 2] != (byte)'"')
        {
            return;
        }

        var end = bytes.FindIndex(start + 3, b => b == (byte)'"');
        if (end < 0)
        {
            return;
        }

        bytes.RemoveRange(start + 2, end - start - 1);
        bytes.InsertRange(start + 2, Encoding.ASCII.GetBytes(random.Next(-5000, 5000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
