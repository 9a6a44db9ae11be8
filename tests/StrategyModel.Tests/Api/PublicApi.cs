using System.Reflection;
using System.Text;

namespace StrategyModel.Tests.Api;

/// <summary>Renders an assembly's public surface as sorted, stable text.</summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Render(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            lines.Add($"{Kind(type)} {Name(type)}{Bases(type)}");
            foreach (var member in type.GetMembers(Declared))
            {
                var line = Member(type, member);
                if (line is not null)
                {
                    lines.Add(line);
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum"
        : t.IsInterface ? "interface"
        : t.IsValueType ? (t.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)) ? "readonly struct" : "struct")
        : t.IsAbstract && t.IsSealed ? "static class"
        : t.IsSealed ? "sealed class"
        : t.IsAbstract ? "abstract class"
        : "class";

    private static string Bases(Type t)
    {
        var parts = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            parts.Add(Name(b));
        }

        parts.AddRange(t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return parts.Count == 0 ? string.Empty : " : " + string.Join(", ", parts);
    }

    private static string? Member(Type owner, MemberInfo member)
    {
        var prefix = Name(owner) + ".";
        switch (member)
        {
            case ConstructorInfo c when c.IsPublic || c.IsFamily:
                return $"ctor {prefix}ctor({Params(c)})";
            case MethodInfo m when (m.IsPublic || m.IsFamily) && !m.IsSpecialName:
                return $"method {(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {prefix}{m.Name}{Generic(m)}({Params(m)})";
            case MethodInfo m when (m.IsPublic || m.IsFamily) && m.Name.StartsWith("op_", StringComparison.Ordinal):
                return $"operator {Name(m.ReturnType)} {prefix}{m.Name}({Params(m)})";
            case PropertyInfo p:
                var get = p.GetMethod is { IsPublic: true } ? "get; " : string.Empty;
                var set = p.SetMethod is { IsPublic: true } s
                    ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit") ? "init; " : "set; ")
                    : string.Empty;
                if (get.Length == 0 && set.Length == 0)
                {
                    return null;
                }

                var isStatic = (p.GetMethod ?? p.SetMethod)!.IsStatic ? "static " : string.Empty;
                var required = p.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute)) ? "required " : string.Empty;
                var index = p.GetIndexParameters();
                var indexer = index.Length == 0 ? string.Empty : "[" + string.Join(", ", index.Select(i => Name(i.ParameterType))) + "]";
                return $"property {required}{isStatic}{Name(p.PropertyType)} {prefix}{p.Name}{indexer} {{ {get}{set}}}";
            case FieldInfo f when f.IsPublic || f.IsFamily:
                if (owner.IsEnum)
                {
                    return f.IsStatic ? $"value {prefix}{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}" : null;
                }

                return $"field {(f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {prefix}{f.Name}";
            case EventInfo e:
                return $"event {Name(e.EventHandlerType!)} {prefix}{e.Name}";
            case Type nested when nested.IsNestedPublic:
                return null;
            default:
                return null;
        }
    }

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Params(MethodBase m) => string.Join(", ", m.GetParameters().Select(p =>
        (p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : string.Empty)
        + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType) + " " + p.Name
        + (p.HasDefaultValue ? " = " + (p.DefaultValue?.ToString() ?? "null") : string.Empty)));

    private static string Name(Type t)
    {
        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[]";
        }

        var name = (t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? t.Name : t.Namespace + "." + t.Name));
        if (t.IsGenericType)
        {
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0)
            {
                name = name[..tick];
            }

            name += "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
