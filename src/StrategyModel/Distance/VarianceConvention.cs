namespace StrategyModel.Distance;

/// <summary>Which variance divides each squared dimension difference in the Kogut &amp; Singh (1988) index.</summary>
/// <remarks>Kogut &amp; Singh do not say which estimator they used; published replications differ. State the convention of the
/// source whose values you reproduce.</remarks>
public enum VarianceConvention
{
    /// <summary>Not set; rejected.</summary>
    Unspecified = 0,

    /// <summary>The sample variance, Σ(x − mean)² / (n − 1), as spreadsheet VAR / VAR.S and most statistics packages compute it.</summary>
    Sample = 1,

    /// <summary>The population variance, Σ(x − mean)² / n, as spreadsheet VARP / VAR.P computes it.</summary>
    Population = 2,
}
