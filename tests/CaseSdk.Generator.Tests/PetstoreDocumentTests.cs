using System.Net;
using System.Reflection;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// A document shaped like the public Petstore examples: tags, camelCase and kebab-case operationIds, XML beside
/// and instead of JSON, form bodies, an <c>api_key</c> header, operations that document only errors, arrays of enums.
/// </summary>
public sealed class PetstoreDocumentTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Pet shop, version: 1.0.0}
        servers: [{url: 'https://pets.example/v3'}]
        tags: [{name: pet, description: Pets for sale}, {name: store}, {name: user}]
        paths:
          /pet:
            post:
              tags: [pet]
              operationId: addPet
              requestBody:
                required: true
                content:
                  application/json: {schema: {$ref: '#/components/schemas/Pet'}}
                  application/xml: {schema: {$ref: '#/components/schemas/Pet'}}
                  application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Pet'}}
              responses:
                '200':
                  description: Added
                  content:
                    application/json: {schema: {$ref: '#/components/schemas/Pet'}}
                    application/xml: {schema: {$ref: '#/components/schemas/Pet'}}
                '405': {description: Invalid input}
              security: [{api_key: []}]
          /pet/findByStatus:
            get:
              tags: [pet]
              operationId: find-pets-by-status
              parameters:
                - name: status
                  in: query
                  explode: true
                  schema: {type: array, items: {type: string, enum: [available, pending, sold]}}
              responses:
                '200':
                  description: Found
                  content:
                    application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}
                    application/xml: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}
                '400': {description: Invalid status}
          /pet/{petId}:
            get:
              tags: [pet]
              operationId: getPetById
              parameters: [{name: petId, in: path, required: true, schema: {type: integer, format: int64}}]
              responses:
                '200': {description: Found, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                '404': {description: Not found}
            post:
              tags: [pet]
              operationId: update-pet-with-form
              parameters: [{name: petId, in: path, required: true, schema: {type: integer, format: int64}}]
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, properties: {name: {type: string}, status: {type: string}}}
              responses:
                '405': {description: Invalid input}
            delete:
              tags: [pet]
              operationId: deletePet
              parameters:
                - {name: api_key, in: header, schema: {type: string}}
                - {name: petId, in: path, required: true, schema: {type: integer, format: int64}}
              responses:
                '400': {description: Invalid id}
          /pet/{petId}/uploadImage:
            post:
              tags: [pet]
              operationId: uploadFile
              parameters:
                - {name: petId, in: path, required: true, schema: {type: integer, format: int64}}
                - {name: additionalMetadata, in: query, schema: {type: string}}
              requestBody: {content: {application/octet-stream: {schema: {type: string, format: binary}}}}
              responses:
                '200': {description: Uploaded, content: {application/json: {schema: {$ref: '#/components/schemas/ApiResponse'}}}}
          /store/inventory:
            get:
              tags: [store]
              operationId: getInventory
              responses:
                '200':
                  description: Counts by status
                  content: {application/json: {schema: {type: object, additionalProperties: {type: integer, format: int32}}}}
              security: [{api_key: []}]
          /store/order/{orderId}:
            get:
              tags: [store]
              operationId: get-order-by-id
              parameters: [{name: orderId, in: path, required: true, schema: {type: integer, format: int64}}]
              responses:
                '200': {description: Found, content: {application/xml: {schema: {$ref: '#/components/schemas/Order'}}}}
                '404': {description: Not found}
          /store/order:
            post:
              tags: [store]
              operationId: placeOrder
              requestBody: {content: {application/xml: {schema: {$ref: '#/components/schemas/Order'}}}}
              responses:
                '200': {description: Placed, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
          /user/login:
            get:
              tags: [user]
              operationId: loginUser
              parameters:
                - {name: username, in: query, schema: {type: string}}
                - {name: password, in: query, schema: {type: string}}
              responses:
                '200':
                  description: Logged in
                  headers:
                    X-Rate-Limit: {schema: {type: integer, format: int32}}
                  content:
                    application/xml: {schema: {type: string}}
                    application/json: {schema: {type: string}}
        components:
          schemas:
            Order:
              type: object
              xml: {name: order}
              properties:
                id: {type: integer, format: int64}
                petId: {type: integer, format: int64}
                quantity: {type: integer, format: int32}
                shipDate: {type: string, format: date-time}
                status: {type: string, enum: [placed, approved, delivered]}
                complete: {type: boolean}
            Category:
              type: object
              properties: {id: {type: integer, format: int64}, name: {type: string}}
            Tag:
              type: object
              properties: {id: {type: integer, format: int64}, name: {type: string}}
            Pet:
              type: object
              required: [name, photoUrls]
              properties:
                id: {type: integer, format: int64}
                name: {type: string}
                category: {$ref: '#/components/schemas/Category'}
                photoUrls: {type: array, xml: {wrapped: true}, items: {type: string, xml: {name: photoUrl}}}
                tags: {type: array, items: {$ref: '#/components/schemas/Tag'}}
                status: {type: string, description: Status in the store, enum: [available, pending, sold]}
                labels: {type: array, items: {type: string, enum: [cute, loud, house-trained]}}
            ApiResponse:
              type: object
              properties: {code: {type: integer, format: int32}, type: {type: string}, message: {type: string}}
          securitySchemes:
            api_key: {type: apiKey, name: api_key, in: header}
        """;

    private static readonly CompiledDocument Document = new(Spec, "Pets");

    [Test]
    public void Generates_with_no_refusal_and_compiles_with_no_diagnostics()
    {
        Assert.That(Document.Generated.Files, Is.Not.Empty);
        Assert.That(Document.Diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    private static MethodInfo Method(object builder, string name) => builder.GetType().GetMethod(name)!;

    private static Type ReturnOf(object builder, string name) => Method(builder, name).ReturnType;

    [Test]
    public void A_pet_with_arrays_of_enums_round_trips_and_an_unknown_label_is_kept()
    {
        var pet = Document.AssertRoundTrips(
            """{"id":10,"name":"doggie","category":{"id":1,"name":"Dogs"},"photoUrls":["u"],"tags":[{"id":2,"name":"t"}],"status":"sold","labels":["cute","house-trained","new-label"]}""",
            "Pet");
        var labels = (System.Collections.IList)CompiledDocument.Get(pet, "Labels")!;
        Assert.That(labels[1]!.ToString(), Is.EqualTo("house-trained"));
        Assert.That(Document.Model("PetLabelsItem").GetProperty("HouseTrained"), Is.Not.Null);
    }

    [Test]
    public void Each_operation_says_what_goes_in_and_comes_out()
    {
        var (root, _) = CompiledSampleTests.CreateRoot(Document.Assembly, "Pets");
        var pet = CompiledSampleTests.Navigate(root, "Pet");
        var petItem = pet.GetType().GetProperty("Item")!.GetValue(pet, ["7"])!;
        var store = CompiledSampleTests.Navigate(root, "Store");
        var order = CompiledSampleTests.Navigate(store, "Order");
        var orderItem = order.GetType().GetProperty("Item")!.GetValue(order, ["3"])!;
        Assert.That(ReturnOf(pet, "PostAsync"), Is.EqualTo(typeof(Task<>).MakeGenericType(Document.Model("Pet"))));
        Assert.That(ReturnOf(CompiledSampleTests.Navigate(pet, "FindByStatus"), "GetAsync"), Is.EqualTo(typeof(Task<>).MakeGenericType(typeof(List<>).MakeGenericType(Document.Model("Pet")))));
        Assert.That(Method(petItem, "PostAsync").GetParameters()[0].ParameterType, Is.EqualTo(typeof(FormUrlEncodedContent)));
        Assert.That(ReturnOf(petItem, "PostAsync"), Is.EqualTo(typeof(Task)), "only 405 is documented");
        Assert.That(Method(petItem, "DeleteAsync").GetParameters()[0].Name, Is.EqualTo("apiKey"));
        Assert.That(Method(CompiledSampleTests.Navigate(petItem, "UploadImage"), "PostAsync").GetParameters()[0].ParameterType, Is.EqualTo(typeof(Stream)));
        Assert.That(ReturnOf(CompiledSampleTests.Navigate(store, "Inventory"), "GetAsync"), Is.EqualTo(typeof(Task<Dictionary<string, int>>)));
        Assert.That(ReturnOf(orderItem, "GetAsync"), Is.EqualTo(typeof(Task<string>)), "an XML-only body is text");
        Assert.That(Method(order, "PostAsync").GetParameters()[0].ParameterType, Is.EqualTo(typeof(string)));
        Assert.That(ReturnOf(CompiledSampleTests.Navigate(root, "User", "Login"), "GetAsync"), Is.EqualTo(typeof(Task<string>)));
    }

    [Test]
    public void Xml_and_form_alternatives_beside_json_and_missing_2xx_are_located_warnings()
    {
        var warnings = Document.Generated.Model.Warnings.Select(w => w.ToString()).ToList();
        Assert.That(warnings, Has.Member("test.yaml #/paths/~1pet/post/requestBody/content/application~1xml: the 'application/xml' alternative is not generated; the body is sent as JSON"));
        Assert.That(warnings, Has.Member("test.yaml #/paths/~1pet~1{petId}/delete/responses: the operation documents no 2xx response; any 2xx status completes the call without a result"));
    }

    [Test]
    public async Task Xml_goes_out_and_comes_back_as_text_with_its_media_type()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Document.Assembly, "Pets");
        var order = CompiledSampleTests.Navigate(root, "Store", "Order");
        handler.Body = """{"id":5}""";
        await (Task)Method(order, "PostAsync").Invoke(order, ["<order><id>5</id></order>", null, CancellationToken.None])!;
        Assert.That(handler.RequestBodies[0], Is.EqualTo("<order><id>5</id></order>"));
        Assert.That(handler.Requests[0].Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/xml"));

        handler.Body = "<order><id>3</id></order>";
        var orderItem = order.GetType().GetProperty("Item")!.GetValue(order, ["3"])!;
        Assert.That(await (Task<string>)Method(orderItem, "GetAsync").Invoke(orderItem, [null, CancellationToken.None])!, Is.EqualTo("<order><id>3</id></order>"));
        Assert.That(handler.Requests[1].Headers.Accept.Single().MediaType, Is.EqualTo("application/xml"));
        Assert.That(handler.Requests[1].RequestUri!.AbsolutePath, Is.EqualTo("/store/order/3"));
    }

    [Test]
    public async Task An_operation_documenting_only_errors_completes_on_any_2xx_and_sends_the_api_key_header()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Document.Assembly, "Pets");
        var pet = CompiledSampleTests.Navigate(root, "Pet");
        var petItem = pet.GetType().GetProperty("Item")!.GetValue(pet, ["7"])!;
        handler.Status = HttpStatusCode.OK;
        handler.Body = string.Empty;
        await (Task)Method(petItem, "DeleteAsync").Invoke(petItem, ["k-1", null, CancellationToken.None])!;
        Assert.That(handler.Requests[0].Method, Is.EqualTo(HttpMethod.Delete));
        Assert.That(handler.Requests[0].Headers.GetValues("api_key"), Is.EqualTo(new[] { "k-1" }));
    }
}
