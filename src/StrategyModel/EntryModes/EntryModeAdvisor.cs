using System.Collections.Immutable;
using StrategyModel.Assessments;
using StrategyModel.Oli;
using StrategyModel.TransactionCosts;
using static StrategyModel.Assessments.Findings;

namespace StrategyModel.EntryModes;

/// <summary>The default <see cref="IEntryModeAdvisor"/>.</summary>
/// <remarks>
/// <para>Ranking keys, in order: (0) entry modes before rows that are not entry modes (a supporting arrangement serves another
/// mode, Hennart 1988; a minority stake in another firm is an investment), so the best candidate is always an entry mode; (1) the
/// mode belongs to the OLI route (Dunning 1981); (2) its control is closest to the control called for (Anderson &amp; Gatignon 1986);
/// (3) at equal control, lower resource commitment, because Anderson &amp; Gatignon's efficiency argument trades control against the
/// cost of commitment; (4) greater flexibility; (5) catalogue order. Control and commitment are separate keys: commitment never
/// stands in for control.</para>
/// <para>When the route is <see cref="ServingRoute.None"/> no mode matches the route and every candidate says so. Pure and
/// thread-safe; it throws only <see cref="ArgumentException"/>s for invalid input.</para>
/// </remarks>
public sealed class EntryModeAdvisor : IEntryModeAdvisor
{
    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="route"/> or <paramref name="control"/> is unspecified or undefined.</exception>
    public EntryModeRecommendation Recommend(ServingRoute route, ControlLevel control) => Build(route, control, [], NetworkRouteVariant.None);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An assessment is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An assessment's <c>Route</c> or <c>Control</c> is unspecified or undefined (possible only for an assessment built by hand).</exception>
    public EntryModeRecommendation Recommend(OliAssessment oli, TransactionCostAssessment transactionCosts)
    {
        ModelGuard.Model(oli);
        ModelGuard.Model(transactionCosts);
        return Build(
            oli.Route,
            transactionCosts.Control,
            [.. oli.Findings.Concat(transactionCosts.Findings).SelectMany(f => f.Evidence).Distinct(StringComparer.Ordinal)],
            oli.NetworkVariant);
    }

    private static EntryModeRecommendation Build(ServingRoute route, ControlLevel control, ImmutableArray<string> evidence, NetworkRouteVariant variant)
    {
        Guard.Defined(route, nameof(route));
        Guard.Defined(control, nameof(control));

        var ordered = EntryModeCatalog.All
            .OrderBy(a => a.IsEntryMode ? 0 : 1)
            .ThenBy(a => a.Route == route ? 0 : 1)
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
            var reasons = ImmutableArray.CreateBuilder<string>(4);
            if (!a.IsEntryMode)
            {
                reasons.Add(a.Role == EntryModeRole.SupportingArrangement
                    ? Fmt($"{a.Mode} is a supporting arrangement: it serves the mode it supports and is not an entry mode of its own (Hennart 1988), so it ranks after every entry mode.")
                    : Fmt($"{a.Mode} is a portfolio or strategic investment in another firm, not an entry mode, so it ranks after every entry mode."));
            }

            reasons.Add(a.Route is not { } own
                ? Fmt($"{a.Mode} has no route of its own; the OLI matrix selects {route}.")
                : own == route
                    ? Fmt($"{a.Mode} belongs to the {route} route the OLI matrix selects.")
                    : Fmt($"{a.Mode} belongs to the {own} route, not the {route} route the OLI matrix selects."));
            reasons.Add(distance == 0
                ? Fmt($"Its control ({a.Control}) matches the {control} control the transaction costs call for.")
                : Fmt($"Its control ({a.Control}) is {distance} level{(distance == 1 ? string.Empty : "s")} from the {control} control the transaction costs call for."));
            reasons.Add(Fmt($"Resource commitment {a.ResourceCommitment}, flexibility {a.Flexibility}, dissemination risk {a.DisseminationRisk}, {(a.IsEquity ? "equity" : "non-equity")}."));
            candidates.Add(new RankedEntryMode(i + 1, a.Mode, a.Route == route, distance, reasons.ToImmutable(), a.Role));
        }

        var best = candidates[0];
        var inputs = Of(new FindingInput("route", route.ToString(), evidence), new FindingInput("control", control.ToString(), evidence));
        var findings = ImmutableArray.CreateBuilder<Finding>(5);
        findings.Add(new Finding(
            "entry-mode.route",
            route == ServingRoute.None ? FindingOutcome.NotMet : FindingOutcome.Decided,
            route == ServingRoute.None
                ? "The OLI route is None: no entry mode fits a market the firm has no reason to serve; the ranking below is by control alone."
                : Fmt($"Modes of the {route} route rank first: {string.Join(", ", EntryModeCatalog.EntryModes.Where(a => a.Route == route).Select(a => a.Mode))}."),
            inputs,
            [],
            "Dunning (1981)"));
        findings.Add(new Finding(
            "entry-mode.control",
            FindingOutcome.Decided,
            Fmt($"Within a route, modes closest to {control} control rank first. Control comes from ownership share and contract terms, not from the resources committed."),
            inputs,
            [],
            "Anderson & Gatignon (1986)"));
        findings.Add(new Finding(
            "entry-mode.commitment",
            FindingOutcome.Note,
            "At equal control, lower resource commitment ranks first, then greater flexibility: control is worth its cost only where the drivers demand it.",
            inputs,
            [],
            "Anderson & Gatignon (1986); Hill, Hwang & Kim (1990)"));
        findings.Add(new Finding(
            "entry-mode.role",
            FindingOutcome.Note,
            Fmt($"Rows that are not entry modes rank last and are never the best: {string.Join(", ", EntryModeCatalog.All.Where(a => !a.IsEntryMode).Select(a => Fmt($"{a.Mode} ({a.Role})")))}."),
            [],
            [],
            "Hennart (1988); Anderson & Gatignon (1986)"));
        if (variant is >= NetworkRouteVariant.LocalPlatformOrchestration and <= NetworkRouteVariant.PartnerNetworkOrchestration && route != ServingRoute.None)
        {
            findings.Add(new Finding(
                "entry-mode.network",
                FindingOutcome.Note,
                variant switch
                {
                    NetworkRouteVariant.LocalPlatformOrchestration => Fmt($"With the network advantage, {best.Mode} reads as acquiring or building a local platform and orchestrating its network; supporting arrangements with local partners go with it."),
                    NetworkRouteVariant.CrossBorderPlatformWithLocalPartners => Fmt($"With the network advantage, {best.Mode} reads as a cross-border platform with local complementor partners as supporting arrangements (payment, delivery, marketing)."),
                    _ => Fmt($"With the network advantage, {best.Mode} reads as orchestrating the network through partners who operate it locally under contract."),
                },
                Of(Input("network-variant", variant.ToString())),
                [],
                "Singh & Kundu (2002)"));
        }

        return new EntryModeRecommendation
        {
            Route = route,
            Control = control,
            Candidates = candidates.ToImmutable(),
            Summary = Fmt($"Best entry mode for {route} with {control} control: {best.Mode}."),
            Findings = findings.ToImmutable(),
        };
    }
}
