namespace StrategyModel.BornGlobal;

/// <summary>Builds argument exceptions that name the offending property, as <see cref="Guard"/> does for enums.</summary>
internal static class Errors
{
    public static ArgumentOutOfRangeException OutOfRange(string paramName, object? value, string message) => new(paramName, value, message);

    public static ArgumentException Invalid(string message, string paramName) => new(message, paramName);
}
