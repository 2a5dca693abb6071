using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace CaseSdk.Tests.Support;

/// <summary>How <see cref="FullInstances"/> fills the members a model declares nullable.</summary>
public enum NullableFill
{
    /// <summary>Every member gets a value.</summary>
    Values,

    /// <summary>Nullable members are set to null (explicitly, so tracked members count as set); the others get a value.</summary>
    Nulls,

    /// <summary>Nullable members are left unset; the others get a value.</summary>
    Unset,
}

/// <summary>
/// Builds generated models by reflection with every member filled: strings that need escaping and are not ASCII,
/// extreme numbers, date-times with offsets and sub-second ticks, unknown enum values, every union variant in turn,
/// list items and map values that are null, and unknown members in each <c>AdditionalData</c>.
/// </summary>
/// <param name="fill">How nullable members are filled.</param>
/// <param name="nullAt">
/// With <see cref="NullableFill.Values"/>: the nullable member (counted in the order they are filled) that is set
/// to null instead, so that each can be null alone with everything around it filled; -1 for none.
/// </param>
internal sealed class FullInstances(NullableFill fill, int nullAt = -1)
{
    private const int MaxDepth = 8;

    private static readonly string[] Strings =
    [
        "Ünïcødé ✓ \"quoted\" \\ back/slash\nnew line\ttab <tag>&'+ \u2028\u0001 😀",
        "plain",
        "日本語のタイトル",
        string.Empty,
    ];

    private static readonly DateTimeOffset[] Dates =
    [
        new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromMinutes(-570)).AddTicks(1234567),
        new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero),
        DateTimeOffset.MaxValue,
    ];

    private static readonly long[] Longs = [long.MinValue, long.MaxValue, 0];

    private static readonly int[] Ints = [int.MinValue, int.MaxValue, -1];

    private static readonly double[] Doubles = [double.MaxValue, double.Epsilon, -1.5e-300, 0.1];

    private static readonly float[] Floats = [float.MaxValue, float.Epsilon, 0.1f];

    private readonly NullabilityInfoContext _nullability = new();
    private int _turn;

    /// <summary>How many nullable members the instances built so far have (the range of <c>nullAt</c>).</summary>
    public int NullableMembers { get; private set; }

    /// <summary>A filled instance of <paramref name="type"/> (a generated model).</summary>
    public object Create(Type type) => Value(type, 0) ?? throw new InvalidOperationException($"No value for {type}.");

    /// <summary>Unknown members: a string needing escapes, an extreme number, an object, an array and a null.</summary>
    public static Dictionary<string, JsonElement> UnknownMembers() => new()
    {
        ["x_unknown_text"] = StringElement(Strings[0]),
        ["x_ünknown \"name\""] = Parse("1.7976931348623157E+308"),
        ["x_object"] = Parse("""{"nested":["ü\u2028",-0.0,null,true,{"deep":{}}]}"""),
        ["x_null"] = Parse("null"),
    };

    private static JsonElement StringElement(string text)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private int Next() => _turn++;

    private object? Value(Type type, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Value(underlying, depth);
        }

        if (type == typeof(string))
        {
            return Strings[Next() % Strings.Length];
        }

        if (type == typeof(int))
        {
            return Ints[Next() % Ints.Length];
        }

        if (type == typeof(long))
        {
            return Longs[Next() % Longs.Length];
        }

        if (type == typeof(double))
        {
            return Doubles[Next() % Doubles.Length];
        }

        if (type == typeof(float))
        {
            return Floats[Next() % Floats.Length];
        }

        if (type == typeof(bool))
        {
            return Next() % 2 == 0;
        }

        if (type == typeof(DateTimeOffset))
        {
            return Dates[Next() % Dates.Length];
        }

        if (type == typeof(JsonElement))
        {
            return Parse("""{"free":["form",1e300,null,{"a":"\u00e9"}]}""");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return List(type, depth);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return Map(type, depth);
        }

        if (type.IsValueType)
        {
            return EnumValue(type);
        }

        if (type.GetProperty("UnknownVariant") is { CanWrite: true })
        {
            return DiscriminatedUnion(type, depth);
        }

        if (type.GetMethod("FromUnknown", BindingFlags.Public | BindingFlags.Static) is { } fromUnknown)
        {
            return ValueUnion(type, fromUnknown, depth);
        }

        return Model(type, depth);
    }

    private object Model(Type type, int depth)
    {
        var instance = Activator.CreateInstance(type) ?? throw new InvalidOperationException($"Cannot create {type}.");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            if (property.Name == "AdditionalData")
            {
                property.SetValue(instance, UnknownMembers());
                continue;
            }

            var nullable = IsNullable(property);
            if (nullable && NullableMembers++ == nullAt)
            {
                property.SetValue(instance, null);
                continue;
            }

            if (nullable && (fill == NullableFill.Unset || (fill == NullableFill.Values && depth >= MaxDepth)))
            {
                continue;
            }

            property.SetValue(instance, nullable && fill == NullableFill.Nulls ? null : Value(property.PropertyType, depth + 1));
        }

        return instance;
    }

    private bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && _nullability.Create(property).WriteState == NullabilityState.Nullable);

    private IList List(Type type, int depth)
    {
        var item = type.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(type)!;
        list.Add(Value(item, depth + 1));
        list.Add(Value(item, depth + 1));
        if (!item.IsValueType)
        {
            list.Add(null);
        }

        return list;
    }

    private IDictionary Map(Type type, int depth)
    {
        var value = type.GetGenericArguments()[1];
        var map = (IDictionary)Activator.CreateInstance(type)!;
        map["ключ \"k\"\n"] = Value(value, depth + 1);
        map[string.Empty] = Value(value, depth + 1);
        map["third"] = Value(value, depth + 1);
        if (!value.IsValueType)
        {
            map["null"] = null;
        }

        return map;
    }

    /// <summary>An extensible enum: an unknown value when every member gets a value, a known one otherwise.</summary>
    private object EnumValue(Type type)
    {
        if (type.GetConstructor([typeof(string)]) is { } fromText)
        {
            return fill == NullableFill.Values
                ? fromText.Invoke(["P9 ünknown \"value\""])
                : type.GetProperties(BindingFlags.Public | BindingFlags.Static).First(p => p.PropertyType == type).GetValue(null)!;
        }

        if (type.GetConstructor([typeof(long)]) is { } fromInteger)
        {
            return fromInteger.Invoke([long.MinValue]);
        }

        if (type.GetConstructor([typeof(double)]) is { } fromNumber)
        {
            return fromNumber.Invoke([-1.5e308]);
        }

        throw new InvalidOperationException($"Cannot fill {type}.");
    }

    /// <summary>A oneOf with a discriminator: each variant in turn, then the unknown variant.</summary>
    private object DiscriminatedUnion(Type type, int depth)
    {
        var union = Activator.CreateInstance(type)!;
        var variants = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != "UnknownVariant").ToList();
        var turn = Next() % (variants.Count + 1);
        if (turn == variants.Count || depth >= MaxDepth)
        {
            type.GetProperty("UnknownVariant")!.SetValue(union, Parse("""{"type":"ünknown","id":"\n"}"""));
        }
        else
        {
            variants[turn].SetValue(union, Value(variants[turn].PropertyType, depth + 1));
        }

        return union;
    }

    /// <summary>A oneOf told apart by value shape: each <c>From...</c> factory in turn, then an unknown value.</summary>
    private object ValueUnion(Type type, MethodInfo fromUnknown, int depth)
    {
        var factories = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("From", StringComparison.Ordinal) && m != fromUnknown && m.GetParameters().Length == 1 && m.ReturnType == type)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        var turn = Next() % (factories.Count + 1);
        return turn == factories.Count || depth >= MaxDepth
            ? fromUnknown.Invoke(null, [Parse("""{"unknown":["shape"]}""")])!
            : factories[turn].Invoke(null, [Value(factories[turn].GetParameters()[0].ParameterType, depth + 1)])!;
    }
}
