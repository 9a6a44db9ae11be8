using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using StrategyModel.Cases;

namespace StrategyModel;

/// <summary>
/// The one check every public entry point runs on the model it is given: a walk of the object graph (every record of this library
/// reachable from the argument) that rejects a null element of an array, a null in a non-nullable property and a default
/// <see cref="ImmutableArray{T}"/> where the property does not read it as empty, each with an <see cref="ArgumentException"/> whose
/// <see cref="ArgumentException.ParamName"/> is the caller's parameter and whose message names the path, e.g. <c>case.Facts[3] is null</c>.
/// </summary>
/// <remarks>
/// <para>Models are immutable, so a root that passed once is remembered (weakly) and not walked again: analysing or rendering the same
/// case or analysis many times walks it once. Profiles handed to the evaluators are walked on every call (they are small).</para>
/// <para>The walk reads the properties that have compiler-generated backing fields (auto-properties and <c>field</c>-backed ones,
/// never a computed getter, which could throw or allocate) and descends only into types of this library, immutable arrays and read-only lists. Under trimming, a property whose
/// getter is trimmed away is read by nothing, so a null in it cannot fail a caller.</para>
/// </remarks>
internal static class ModelGuard
{
    private static readonly ConditionalWeakTable<object, object> Passed = [];
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();
    private static readonly Lock NullabilityLock = new();
    private static readonly object Mark = new();

    // The verdicts CaseAnalyzer records for every market analysis (VerdictRange.Verdict), which the reports read by name.
    private static readonly string[] MarketVerdicts = ["oli.route", "transaction-costs.control", "entry-modes.best", "network-model.situation", "generic-strategies.strategy"];

    /// <summary>Checks a case: no nulls where the model needs values, then the loader's semantic rules (unique ids, resolvable
    /// references, dates after founding, no firm related to itself) as it would check the same case read from a file.</summary>
    /// <param name="value">The case.</param>
    /// <param name="paramName">The caller's parameter name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The case holds a null where a value is required, or breaks a rule of the case format; the
    /// message names the path.</exception>
    public static void Case([NotNull] Case? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (Passed.TryGetValue(value, out _))
        {
            return;
        }

        Walk(value, paramName, paramName);
        var problems = CaseReader.CheckModel(value);
        if (problems.Count > 0)
        {
            var shown = string.Join("; ", problems.Take(5).Select(p => p.ToString()));
            var more = problems.Count > 5 ? $" (and {problems.Count - 5} more)" : string.Empty;
            throw new ArgumentException($"The case breaks the case format's rules{more}: {shown}", paramName);
        }

        Passed.AddOrUpdate(value, Mark);
    }

    /// <summary>Checks any model object (an analysis, a comparison, a report, a profile) for nulls where values are required.</summary>
    /// <param name="value">The model.</param>
    /// <param name="paramName">The caller's parameter name.</param>
    /// <param name="remember">Whether to remember that <paramref name="value"/> passed (for roots checked repeatedly, such as an
    /// analysis; not for a profile built per call).</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The model holds a null where a value is required; the message names the path.</exception>
    public static void Model([NotNull] object? value, [CallerArgumentExpression(nameof(value))] string paramName = "", bool remember = false)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (remember && Passed.TryGetValue(value, out _))
        {
            return;
        }

        Walk(value, paramName, paramName);
        if (remember)
        {
            Passed.AddOrUpdate(value, Mark);
        }
    }

    /// <summary>Checks an optional model object: nothing when it is null, otherwise as <see cref="Model"/>.</summary>
    /// <param name="value">The model, or <see langword="null"/>.</param>
    /// <param name="paramName">The caller's parameter name.</param>
    /// <param name="remember">As for <see cref="Model"/>: only for an immutable root.</param>
    public static void Optional(object? value, [CallerArgumentExpression(nameof(value))] string paramName = "", bool remember = true)
    {
        if (value is not null)
        {
            Model(value, paramName, remember);
        }
    }

    /// <summary>Checks an analysis: no nulls where values are required, and the parts the analyzer always records and the reports
    /// read: a driver-evidence entry for every driver, and every market's verdicts on route, control, best mode, network and strategy.</summary>
    /// <param name="value">The analysis.</param>
    /// <param name="paramName">The caller's parameter name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The analysis holds a null where a value is required, or lacks one of those parts.</exception>
    public static void Analysis([NotNull] Analysis.CaseAnalysis? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (Passed.TryGetValue(value, out _))
        {
            return;
        }

        Walk(value, paramName, paramName);
        foreach (var driver in value.Drivers.Drivers)
        {
            if (!value.DriverEvidence.Any(e => e.Kind == driver.Kind))
            {
                throw new ArgumentException($"{paramName}.DriverEvidence has no entry for driver {driver.Kind}, which {paramName}.Drivers rates.", paramName);
            }
        }

        for (var i = 0; i < value.Markets.Length; i++)
        {
            foreach (var verdict in MarketVerdicts)
            {
                if (!value.Markets[i].Verdicts.Any(v => v.Verdict == verdict))
                {
                    throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{paramName}.Markets[{i}].Verdicts has no verdict '{verdict}'; the analyzer records it for every market."), paramName);
                }
            }
        }

        Passed.AddOrUpdate(value, Mark);
    }

    /// <summary>The check at the top of each report's <c>Render</c>: the analysis and every optional part, under the parameter names
    /// the reports share (<c>analysis</c>, <c>comparison</c>, <c>robustness</c>, <c>scenarios</c>).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="comparison">The comparison, or <see langword="null"/>.</param>
    /// <param name="robustness">The robustness report, or <see langword="null"/>.</param>
    /// <param name="scenarios">The scenario comparisons, or <see langword="null"/>.</param>
    public static void Report([NotNull] Analysis.CaseAnalysis? analysis, object? comparison, object? robustness, object? scenarios)
    {
        Analysis(analysis, nameof(analysis));
        Optional(comparison, nameof(comparison));
        Optional(robustness, nameof(robustness));
        Optional(scenarios, nameof(scenarios), remember: false); // a list the caller may change
    }

    private static void Walk(object value, string path, string paramName)
    {
        var type = value.GetType();
        if (value is string || type.IsPrimitive || type.IsEnum || value is decimal)
        {
            return;
        }

        if (value is IEnumerable items && (IsImmutableArray(type) || type.Assembly != typeof(ModelGuard).Assembly))
        {
            if (value is IDictionary)
            {
                return; // lookup tables of this library (defaults and catalogues) are built by it, never by a caller
            }

            var i = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    throw new ArgumentException($"{path}[{i}] is null.", paramName);
                }

                Walk(item, Index(path, i), paramName);
                i++;
            }

            return;
        }

        if (type.Assembly != typeof(ModelGuard).Assembly)
        {
            return;
        }

        foreach (var member in MembersOf(type))
        {
            var field = member.Property is { } property ? property.GetValue(value) : member.Field.GetValue(value);
            if (field is null)
            {
                if (member.NotNull)
                {
                    throw new ArgumentException($"{path}.{member.Name} is null.", paramName);
                }

                continue;
            }

            if (member.IsDefault is { } isDefault && (bool)isDefault.GetValue(field)!)
            {
                throw new ArgumentException($"{path}.{member.Name} is a default ImmutableArray; use [] for none.", paramName);
            }

            if (member.Descend)
            {
                Walk(field, path + "." + member.Name, paramName);
            }
        }
    }

    private static string Index(string path, int i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{i}]");

    private static bool IsImmutableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The walk reads the backing fields of this library's own records; a field the trimmer removes belongs to a property nothing reads, so no null in it can fail a caller.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above: only this library's records are walked.")]
    private static Member[] MembersOf(Type type) => Members.GetOrAdd(type, static t =>
    {
        var members = new List<Member>();
        NullabilityInfoContext? context = null;
        for (var current = t; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                // Only auto-property backing fields: "<Name>k__BackingField". Private caches (such as a case's lookup index) are skipped.
                var name = field.Name;
                if (!name.StartsWith('<') || !name.EndsWith(">k__BackingField", StringComparison.Ordinal))
                {
                    continue;
                }

                name = name[1..name.IndexOf('>', StringComparison.Ordinal)];
                var property = current.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
                var fieldType = field.FieldType;
                var notNull = false;
                if (!fieldType.IsValueType && property is not null)
                {
                    notNull = NotNull(property, ref context);
                }

                var underlying = Nullable.GetUnderlyingType(fieldType) ?? fieldType;
                var descend = !(underlying == typeof(string) || underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(decimal))
                    && (underlying.Assembly == typeof(ModelGuard).Assembly || typeof(IEnumerable).IsAssignableFrom(underlying) || underlying == typeof(object));
                var isDefault = IsImmutableArray(fieldType) ? fieldType.GetProperty(nameof(ImmutableArray<int>.IsDefault)) : null;
                // Read through the property where there is one: a getter may present a default backing field as empty.
                members.Add(new Member(name, field, property?.GetMethod is null ? null : property, notNull, isDefault, descend));
            }
        }

        return [.. members];
    });

    private static bool NotNull(PropertyInfo property, ref NullabilityInfoContext? context)
    {
        if (property.IsDefined(typeof(RequiredMemberAttribute), inherit: false) && property.PropertyType == typeof(string)
            && !NullableByAnnotation(property, ref context, fallback: false))
        {
            return true;
        }

        return !NullableByAnnotation(property, ref context, fallback: true);
    }

    // NullabilityInfoContext is not thread-safe, and is switched off in trimmed applications (then only required strings count as non-null).
    private static bool NullableByAnnotation(PropertyInfo property, ref NullabilityInfoContext? context, bool fallback)
    {
        lock (NullabilityLock)
        {
            try
            {
                context ??= new NullabilityInfoContext();
                return context.Create(property).ReadState != NullabilityState.NotNull;
            }
            catch (InvalidOperationException)
            {
                return fallback;
            }
        }
    }

    private sealed record Member(string Name, FieldInfo Field, PropertyInfo? Property, bool NotNull, PropertyInfo? IsDefault, bool Descend);
}
