namespace StrategyModel.Drivers;

/// <summary>Applies the drivers-of-international-performance framework (Gerschewski, Rose &amp; Lindsay 2015, as extended by the thesis, Wang 2018).</summary>
public interface IDriversEvaluator
{
    /// <summary>Reads every driver as present or absent and states which blocks of the framework are covered.</summary>
    /// <param name="profile">The assessed drivers.</param>
    /// <returns>A result and a finding per driver, the categories covered, and the push-and-pull finding.</returns>
    DriversAssessment Evaluate(DriversProfile profile);
}
