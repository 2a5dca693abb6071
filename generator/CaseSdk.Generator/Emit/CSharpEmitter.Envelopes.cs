using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// The short overloads of JSON:API envelope bodies (<see cref="EnvelopeReader"/> decides the arguments): the
/// overload builds <c>{ "data": { "type", "id", "attributes", "relationships" } }</c> from what the caller supplies
/// and delegates to the same builder method as the full-body overload.
/// </summary>
public sealed partial class CSharpEmitter
{
    private static bool SameSignature(GroupMethodModel method, EnvelopeModel envelope)
    {
        var required = envelope.Arguments.Where(a => a.Required).ToList();
        return required.Count == 1 && required[0].Type == method.Operation.BodyType;
    }

    private void EmitEnvelopeMethod(CodeWriter writer, GroupMethodModel method, EnvelopeModel envelope, bool withResponse)
    {
        var operation = method.Operation;
        var extra = new List<string> { $"Builds the <c>{Naming.XmlEscape(envelope.BodyModel)}</c> body: <c>data.type</c> is its only value" };
        if (envelope.IdFromPath is { } fromPath)
        {
            extra.Add($"<c>data.id</c> is <paramref name=\"{fromPath.TrimStart('@')}\"/>");
        }

        EmitGroupMethodDocs(writer, method, bodyDoc: null, extraRemarks: string.Join(", ", extra) + ". The overload that takes the whole body sets any other member.");
        foreach (var argument in envelope.Arguments)
        {
            var where = argument.Kind switch
            {
                EnvelopeArgumentKind.Id => "data.id",
                EnvelopeArgumentKind.Attribute => $"data.{envelope.Attributes!.Member.WireName}.{argument.Member.WireName}",
                _ => $"data.{envelope.Relationships!.Member.WireName}.{argument.Member.WireName}.data.id",
            };
            var fallback = argument.Kind == EnvelopeArgumentKind.Relationship ? $"The id of the <c>{Naming.XmlEscape(argument.Member.WireName)}</c> relationship." : "A member of the body.";
            var description = Sentence(argument.Kind == EnvelopeArgumentKind.Relationship ? fallback : Summary(argument.Member.Description, fallback));
            writer.Doc("param", $"{description} Sent as <c>{Naming.XmlEscape(where)}</c>{(argument.Required ? "." : "; null leaves it out.")}", $" name=\"{argument.Identifier.TrimStart('@')}\"");
        }

        var required = envelope.Arguments.Where(a => a.Required && !a.Member.Nullable && !IsValueType(a.Type)).ToList();
        EmitGroupMethodTail(writer, method, checksBody: ChecksBody(operation), returns: withResponse ? TwinReturnsDoc(operation) : null, paged: false, fullBody: false, nullArguments: required.Count > 0);
        var parameters = PathParameters(method).ToList();
        foreach (var argument in envelope.Arguments)
        {
            var type = CSharpType(argument.Type, qualify: true);
            parameters.Add(argument.Required
                ? $"{type}{(argument.Member.Nullable ? "?" : string.Empty)} {argument.Identifier}"
                : $"{type}? {argument.Identifier} = null");
        }

        AddQueryAndCancellation(parameters, method);
        writer.Open($"public virtual {GroupReturnType(operation, withResponse)} {GroupMethodName(method, withResponse)}({string.Join(", ", parameters)})");
        EmitPathChecks(writer, method);
        foreach (var argument in required)
        {
            writer.Open($"if ({argument.Identifier} is null)");
            writer.Line($"throw new global::System.ArgumentNullException(nameof({argument.Identifier}));");
            writer.Close();
        }

        var dataMembers = new List<string> { $"{envelope.Type.Name} = {CSharpType(envelope.Type.Type, qualify: true)}.{envelope.Type.InitialEnumMember}" };
        if (envelope.Id is { } id)
        {
            var source = envelope.IdFromPath ?? envelope.Arguments.First(a => a.Kind == EnvelopeArgumentKind.Id).Identifier;
            dataMembers.Add($"{id.Name} = {source}");
        }

        var hasRelationships = EmitEnvelopePart(writer, envelope.Relationships, "relationships", envelope.Arguments.Where(a => a.Kind == EnvelopeArgumentKind.Relationship).ToList(), dataMembers);
        var hasAttributes = EmitEnvelopePart(writer, envelope.Attributes, "attributes", envelope.Arguments.Where(a => a.Kind == EnvelopeArgumentKind.Attribute).ToList(), dataMembers);
        writer.Line($"var data = new global::{ModelsNamespace}.{envelope.DataModel} {{ {string.Join(", ", dataMembers)} }};");
        foreach (var (part, local, declared) in new[] { (envelope.Relationships, "relationships", hasRelationships), (envelope.Attributes, "attributes", hasAttributes) })
        {
            if (declared && part is { Always: false })
            {
                writer.Open($"if ({local} is not null)");
                writer.Line($"data.{part.Member.Name} = {local};");
                writer.Close();
            }
        }

        writer.Line($"var body = new global::{ModelsNamespace}.{envelope.BodyModel} {{ {envelope.Data.Name} = data }};");
        writer.Line($"return {Delegation(method, ["body: body"], withResponse)};");
        writer.Close();
    }

    /// <summary>
    /// Declares the local for <c>attributes</c> or <c>relationships</c>: built with the required arguments when the
    /// part is always sent, else created by the first optional argument set (null when none is, so it is left out).
    /// </summary>
    private bool EmitEnvelopePart(CodeWriter writer, EnvelopePart? part, string local, List<EnvelopeArgument> arguments, List<string> dataMembers)
    {
        if (part is null || (arguments.Count == 0 && !part.Always))
        {
            return false;
        }

        var model = $"global::{ModelsNamespace}.{part.Model}";
        var initial = arguments.Where(a => a.Required).Select(a => $"{a.Member.Name} = {Value(a)}");
        if (part.Always)
        {
            writer.Line($"var {local} = new {model} {{ {string.Join(", ", initial)} }};");
            dataMembers.Add($"{part.Member.Name} = {local}");
        }
        else
        {
            writer.Line($"{model}? {local} = null;");
        }

        foreach (var argument in arguments.Where(a => !a.Required))
        {
            writer.Open($"if ({argument.Identifier} is not null)");
            writer.Line($"{(part.Always ? local : $"({local} ??= new {model} {{ {LazyRequiredMembers(part)} }})")}.{argument.Member.Name} = {Value(argument)};");
            writer.Close();
        }

        return true;
    }

    /// <summary>
    /// The initializer of a part created by its first optional argument: the compiler wants every C# <c>required</c>
    /// member set, so those the arguments set afterwards start null (or default), and the body check refuses, before
    /// sending, any the caller left missing.
    /// </summary>
    private string LazyRequiredMembers(EnvelopePart part)
    {
        var model = _model.Models.First(m => m.Name == part.Model);
        return string.Join(", ", model.Properties.Where(p => _model.IsCompileTimeRequired(model, p))
            .Select(p => $"{p.Name} = {(_model.IsNonNullable(model, p) ? "default!" : "null")}"));
    }

    private static string Sentence(string text) => text.Length == 0 || text[^1] is '.' or '!' or '?' or ':' ? text : text + ".";

    /// <summary>The member value of an argument: itself, or a to-one relationship around the id.</summary>
    private string Value(EnvelopeArgument argument)
    {
        if (argument.Relationship is not { } relationship)
        {
            return argument.Identifier;
        }

        var type = relationship.Type;
        return $"new global::{ModelsNamespace}.{relationship.Model} {{ {relationship.Data.Name} = new global::{ModelsNamespace}.{relationship.DataModel} {{ {relationship.Id.Name} = {argument.Identifier}, {type.Name} = {CSharpType(type.Type, qualify: true)}.{type.InitialEnumMember} }} }}";
    }
}
