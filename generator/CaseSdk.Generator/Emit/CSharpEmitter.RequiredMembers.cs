using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// How a spec-required member is declared. The rule (see <see cref="RequestOnlyModels"/>): in a model only request
/// bodies use, a required member is C# <c>required</c> and, unless the spec lets it be null, non-nullable, so the
/// compiler asks for what the API needs. A model a response uses too stays nullable and not <c>required</c>, because
/// the live API leaves out members the spec calls required and System.Text.Json would refuse a <c>required</c> member
/// missing from a response. The runtime check before sending stays for both: it sees what the compiler cannot
/// (<c>null!</c>, an empty extensible enum, a tolerant model's missing member).
/// </summary>
public sealed partial class CSharpEmitter
{
    /// <summary>The property's modifiers, type and name, e.g. <c>required string Title</c> or <c>string? Title</c>.</summary>
    private string MemberDeclaration(ModelType model, PropertyModel property)
    {
        var required = _model.IsCompileTimeRequired(model, property) ? "required " : string.Empty;
        var nullable = _model.IsNonNullable(model, property) ? string.Empty : "?";
        return $"{required}{CSharpType(property.Type)}{nullable} {property.Name}";
    }

    /// <summary>The doc sentence of a member the spec lists as required.</summary>
    private string RequiredSentence(ModelType model, PropertyModel property, bool isChecked)
    {
        if (_model.IsCompileTimeRequired(model, property))
        {
            var refused = !isChecked || property.Nullable ? string.Empty : property.Type switch
            {
                NamedRef { Kind: NamedKind.Enum } => " A request body that sets it to <c>default</c> (the empty value) is refused before it is sent.",
                _ when IsValueType(property.Type) => string.Empty,
                _ => " A request body that sets it to null anyway (<c>null!</c>) is refused before it is sent.",
            };
            return property.Nullable
                ? "\nRequired by the API (C# <c>required</c>): set it, to <c>null</c> if you mean null."
                : "\nRequired by the API (C# <c>required</c>)." + refused;
        }

        if (_model.IsNonNullable(model, property))
        {
            return "\nRequired by the API; preset to its only value.";
        }

        if (!isChecked || !property.MustBePresent)
        {
            return "\nRequired by the API.";
        }

        return _model.RequestOnlyTypes.Contains(model.Name)
            ? "\nRequired by the API: a request body that leaves it null is refused before it is sent."
            : "\nRequired by the API: a request body that leaves it null is refused before it is sent. Nullable because responses use this type too, and the live API can leave it out.";
    }

    /// <summary>
    /// Checks a non-nullable value-type member: an extensible enum the spec requires counts as missing when it is
    /// <c>default</c> (the empty value the API would refuse); other value types always have a value.
    /// </summary>
    private void EmitNonNullableValueChecks(CodeWriter writer, string access, string subject, TypeRef type, ValueConstraints? constraints, bool mustBePresent, bool hasValueChecks, int depth)
    {
        if (mustBePresent && type is NamedRef { Kind: NamedKind.Enum })
        {
            writer.Open($"if ({access} == default)");
            writer.Line($"problems.Missing({subject});");
            writer.Close();
            if (hasValueChecks)
            {
                writer.Open("else");
                EmitValueChecks(writer, access, subject, type, constraints, depth);
                writer.Close();
            }
        }
        else if (hasValueChecks)
        {
            EmitValueChecks(writer, access, subject, type, constraints, depth);
        }
    }
}
