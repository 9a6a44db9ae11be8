namespace StrategyModel.Oli;

/// <summary>Dunning's three conditions, in the order his matrix reads them.</summary>
public enum OliCondition
{
    /// <summary>Not set.</summary>
    Unspecified = 0,

    /// <summary>The firm holds net ownership advantages over firms of other nationalities.</summary>
    Ownership = 1,

    /// <summary>It pays the firm to use those advantages itself rather than sell or lease them.</summary>
    Internalization = 2,

    /// <summary>It pays the firm to combine them with inputs located in the host country.</summary>
    Location = 3,
}
