using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.EntryModes;

/// <summary>The default <see cref="IEntryModeAdvisor"/>.</summary>
/// <remarks>
/// <para>Ranking keys, in order: (1) the mode belongs to the OLI route (Dunning 1981); (2) its control is closest to the control
/// called for (Anderson &amp; Gatignon 1986); (3) at equal control, lower resource commitment, because Anderson &amp; Gatignon's
/// efficiency argument trades control against the cost of commitment; (4) greater flexibility; (5) catalogue order.</para>
/// <para>When the route is <see cref="ServingRoute.None"/> no mode matches the route and every candidate says so. Pure and thread-safe.</para>
/// </remarks>
public sealed class EntryModeAdvisor : IEntryModeAdvisor
{
    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="route"/> or <paramref name="control"/> is unspecified or undefined.</exception>
    public EntryModeRecommendation Recommend(ServingRoute route, ControlLevel control) => Build(route, control, []);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An assessment is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An assessment's <c>Route</c> or <c>Control</c> is unspecified or undefined (possible only for an assessment built by hand).</exception>
    public EntryModeRecommendation Recommend(OliAssessment oli, TransactionCostAssessment transactionCosts)
    {
        ArgumentNullException.ThrowIfNull(oli);
        ArgumentNullException.ThrowIfNull(transactionCosts);
        return Build(oli.Route, transactionCosts.Control, [.. oli.Findings.Concat(transactionCosts.Findings).SelectMany(f => f.Evidence).Distinct(StringComparer.Ordinal)]);
    }

    private static EntryModeRecommendation Build(ServingRoute route, ControlLevel control, ImmutableArray<string> evidence)
    {
        Guard.Defined(route, nameof(route));
        Guard.Defined(control, nameof(control));

        var ordered = EntryModeCatalog.All
            .OrderBy(a => a.Route == route ? 0 : 1)
            .ThenBy(a => Math.Abs((int)a.Control - (int)control))
            .ThenBy(a => a.ResourceCommitment)
            .ThenByDescending(a => a.Flexibility)
            .ThenBy(a => a.Mode)
            .ToArray();

        var candidates = ImmutableArray.CreateBuilder<RankedEntryMode>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            var a = ordered[i];
            var distance = Math.Abs((int)a.Control - (int)control);
            var reasons = ImmutableArray.Create(
                a.Route == route
                    ? Fmt($"{a.Mode} belongs to the {route} route the OLI matrix selects.")
                    : Fmt($"{a.Mode} belongs to the {a.Route} route, not the {route} route the OLI matrix selects."),
                distance == 0
                    ? Fmt($"Its control ({a.Control}) matches the {control} control the transaction costs call for.")
                    : Fmt($"Its control ({a.Control}) is {distance} level{(distance == 1 ? string.Empty : "s")} from the {control} control the transaction costs call for."),
                Fmt($"Resource commitment {a.ResourceCommitment}, flexibility {a.Flexibility}, dissemination risk {a.DisseminationRisk}, {(a.IsEquity ? "equity" : "non-equity")}."));
            candidates.Add(new RankedEntryMode(i + 1, a.Mode, a.Route == route, distance, reasons));
        }

        var best = candidates[0];
        var inputs = Of(new FindingInput("route", route.ToString(), evidence), new FindingInput("control", control.ToString(), evidence));
        var findings = ImmutableArray.Create(
            new Finding(
                "entry-mode.route",
                route == ServingRoute.None ? FindingOutcome.NotMet : FindingOutcome.Decided,
                route == ServingRoute.None
                    ? "The OLI route is None: no entry mode fits a firm without an ownership advantage to exploit abroad; the ranking below is by control alone."
                    : Fmt($"Modes of the {route} route rank first: {string.Join(", ", EntryModeCatalog.All.Where(a => a.Route == route).Select(a => a.Mode))}."),
                inputs,
                [],
                "Dunning (1981)"),
            new Finding(
                "entry-mode.control",
                FindingOutcome.Decided,
                Fmt($"Within a route, modes closest to {control} control rank first."),
                inputs,
                [],
                "Anderson & Gatignon (1986)"),
            new Finding(
                "entry-mode.commitment",
                FindingOutcome.Note,
                "At equal control, lower resource commitment ranks first, then greater flexibility: control is worth its cost only where the drivers demand it.",
                inputs,
                [],
                "Anderson & Gatignon (1986); Hill, Hwang & Kim (1990)"));

        return new EntryModeRecommendation
        {
            Route = route,
            Control = control,
            Candidates = candidates.ToImmutable(),
            Summary = Fmt($"Best entry mode for {route} with {control} control: {best.Mode}."),
            Findings = findings,
        };
    }
}
