using System.Globalization;
using System.Security.Cryptography;

namespace StrategyModel.Fuzz;

/// <summary>
/// The fallback driver for machines without AFL or libFuzzer: random byte- and token-level mutations of the seed corpus, run in
/// process against <see cref="Target.Run"/>; each input that throws anything but a rejection is saved to the findings folder.
/// Not coverage-guided, so weaker than AFL; deterministic for a given seed (the fifth argument, default 1).
/// </summary>
internal static class RandomDriver
{
    private static readonly string[] Tokens =
    [
        "0", "-1", "1e-400", "1e400", "2147483648", "-2147483649", "99999999999999999999999999999999999999", "1.0", "2012.0", "250",
        "null", "true", "\"\"", "\"XX\"", "\"a\\n\"", "\"\\ud800\"", "{}", "[]", "\"billion\"", "\"thousand\"", "3000", "1600",
        "\"percent\"", "\"count\"", "\"acquisition\"", "\"competitor\"",
    ];

    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: random <seconds> <seed folder> <findings folder> [seed]");
            return 2;
        }

        var seconds = int.Parse(args[0], CultureInfo.InvariantCulture);
        var seeds = Directory.EnumerateFiles(args[1]).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Directory.CreateDirectory(args[2]);
        var random = new Random(args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
        var until = DateTime.UtcNow.AddSeconds(seconds);
        long executions = 0;
        var findings = new HashSet<string>(StringComparer.Ordinal);
        while (DateTime.UtcNow < until)
        {
            var input = Mutate(seeds[random.Next(seeds.Count)], random);
            executions++;
            try
            {
                Target.Run(input);
            }
            catch (Exception ex)
            {
                var key = ex.Message.Length > 120 ? ex.Message[..120] : ex.Message;
                if (findings.Add(key))
                {
                    var name = Convert.ToHexString(SHA256.HashData(input))[..16];
                    File.WriteAllBytes(Path.Combine(args[2], name), input);
                    Console.WriteLine($"finding {name}: {ex.Message}");
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"executions: {executions}, distinct findings: {findings.Count}"));
        return 0;
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var data = new List<byte>(seed);
        var count = 1 + random.Next(4);
        for (var i = 0; i < count && data.Count > 0; i++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(5))
            {
                case 0:
                    data[at] = (byte)random.Next(256);
                    break;
                case 1:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(8)));
                    break;
                case 2:
                    data.InsertRange(at, System.Text.Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 3:
                    // Replace a number or a quoted token with a token.
                    var end = at;
                    while (end < data.Count && data[end] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)'\n'))
                    {
                        end++;
                    }

                    var start = data.LastIndexOf((byte)':', at);
                    if (start >= 0 && start < end)
                    {
                        data.RemoveRange(start + 1, end - start - 1);
                        data.InsertRange(start + 1, System.Text.Encoding.UTF8.GetBytes(" " + Tokens[random.Next(Tokens.Length)]));
                    }

                    break;
                default:
                    var length = Math.Min(data.Count - at, 1 + random.Next(64));
                    data.InsertRange(random.Next(data.Count), data.GetRange(at, length));
                    break;
            }
        }

        return [.. data];
    }
}
