namespace StrategyModel.Sensitivity;

/// <summary>A verdict a scenario changes.</summary>
/// <param name="Market">The market's id, or <see langword="null"/> for a firm-level verdict.</param>
/// <param name="Verdict">The verdict's id, such as <c>transaction-costs.control</c>.</param>
/// <param name="Base">The verdict in the case as rated (<c>Undetermined (A or B)</c> when the undetermined inputs leave it open).</param>
/// <param name="Scenario">The verdict under the scenario.</param>
public sealed record VerdictChange(string? Market, string Verdict, string Base, string Scenario);
