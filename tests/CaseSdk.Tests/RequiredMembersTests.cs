using System.Net;
using System.Reflection;
using CaseSdk.Models;
using CaseSdk.Tests.Support;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

/// <summary>
/// Nullability that tells the truth: request-only models have C# <c>required</c> members where the spec requires
/// them; every type a response reaches stays tolerant, so a response that leaves out such a member still reads.
/// </summary>
public sealed class RequiredMembersTests
{
    private const string RequiredMember = "System.Runtime.CompilerServices.RequiredMemberAttribute";

    [Test]
    public async Task A_response_without_members_the_spec_requires_still_reads()
    {
        // CaseResponse.data, Case.id and Case.type are required by the spec; the live API may still leave them out.
        var stub = new StubHandler().Respond(HttpStatusCode.Created, """{"data":{"attributes":{"title":"t"}}}""");
        using var client = TestClients.Over(stub);

        var created = await client.Api.V2.Cases.PostAsync(new CaseCreateRequest
        {
            Data = new CaseCreate { Attributes = new CaseCreateAttributes { Title = "t", TypeId = "3b010bde-09ce-4449-b745-71dd5f861963" } },
        });

        Assert.That(created.Data, Is.Not.Null);
        Assert.That(created.Data!.Id, Is.Null);
        Assert.That(created.Data.Attributes?.Title, Is.EqualTo("t"));
    }

    [Test]
    public void No_type_a_response_reaches_has_a_required_member()
    {
        var responses = Reachable(BuilderMethods().SelectMany(m => m.ReturnType.IsGenericType ? m.ReturnType.GetGenericArguments() : []));

        Assert.That(responses, Has.Some.EqualTo(typeof(CaseResponse)).And.Some.EqualTo(typeof(ProjectRelationshipData)), "the walk finds response models");
        Assert.That(responses.Where(HasRequiredMembers).Select(t => t.Name), Is.Empty);
    }

    [Test]
    public void Request_only_bodies_have_required_members_where_the_spec_requires_them()
    {
        var bodies = Reachable(BuilderMethods().SelectMany(m => m.GetParameters()).Where(p => p.Name == "body").Select(p => p.ParameterType));
        var withRequired = bodies.Where(HasRequiredMembers).ToList();

        Assert.That(withRequired, Has.Member(typeof(CaseCreateRequest)).And.Member(typeof(CaseCreateAttributes)).And.Member(typeof(CaseUpdatePriorityAttributes)));
        Assert.That(RequiredNames(typeof(CaseCreateAttributes)), Is.EquivalentTo(new[] { "Title", "TypeId" }));
        Assert.That(typeof(CaseUpdatePriorityAttributes).GetProperty("Priority")!.PropertyType, Is.EqualTo(typeof(CasePriority)), "non-nullable, as the spec says");
        Assert.That(typeof(CaseCreate).GetProperty("Type")!.PropertyType, Is.EqualTo(typeof(CaseResourceType)), "the preset type constant is non-nullable");
        Assert.That(RequiredNames(typeof(CaseCreate)), Is.EquivalentTo(new[] { "Attributes" }), "the preset type constant is not demanded");
    }

    private static IEnumerable<MethodInfo> BuilderMethods() => typeof(DatadogClient).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "CaseSdk.Builders")
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly));

    private static bool HasRequiredMembers(Type type) => type.GetProperties().Any(p => p.CustomAttributes.Any(a => a.AttributeType.FullName == RequiredMember));

    private static string[] RequiredNames(Type type) =>
        [.. type.GetProperties().Where(p => p.CustomAttributes.Any(a => a.AttributeType.FullName == RequiredMember)).Select(p => p.Name)];

    /// <summary>Every model type reachable from <paramref name="roots"/> through properties, lists, maps and nullable wrappers.</summary>
    private static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Push(argument);
                }

                continue;
            }

            if (type.Namespace == "CaseSdk.Models" && found.Add(type))
            {
                foreach (var property in type.GetProperties())
                {
                    pending.Push(property.PropertyType);
                }
            }
        }

        return found;
    }
}
