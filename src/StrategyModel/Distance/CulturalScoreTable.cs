using System.Collections.Immutable;
using System.Globalization;

namespace StrategyModel.Distance;

/// <summary>Published cultural dimension scores of a set of countries, with their source: the data the Kogut &amp; Singh index reads.</summary>
/// <remarks>
/// <para>The library ships no scores: Hofstede's are copyrighted. Load the scores you are licensed to use from a CSV file
/// (<see cref="ParseCsv"/>):</para>
/// <code>
/// # model: hofstede-4
/// # source: Hofstede (1980), Culture's Consequences, Table ...
/// country,PDI,IDV,MAS,UAI
/// US,40,91,62,46
/// </code>
/// <para>The <c># model:</c> and <c># source:</c> lines are required; other lines starting with <c>#</c> and blank lines are ignored.
/// The header names the dimensions (any number, any model); each row gives a country code and one invariant-culture number per
/// dimension. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CulturalScoreTable
{
    private readonly ImmutableDictionary<string, ImmutableArray<decimal>> rows;

    /// <summary>Creates a table.</summary>
    /// <param name="model">The model, such as <c>hofstede-4</c>.</param>
    /// <param name="source">The citation of the scores.</param>
    /// <param name="dimensions">The dimension names, distinct.</param>
    /// <param name="scores">Each country's scores, one per dimension in order.</param>
    /// <exception cref="ArgumentException">A blank model or source, no or repeated dimensions, a country listed twice, or a row of the wrong length.</exception>
    public CulturalScoreTable(string model, string source, IEnumerable<string> dimensions, IEnumerable<KeyValuePair<string, ImmutableArray<decimal>>> scores)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(scores);
        Model = model;
        Source = source;
        Dimensions = [.. dimensions];
        if (Dimensions.Length == 0 || Dimensions.Distinct(StringComparer.OrdinalIgnoreCase).Count() != Dimensions.Length || Dimensions.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Give at least one dimension, each named once.", nameof(dimensions));
        }

        var builder = ImmutableDictionary.CreateBuilder<string, ImmutableArray<decimal>>(StringComparer.OrdinalIgnoreCase);
        var order = ImmutableArray.CreateBuilder<string>();
        foreach (var (country, values) in scores)
        {
            if (string.IsNullOrWhiteSpace(country) || values.IsDefault || values.Length != Dimensions.Length)
            {
                throw new ArgumentException(Fmt($"Country '{country}' needs exactly {Dimensions.Length} scores."), nameof(scores));
            }

            if (!builder.TryAdd(country, values))
            {
                throw new ArgumentException(Fmt($"Country '{country}' is listed twice."), nameof(scores));
            }

            order.Add(country);
        }

        rows = builder.ToImmutable();
        Countries = order.ToImmutable();
    }

    /// <summary>Gets the model the dimensions come from.</summary>
    public string Model { get; }

    /// <summary>Gets the citation of the scores.</summary>
    public string Source { get; }

    /// <summary>Gets the dimension names in column order.</summary>
    public ImmutableArray<string> Dimensions { get; }

    /// <summary>Gets the countries in row order.</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>Parses a score table from CSV text (see the remarks of <see cref="CulturalScoreTable"/>).</summary>
    /// <param name="csv">The text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FormatException">A required line is missing, or a row is malformed; the message names the line.</exception>
    public static CulturalScoreTable ParseCsv(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        string? model = null, source = null;
        string[]? header = null;
        var scores = new List<KeyValuePair<string, ImmutableArray<decimal>>>();
        var lines = csv.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                var text = line[1..].Trim();
                if (text.StartsWith("model:", StringComparison.OrdinalIgnoreCase))
                {
                    model = text["model:".Length..].Trim();
                }
                else if (text.StartsWith("source:", StringComparison.OrdinalIgnoreCase))
                {
                    source = text["source:".Length..].Trim();
                }

                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (header is null)
            {
                header = cells;
                continue;
            }

            if (cells.Length != header.Length)
            {
                throw new FormatException(Fmt($"Line {n + 1}: {cells.Length} cells, the header has {header.Length}."));
            }

            var values = new decimal[cells.Length - 1];
            for (var i = 1; i < cells.Length; i++)
            {
                if (!decimal.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i - 1]))
                {
                    throw new FormatException(Fmt($"Line {n + 1}: '{cells[i]}' is not a number."));
                }
            }

            scores.Add(new(cells[0], [.. values]));
        }

        if (string.IsNullOrWhiteSpace(model) || string.IsNullOrWhiteSpace(source))
        {
            throw new FormatException("A score table needs a '# model:' line and a '# source:' line.");
        }

        if (header is null || header.Length < 2)
        {
            throw new FormatException("A score table needs a header: country, then one column per dimension.");
        }

        try
        {
            return new CulturalScoreTable(model, source, header[1..], scores);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>Returns a country's scores in dimension order.</summary>
    /// <param name="country">The country code (compared ignoring case).</param>
    /// <returns>The scores.</returns>
    /// <exception cref="KeyNotFoundException">The table has no such country.</exception>
    public ImmutableArray<decimal> Scores(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return rows.TryGetValue(country, out var values) ? values : throw new KeyNotFoundException(Fmt($"The score table has no country '{country}'."));
    }

    /// <summary>Returns the position of a dimension.</summary>
    /// <param name="dimension">The dimension name (compared ignoring case).</param>
    /// <returns>Its index in <see cref="Dimensions"/>.</returns>
    /// <exception cref="KeyNotFoundException">The table has no such dimension.</exception>
    public int DimensionIndex(string dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        for (var i = 0; i < Dimensions.Length; i++)
        {
            if (string.Equals(Dimensions[i], dimension, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new KeyNotFoundException(Fmt($"The score table has no dimension '{dimension}'."));
    }

    private static string Fmt(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
