using System.Text.RegularExpressions;
using StrategyModel.Cases;

namespace StrategyModel.Tests.Cases;

public sealed class CaseFormatTests
{
    // The format's id pattern (docs/case-format.md, case.schema.json), which the hand-written IsId must match exactly.
    private static readonly Regex IdPattern = new("^[a-z0-9][a-z0-9-]*\\z", RegexOptions.CultureInvariant);

    [Fact]
    public void IsId_EveryShortString_AgreesWithThePattern()
    {
        char[] alphabet = ['a', 'z', '0', '9', '-', 'A', '\n', '_', ' ', 'é'];
        var checkedCount = 0;
        foreach (var text in Strings(alphabet, 5))
        {
            CaseFormat.IsId(text).Should().Be(IdPattern.IsMatch(text), $"'{Regex.Escape(text)}'");
            checkedCount++;
        }

        checkedCount.Should().Be(111_111);
    }

    [Theory]
    [InlineData("alibaba-group", true)]
    [InlineData("a\n", false)] // issue 15: the schema (ECMA-262 `$`) rejects an id ending in a line feed; the loader did not
    [InlineData("a\n\n", false)]
    [InlineData("-a", false)]
    [InlineData("", false)]
    [InlineData("Alibaba", false)]
    public void IsId_Examples_MatchThePattern(string text, bool expected)
    {
        CaseFormat.IsId(text).Should().Be(expected);
        IdPattern.IsMatch(text).Should().Be(expected);
    }

    private static IEnumerable<string> Strings(char[] alphabet, int maxLength)
    {
        IEnumerable<string> current = [string.Empty];
        yield return string.Empty;
        for (var length = 1; length <= maxLength; length++)
        {
            current = current.SelectMany(prefix => alphabet.Select(c => prefix + c)).ToList();
            foreach (var text in current)
            {
                yield return text;
            }
        }
    }
}
