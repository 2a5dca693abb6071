using System.Globalization;
using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// Checks run before a request is sent: required members of request bodies and the spec's documented limits on
/// body members and query parameters. Plain generated code over the runtime's <c>ArgumentProblems</c> — no
/// reflection, so it stays trimming- and NativeAOT-safe.
/// </summary>
public sealed partial class CSharpEmitter
{
    private string Problems => Runtime + ".ArgumentProblems";

    /// <summary>The <c>CollectProblems</c> method of a checked model: every required member, limit and nested checked value.</summary>
    private void EmitCollectProblems(CodeWriter writer, ModelType model)
    {
        writer.Doc("summary", "Adds every required member that is null and every value outside its documented limits to <paramref name=\"problems\"/>, by JSON path.");
        writer.Doc("param", "Collects the problems; its current path is this object's, e.g. <c>body.data</c>.", " name=\"problems\"");
        writer.Open($"internal void CollectProblems({Problems} problems)");
        var first = true;
        foreach (var property in model.Properties.Where(_model.HasChecks))
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            // Subjects are relative to the path the problems collector has entered; it only builds the text for a problem.
            var subject = Naming.Literal("." + property.WireName);
            EmitMemberChecks(writer, property.Name, subject, property.Type, property.Constraints, property.MustBePresent, depth: 0, nonNullable: _model.IsNonNullable(model, property));
        }

        writer.Close();
    }

    /// <summary>The <c>CollectProblems</c> method of a checked union: checks whichever variant is set.</summary>
    private void EmitCollectProblems(CodeWriter writer, UnionType union)
    {
        writer.Doc("summary", "Adds the problems of the variant that is set to <paramref name=\"problems\"/>; an unknown variant is sent as it is.");
        writer.Doc("param", "Collects the problems; its current path is this value's, e.g. <c>body.included[0]</c>.", " name=\"problems\"");
        writer.Open($"internal void CollectProblems({Problems} problems)");
        foreach (var variant in union.Variants.Where(v => _model.CheckedTypes.Contains(v.ModelName)))
        {
            writer.Line($"{variant.PropertyName}?.CollectProblems(problems);");
        }

        writer.Close();
    }

    /// <summary>Checks the body of an operation right after its null check, and throws listing every problem.</summary>
    private void EmitBodyChecks(CodeWriter writer, OperationModel operation)
    {
        var type = operation.BodyType!;
        writer.Line($"var problems = new {Problems}();");
        if (operation.BodyRequired)
        {
            EmitValueChecks(writer, "body", Naming.Literal("body"), type, null, depth: 0);
        }
        else
        {
            EmitMemberChecks(writer, "body", Naming.Literal("body"), type, null, mustBePresent: false, depth: 0);
        }

        writer.Line($"problems.ThrowForBody({Naming.Literal(operation.OperationId)});");
        writer.Line();
    }

    /// <summary>Checks the documented limits of the set query parameters before the query string is written.</summary>
    private void EmitQueryChecks(CodeWriter writer, OperationModel operation)
    {
        var checkedParameters = operation.QueryParameters.Where(q => !q.Constraints.IsEmpty).ToList();
        if (checkedParameters.Count == 0)
        {
            return;
        }

        writer.Line($"var problems = new {Problems}();");
        foreach (var parameter in checkedParameters)
        {
            var subject = Naming.Literal($"{parameter.PropertyName} ({parameter.WireName})");
            EmitMemberChecks(writer, parameter.PropertyName, subject, parameter.Type, parameter.Constraints, mustBePresent: false, depth: 0);
            writer.Line();
        }

        writer.Line("problems.ThrowForQueryParameters();");
        writer.Line();
    }

    /// <summary>Whether the operation's body is checked before sending.</summary>
    private bool ChecksBody(OperationModel operation) => operation.BodyType is { } type && _model.HasChecks(type, null);

    /// <summary>Whether the operation's query-parameter class checks limits.</summary>
    private static bool ChecksQuery(OperationModel operation) => operation.QueryParameters.Any(q => !q.Constraints.IsEmpty);

    /// <summary>A member that may be null: reports it when it must be present, checks its value otherwise.</summary>
    private void EmitMemberChecks(CodeWriter writer, string access, string subject, TypeRef type, ValueConstraints? constraints, bool mustBePresent, int depth, bool nonNullable = false)
    {
        var hasValueChecks = _model.HasChecks(type, constraints);
        if (nonNullable && IsValueType(type))
        {
            EmitNonNullableValueChecks(writer, access, subject, type, constraints, mustBePresent, hasValueChecks, depth);
            return;
        }

        var value = IsValueType(type) ? access + ".Value" : access;
        if (mustBePresent)
        {
            // An extensible enum's default is the empty value, which the API would refuse: it counts as missing.
            writer.Open(type is NamedRef { Kind: NamedKind.Enum } ? $"if ({access} is null || {access}.Value == default)" : $"if ({access} is null)");
            writer.Line($"problems.Missing({subject});");
            writer.Close();
            if (hasValueChecks)
            {
                writer.Open("else");
                EmitValueChecks(writer, value, subject, type, constraints, depth);
                writer.Close();
            }
        }
        else if (hasValueChecks)
        {
            writer.Open($"if ({access} is not null)");
            EmitValueChecks(writer, value, subject, type, constraints, depth);
            writer.Close();
        }
    }

    /// <summary>Checks a value known not to be null.</summary>
    private void EmitValueChecks(CodeWriter writer, string value, string subject, TypeRef type, ValueConstraints? constraints, int depth)
    {
        var c = constraints ?? ValueConstraints.None;
        switch (type)
        {
            case PrimitiveRef { Kind: PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Float or PrimitiveKind.Double } number:
                var integral = number.Kind is PrimitiveKind.Int32 or PrimitiveKind.Int64;
                EmitBound(writer, "AtLeast", value, subject, c.Minimum, integral);
                EmitBound(writer, "AtMost", value, subject, c.Maximum, integral);
                EmitBound(writer, "GreaterThan", value, subject, c.ExclusiveMinimum, integral);
                EmitBound(writer, "LessThan", value, subject, c.ExclusiveMaximum, integral);
                break;
            case PrimitiveRef { Kind: PrimitiveKind.String }:
                EmitCount(writer, "MinLength", value, subject, c.MinLength);
                EmitCount(writer, "MaxLength", value, subject, c.MaxLength);
                break;
            case NamedRef named when _model.CheckedTypes.Contains(named.Name):
                writer.Line($"problems.Enter({subject});");
                writer.Line($"{value}.CollectProblems(problems);");
                writer.Line("problems.Leave();");
                break;
            case ListRef list:
                EmitCount(writer, "MinItems", value + ".Count", subject, c.MinItems);
                EmitCount(writer, "MaxItems", value + ".Count", subject, c.MaxItems);
                if (_model.HasChecks(list.Item, c.Items))
                {
                    var index = "i" + depth.ToString(CultureInfo.InvariantCulture);
                    var item = "item" + depth.ToString(CultureInfo.InvariantCulture);
                    var itemSubject = Naming.Literal(string.Empty);
                    writer.Line($"problems.Enter({subject});");
                    writer.Open($"for (var {index} = 0; {index} < {value}.Count; {index}++)");
                    writer.Line($"var {item} = {value}[{index}];");
                    writer.Line($"problems.EnterItem({index});");
                    if (IsValueType(list.Item))
                    {
                        // List items of value types are never null (List<long>, List<SomeEnum>).
                        EmitValueChecks(writer, item, itemSubject, list.Item, c.Items, depth + 1);
                    }
                    else
                    {
                        EmitMemberChecks(writer, item, itemSubject, list.Item, c.Items, mustBePresent: false, depth + 1);
                    }

                    writer.Line("problems.Leave();");
                    writer.Close();
                    writer.Line("problems.Leave();");
                }

                break;
            case MapRef map when _model.HasChecks(map.Value, null):
                var entry = "entry" + depth.ToString(CultureInfo.InvariantCulture);
                var entrySubject = Naming.Literal(string.Empty);
                writer.Line($"problems.Enter({subject});");
                writer.Open($"foreach (var {entry} in {value})");
                writer.Line($"problems.EnterEntry({entry}.Key);");
                if (IsValueType(map.Value))
                {
                    EmitValueChecks(writer, entry + ".Value", entrySubject, map.Value, null, depth + 1);
                }
                else
                {
                    EmitMemberChecks(writer, entry + ".Value", entrySubject, map.Value, null, mustBePresent: false, depth + 1);
                }

                writer.Line("problems.Leave();");
                writer.Close();
                writer.Line("problems.Leave();");
                break;
        }
    }

    private static void EmitBound(CodeWriter writer, string method, string value, string subject, decimal? bound, bool integral)
    {
        if (bound is { } b)
        {
            writer.Line($"problems.{method}({subject}, {value}, {NumberLiteral(b, integral)});");
        }
    }

    private static void EmitCount(CodeWriter writer, string method, string value, string subject, int? limit)
    {
        if (limit is { } l)
        {
            writer.Line($"problems.{method}({subject}, {value}, {l.ToString(CultureInfo.InvariantCulture)});");
        }
    }

    /// <summary>A <c>long</c> literal for a whole bound on an integer value (exact), a <c>double</c> literal otherwise.</summary>
    private static string NumberLiteral(decimal bound, bool integral) => NumberText(bound, integral) + (IsLong(bound, integral) ? "L" : "d");

    /// <summary>The bound as the runtime's message will print it.</summary>
    private static string NumberText(decimal bound, bool integral) => IsLong(bound, integral)
        ? decimal.ToInt64(bound).ToString(CultureInfo.InvariantCulture)
        : ((double)bound).ToString("R", CultureInfo.InvariantCulture);

    private static bool IsLong(decimal bound, bool integral) =>
        integral && bound == decimal.Truncate(bound) && bound >= long.MinValue && bound <= long.MaxValue;

    /// <summary>Whether the C# type of <paramref name="type"/> is a struct (its nullable form is <c>Nullable&lt;T&gt;</c>).</summary>
    private static bool IsValueType(TypeRef type) => type is PrimitiveRef { Kind: not PrimitiveKind.String } or NamedRef { Kind: NamedKind.Enum };

    /// <summary>The documented limits as sentences for XML docs, e.g. <c>At most 100.</c>.</summary>
    private static List<string> DescribeLimits(TypeRef type, ValueConstraints constraints)
    {
        var sentences = new List<string>();
        var integral = type is PrimitiveRef { Kind: PrimitiveKind.Int32 or PrimitiveKind.Int64 };
        string Number(decimal value) => NumberText(value, integral);
        if (constraints.Minimum is { } minimum)
        {
            sentences.Add($"At least {Number(minimum)}.");
        }

        if (constraints.ExclusiveMinimum is { } exclusiveMinimum)
        {
            sentences.Add($"Greater than {Number(exclusiveMinimum)}.");
        }

        if (constraints.Maximum is { } maximum)
        {
            sentences.Add($"At most {Number(maximum)}.");
        }

        if (constraints.ExclusiveMaximum is { } exclusiveMaximum)
        {
            sentences.Add($"Less than {Number(exclusiveMaximum)}.");
        }

        if (constraints.MinLength is { } minLength)
        {
            sentences.Add($"At least {minLength.ToString(CultureInfo.InvariantCulture)} character{(minLength == 1 ? string.Empty : "s")} long.");
        }

        if (constraints.MaxLength is { } maxLength)
        {
            sentences.Add($"At most {maxLength.ToString(CultureInfo.InvariantCulture)} character{(maxLength == 1 ? string.Empty : "s")} long.");
        }

        if (constraints.MinItems is { } minItems)
        {
            sentences.Add($"At least {minItems.ToString(CultureInfo.InvariantCulture)} item{(minItems == 1 ? string.Empty : "s")}.");
        }

        if (constraints.MaxItems is { } maxItems)
        {
            sentences.Add($"At most {maxItems.ToString(CultureInfo.InvariantCulture)} item{(maxItems == 1 ? string.Empty : "s")}.");
        }

        if (type is ListRef list && constraints.Items is { } items)
        {
            sentences.AddRange(DescribeLimits(list.Item, items).Select(s => "Each item: " + char.ToLowerInvariant(s[0]) + s[1..]));
        }

        return sentences;
    }
}
