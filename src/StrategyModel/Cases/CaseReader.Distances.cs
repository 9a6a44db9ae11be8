using System.Text.Json;
using StrategyModel.Distance;
using StrategyModel.Evidence;

namespace StrategyModel.Cases;

/// <summary>Reads and checks the <c>distances</c> and <c>institutions</c> sections (docs/case-format.md).</summary>
internal sealed partial class CaseReader
{
    private CountryPairDistance? ReadDistance(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.PairDistance);
        if (o is null)
        {
            return null;
        }

        var from = TryGet(o, "from", out var fe, out var fp) ? CountryAt(fe, fp) : null;
        var to = TryGet(o, "to", out var te, out var tp) ? CountryAt(te, tp) : null;
        if (!o.ContainsKey("to") && !o.ContainsKey("market"))
        {
            Add(CaseProblemCodes.MissingRequired, Child(o.Path, "to"), "A distance names its host: give to (an ISO 3166-1 alpha-2 code), market (a market id) or both.");
        }

        var measures = Array(o, "measures", 0, ReadMeasure);
        var scores = TryGet(o, "scores", out var se, out var sp) ? ReadScores(se, sp) : null;
        if (measures.Length == 0 && !o.ContainsKey("scores"))
        {
            Add(CaseProblemCodes.MissingRequired, Child(o.Path, "measures"), "A distance holds at least one measure, or cultural scores.");
        }

        return new CountryPairDistance
        {
            Id = Id(o, "id") ?? string.Empty,
            From = from ?? string.Empty,
            To = to,
            Market = Id(o, "market"),
            Measures = measures,
            Scores = scores,
        };
    }

    private DistanceMeasure? ReadMeasure(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Measure);
        if (o is null)
        {
            return null;
        }

        var dimension = Enum(o, "dimension", CaseFormat.DistanceDimensions);
        var stimulus = Enum(o, "stimulus", CaseFormat.Stimuli);
        if (o.ContainsKey("stimulus") && dimension is { } d && d != DistanceDimension.Psychic)
        {
            Add(CaseProblemCodes.OutOfRange, Child(o.Path, "stimulus"), "A stimulus (Dow & Karunaratna 2006) belongs to a psychic-distance measure: give dimension 'psychic'.");
        }

        if (!o.ContainsKey("value") && !o.ContainsKey("level"))
        {
            Add(CaseProblemCodes.MissingRequired, Child(o.Path, "value"), "A measure gives a published value, a rated level, or both.");
        }

        var evidence = Array(o, "evidence", 0, idAt);
        if (o.ContainsKey("level") && evidence.IsEmpty && !o.ContainsKey("source"))
        {
            Add(CaseProblemCodes.MissingRequired, Child(o.Path, "evidence"), "A rated level rests on evidence: give evidence (fact ids) or source.");
        }

        return new DistanceMeasure
        {
            Dimension = dimension ?? DistanceDimension.Unspecified,
            Name = Text(o, "name") ?? string.Empty,
            Stimulus = stimulus ?? PsychicDistanceStimulus.Unspecified,
            Value = Decimal(o, "value", null, null),
            Level = Enum(o, "level", CaseFormat.Levels),
            Source = Text(o, "source"),
            Evidence = evidence,
        };
    }

    private CulturalScores? ReadScores(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Scores);
        return o is null ? null : new CulturalScores
        {
            Model = Text(o, "model") ?? string.Empty,
            Source = Text(o, "source") ?? string.Empty,
            Convention = Enum(o, "convention", CaseFormat.Conventions) ?? VarianceConvention.Unspecified,
            VarianceOver = Text(o, "varianceOver") ?? string.Empty,
            Dimensions = Array(o, "dimensions", 1, ReadDimensionScore),
        };
    }

    private CulturalDimensionScore? ReadDimensionScore(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.DimensionScore);
        if (o is null)
        {
            return null;
        }

        var variance = Decimal(o, "variance", null, null);
        if (variance is <= 0m)
        {
            Add(CaseProblemCodes.OutOfRange, Child(o.Path, "variance"), "A variance must be positive.");
        }

        return new CulturalDimensionScore(Text(o, "dimension") ?? string.Empty, Decimal(o, "from", null, null) ?? 0m, Decimal(o, "to", null, null) ?? 0m, variance is > 0m ? variance.Value : 1m);
    }

    private CountryInstitutions? ReadInstitutions(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Institutions);
        if (o is null)
        {
            return null;
        }

        var country = TryGet(o, "country", out var ce, out var cp) ? CountryAt(ce, cp) : null;
        if (!o.ContainsKey("country") && !o.ContainsKey("market"))
        {
            Add(CaseProblemCodes.MissingRequired, Child(o.Path, "country"), "An institutions entry names its country (ISO 3166-1 alpha-2), its market (a market id) or both.");
        }

        var voids = Array(o, "voids", 0, ReadVoid);
        var seen = new HashSet<InstitutionalVoidKind>();
        for (var i = 0; i < voids.Length; i++)
        {
            if (voids[i].Kind != InstitutionalVoidKind.Unspecified && !seen.Add(voids[i].Kind))
            {
                Add(CaseProblemCodes.DuplicateId, Index(Child(o.Path, "voids"), i) + ".kind", $"The {CaseFormat.VoidKinds.Name(voids[i].Kind)} void is rated twice.");
            }
        }

        return new CountryInstitutions
        {
            Id = Id(o, "id") ?? string.Empty,
            Country = country,
            Market = Id(o, "market"),
            Voids = voids,
            OwnershipCaps = Array(o, "ownershipCaps", 0, ReadCap),
            PoliticalRisk = TryGet(o, "politicalRisk", out var re, out var rp) ? ReadRisk(re, rp) : null,
        };
    }

    private InstitutionalVoid? ReadVoid(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Void);
        return o is null ? null : new InstitutionalVoid
        {
            Kind = Enum(o, "kind", CaseFormat.VoidKinds) ?? InstitutionalVoidKind.Unspecified,
            Level = Enum(o, "level", CaseFormat.Levels) ?? DistanceLevel.Unspecified,
            Confidence = Enum(o, "confidence", CaseFormat.Confidences) ?? Confidence.Unspecified,
            AsOf = Year(o, "asOf"),
            Evidence = Array(o, "evidence", 1, idAt),
        };
    }

    private OwnershipCap? ReadCap(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Cap);
        return o is null ? null : new OwnershipCap
        {
            Percent = Decimal(o, "percent", 0m, 100m) ?? 0m,
            Year = Year(o, "year") ?? 0,
            Source = Text(o, "source") ?? string.Empty,
            Sector = Text(o, "sector"),
            Evidence = Array(o, "evidence", 0, idAt),
        };
    }

    private PoliticalRisk? ReadRisk(JsonElement e, Loc at)
    {
        var o = Object(e, at, CaseFormat.Risk);
        return o is null ? null : new PoliticalRisk
        {
            Level = Enum(o, "level", CaseFormat.Levels) ?? DistanceLevel.Unspecified,
            Confidence = Enum(o, "confidence", CaseFormat.Confidences) ?? Confidence.Unspecified,
            AsOf = Year(o, "asOf"),
            Evidence = Array(o, "evidence", 1, idAt),
        };
    }

    private sealed partial class CaseChecker
    {
        private void CheckDistances(Case c, Dictionary<string, Market> markets, Dictionary<string, Fact> facts)
        {
            if (reader.version == 1)
            {
                foreach (var (section, count) in new[] { ("distances", c.Distances.Length), ("institutions", c.Institutions.Length) })
                {
                    if (count > 0)
                    {
                        reader.Add(CaseProblemCodes.UnknownProperty, "$." + section, $"'{section}' is a version 2 section; a version 1 file cannot hold it.");
                    }
                }
            }

            Unique(c.Distances, "$.distances", d => d.Id);
            Unique(c.Institutions, "$.institutions", d => d.Id);
            for (var i = 0; i < c.Distances.Length; i++)
            {
                var d = c.Distances[i];
                Ref(markets, d.Market, new Loc("$.distances", i, "market"), "market");
                Within(markets, d.Market, d.To, new Loc("$.distances", i, "to"));
                for (var k = 0; k < d.Measures.Length; k++)
                {
                    Refs(facts, d.Measures[k].Evidence, new Loc("$.distances", i, "measures", k, "evidence"), "fact");
                }
            }

            for (var i = 0; i < c.Institutions.Length; i++)
            {
                var n = c.Institutions[i];
                Ref(markets, n.Market, new Loc("$.institutions", i, "market"), "market");
                Within(markets, n.Market, n.Country, new Loc("$.institutions", i, "country"));
                for (var k = 0; k < n.Voids.Length; k++)
                {
                    Refs(facts, n.Voids[k].Evidence, new Loc("$.institutions", i, "voids", k, "evidence"), "fact");
                }

                for (var k = 0; k < n.OwnershipCaps.Length; k++)
                {
                    Refs(facts, n.OwnershipCaps[k].Evidence, new Loc("$.institutions", i, "ownershipCaps", k, "evidence"), "fact");
                }

                if (n.PoliticalRisk is { } risk)
                {
                    Refs(facts, risk.Evidence, new Loc("$.institutions", i, "politicalRisk").ToString() + ".evidence", "fact");
                }
            }
        }

        private void Within(Dictionary<string, Market> markets, string? market, string? country, Loc path)
        {
            if (market is not null && country is not null && CaseFormat.IsCountry(country) && markets.TryGetValue(market, out var m) && !m.Countries.OrEmpty().Contains(country))
            {
                reader.Add(CaseProblemCodes.CountryOutsideMarket, path, $"{Show(country)} is not one of market {Show(market)}'s countries.");
            }
        }
    }
}
