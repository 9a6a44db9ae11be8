using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StrategyModel.Analysis;
using StrategyModel.Assessments;
using StrategyModel.BornGlobal;
using StrategyModel.Cases;
using StrategyModel.Distance;
using StrategyModel.Drivers;
using StrategyModel.EntryModes;
using StrategyModel.Evidence;
using StrategyModel.GenericStrategies;
using StrategyModel.Networks;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using StrategyModel.Uppsala;
using StrategyModel.Vrio;

namespace StrategyModel.Reporting;

/// <summary>The report's text helpers: one escaper for every user string by context (issue 15) and one humanizer that turns
/// identifiers into words, with singular and plural (issue 16).</summary>
public static partial class MarkdownReport
{
    private static readonly SearchValues<char> HtmlChars = SearchValues.Create("&<");
    private static readonly SearchValues<char> NotInCode = SearchValues.Create("`<>&|\r\n\\");
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029\t");

    // Member names of the enums whose values reach report sentences: a whole-word match in a sentence is turned into words.
    private static readonly FrozenSet<string> EnumWords = new[]
    {
        Enum.GetNames<HybridReading>(), Enum.GetNames<GenericStrategy>(), Enum.GetNames<CompetitiveScope>(), Enum.GetNames<ControlLevel>(),
        Enum.GetNames<EquityPosition>(), Enum.GetNames<ContractTerms>(), Enum.GetNames<InternalUncertaintyReading>(), Enum.GetNames<UppsalaPace>(),
        Enum.GetNames<StageChangeKind>(), Enum.GetNames<EstablishmentStage>(), Enum.GetNames<Strength>(), Enum.GetNames<CompetitiveImplication>(),
        Enum.GetNames<Judgment>(), Enum.GetNames<FindingOutcome>(), Enum.GetNames<NewVentureType>(), Enum.GetNames<SuccessFeature>(),
        Enum.GetNames<ValueChainCoordination>(), Enum.GetNames<EntryEventKind>(), Enum.GetNames<InputSource>(), Enum.GetNames<PlatformModel>(),
        Enum.GetNames<Confidence>(), Enum.GetNames<EntryMode>(), Enum.GetNames<EntryEndKind>(), Enum.GetNames<PartnerFunction>(),
        Enum.GetNames<RelationshipKind>(), Enum.GetNames<InstitutionalVoidKind>(), Enum.GetNames<DistanceDimension>(), Enum.GetNames<DistanceLevel>(),
        Enum.GetNames<DriverKind>(), Enum.GetNames<DriverCategory>(), Enum.GetNames<ServingRoute>(), Enum.GetNames<NetworkRouteVariant>(),
        Enum.GetNames<OliNetworkReading>(), Enum.GetNames<InternationalizationDegree>(), Enum.GetNames<NetworkSituation>(), Enum.GetNames<FactTopic>(),
        ["Rennie1993AsThesis", "Rennie1993", "KnightCavusgil"],
    }.SelectMany(n => n).Where(n => n != "Unspecified").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Turns an enum value into lower-case words: <c>SalesSubsidiary</c> reads "sales subsidiary".</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The words.</returns>
    internal static string Humanize<T>(T value)
        where T : struct, Enum => Humanize(value.ToString());

    /// <summary>Turns an identifier such as <c>CrossBorderECommerce</c>, <c>NotMet</c> or <c>Rennie1993AsThesis</c> into words
    /// ("cross-border e-commerce", "not met", "Rennie (1993) as the thesis reads it"); text that is not a single identifier goes through
    /// <see cref="HumanizeText"/>.</summary>
    /// <param name="identifier">The identifier.</param>
    /// <returns>The words.</returns>
    internal static string Humanize(string identifier)
    {
        switch (identifier)
        {
            case "Rennie1993AsThesis": return "Rennie (1993) as the thesis reads it";
            case "Rennie1993": return "Rennie (1993)";
            case "KnightCavusgil": return "Knight and Cavusgil";
        }

        if (identifier.Length == 0 || !char.IsAsciiLetterUpper(identifier[0]) || !identifier.All(char.IsAsciiLetterOrDigit))
        {
            return HumanizeText(identifier);
        }

        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= identifier.Length; i++)
        {
            if (i == identifier.Length || IsBoundary(identifier, i))
            {
                words.Add(identifier[start..i]);
                start = i;
            }
        }

        // An acronym (B2B, OLI) keeps its capitals; an ordinary word is lower-cased.
        var text = string.Join(" ", words.Select(w => w.Count(char.IsAsciiLetterUpper) > 1 || w.Any(char.IsAsciiDigit) ? w : w.ToLowerInvariant()));
        return text.Replace("cross border", "cross-border", StringComparison.Ordinal).Replace("e commerce", "e-commerce", StringComparison.Ordinal);

        static bool IsBoundary(string s, int i) =>
            (char.IsAsciiLetterUpper(s[i]) && char.IsAsciiLetterLower(s[i - 1]))
            || (char.IsAsciiLetterUpper(s[i]) && i + 1 < s.Length && char.IsAsciiLetterLower(s[i + 1]) && char.IsAsciiLetterUpper(s[i - 1]) && !IsAcronymRun(s, i))
            || (char.IsAsciiDigit(s[i]) != char.IsAsciiDigit(s[i - 1]) && !IsAcronymRun(s, i));

        // B2B, B2C and C2C stay one word.
        static bool IsAcronymRun(string s, int i) =>
            (char.IsAsciiDigit(s[i]) && char.IsAsciiLetterUpper(s[i - 1]) && i + 1 < s.Length && char.IsAsciiLetterUpper(s[i + 1]) && (i + 2 == s.Length || !char.IsAsciiLetterLower(s[i + 2])))
            || (char.IsAsciiLetterUpper(s[i]) && char.IsAsciiDigit(s[i - 1]) && (i + 1 == s.Length || !char.IsAsciiLetterLower(s[i + 1])));
    }

    /// <summary>Turns every whole-word enum identifier in a sentence into words, leaving other words (names, rule ids) alone.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The sentence in words.</returns>
    /// <remarks>A one-word member (<c>Acquisition</c>) is lower-cased only inside a sentence, not where a sentence or clause starts.</remarks>
    internal static string HumanizeText(string sentence) =>
        IdentifierPattern().Replace(sentence, m =>
        {
            if (!EnumWords.Contains(m.Value))
            {
                return m.Value;
            }

            if (m.Value.Skip(1).Any(char.IsAsciiLetterUpper) || m.Value.Any(char.IsAsciiDigit))
            {
                return Humanize(m.Value);
            }

            var before = sentence.AsSpan(0, m.Index).TrimEnd(" (\"'");
            return before.Length == 0 || before[^1] is '.' or ':' or ';' or '!' or '?' or '=' ? m.Value : m.Value.ToLowerInvariant();
        });

    /// <summary>A count with its noun in the singular or plural: "1 input", "2 inputs".</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The singular noun.</param>
    /// <param name="plural">The plural noun, or <see langword="null"/> for the singular plus "s".</param>
    /// <returns>The count and noun.</returns>
    internal static string Count(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

    /// <summary>Neutralises HTML in user text: every <c>&lt;</c> becomes <c>&amp;lt;</c> (so no tag, comment or autolink can open) and an
    /// <c>&amp;</c> that could start an entity reference becomes <c>&amp;amp;</c>; a <c>&gt;</c> or a lone <c>&amp;</c> cannot form markup
    /// once no tag opens, so they stay as typed and the raw text stays readable.</summary>
    /// <param name="text">User text.</param>
    /// <returns>The encoded text.</returns>
    internal static string EscapeHtml(string text)
    {
        if (text.AsSpan().IndexOfAny(HtmlChars) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<')
            {
                sb.Append("&lt;");
            }
            else if (c == '&' && i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '#'))
            {
                sb.Append("&amp;");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Escapes user text for a heading or a paragraph: one line, HTML encoded, inline Markdown (<c>\</c>, backticks, <c>*</c>,
    /// <c>_</c>, <c>[</c>, <c>]</c>) backslash-escaped, and a leading character that would start a block (<c>#</c>, <c>-</c>, <c>+</c>,
    /// <c>=</c>, <c>~</c>, <c>&gt;</c>, an ordered-list number) neutralised; HTML as <see cref="EscapeHtml"/>.</summary>
    /// <param name="text">User text.</param>
    /// <returns>The escaped text.</returns>
    internal static string EscapeInline(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in EscapeHtml(OneLine(text)).TrimStart())
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        if (sb.Length > 0 && sb[0] is '#' or '-' or '+' or '=' or '~')
        {
            sb.Insert(0, '\\');
        }
        else if (sb.Length > 0 && sb[0] == '>')
        {
            sb.Remove(0, 1).Insert(0, "&gt;");
        }

        // "1. x" or "1) x" would start an ordered list.
        var digits = 0;
        while (digits < sb.Length && char.IsAsciiDigit(sb[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < sb.Length && sb[digits] is '.' or ')')
        {
            sb.Insert(digits, '\\');
        }

        return sb.ToString();
    }

    /// <summary>Escapes user text for a table cell: as <see cref="EscapeInline"/>, and <c>|</c> as <c>\|</c>, so the row keeps its columns.</summary>
    /// <param name="text">User text.</param>
    /// <returns>The escaped text.</returns>
    internal static string EscapeCell(string text) => EscapeInline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>An identifier as inline code; text a code span cannot hold safely (a backtick, markup, a pipe, a line break) is escaped as text instead.</summary>
    /// <param name="text">User text.</param>
    /// <returns>The Markdown.</returns>
    internal static string Code(string text) =>
        text.Length > 0 && text.AsSpan().IndexOfAny(NotInCode) < 0 ? "`" + text + "`" : EscapeCell(text);

    // Line breaks (CR, LF, NEL, LS, PS) and tabs become spaces.
    private static string OneLine(string text) =>
        text.AsSpan().IndexOfAny(LineBreaks) < 0
            ? text
            : string.Create(text.Length, text, static (span, s) =>
            {
                for (var i = 0; i < s.Length; i++)
                {
                    span[i] = s[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t' ? ' ' : s[i];
                }
            });

    // Capitalised words and identifiers (Export, NotMet, CrossBorderECommerce, Rennie1993AsThesis).
    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
