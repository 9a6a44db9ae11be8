using System.Text;

namespace StrategyModel.Assessments;

/// <summary>
/// Turns names such as <c>Rennie1993AsThesis</c>, <c>Knight &amp; Cavusgil</c> or an enum member such as
/// <c>CrossBorderECommerce</c> into kebab-case segments of rule ids and input names. The one spelling every framework,
/// the analyzer and the reports use.
/// </summary>
internal static class RuleIds
{
    public static string Kebab(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        var pendingHyphen = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                pendingHyphen = sb.Length > 0;
                continue;
            }

            if (sb.Length > 0 && !pendingHyphen)
            {
                var prev = name[i - 1];
                pendingHyphen = (char.IsAsciiLetterLower(prev) && char.IsAsciiLetterUpper(c))
                    || (char.IsAsciiDigit(prev) != char.IsAsciiDigit(c))
                    || (char.IsAsciiLetterUpper(prev) && char.IsAsciiLetterUpper(c) && i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1]));
            }

            if (pendingHyphen)
            {
                sb.Append('-');
                pendingHyphen = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
