namespace CaseSdk.Generator.Tests.Support;

/// <summary>Small specs, each exercising the constructs a test is about.</summary>
internal static class SampleSpecs
{
    public const string FileName = "test.yaml";

    /// <summary>Nested and inline objects, arrays, reused refs, enums, oneOf, path and bracketed query parameters, deprecation, keywords and colliding names.</summary>
    public const string KitchenSink = """
        openapi: 3.0.3
        info: {title: Sample, version: '1'}
        paths:
          /api/items:
            get:
              operationId: ListItems
              summary: List items <fast> & cheap */ here
              description: |-
                Lists items.

                Second paragraph with a <tag> & an ampersand.
              parameters:
                - {name: 'page[size]', in: query, description: Page size <= 100., schema: {type: integer, format: int64, maximum: 100, default: 10}}
                - {name: page_size, in: query, schema: {type: integer, format: int32}}
                - {name: sort, in: query, schema: {$ref: '#/components/schemas/ItemSort'}}
                - {name: 'filter[tags]', in: query, schema: {type: array, items: {type: string}}}
                - {name: event, in: query, schema: {type: boolean}}
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/ItemList'}}}}
                '400': {description: Bad request}
                '429': {description: Too many requests}
            post:
              operationId: CreateItem
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
              responses:
                '201': {description: Created, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
                '400': {description: Bad request}
          /api/items/{params}:
            delete:
              operationId: DeleteItem
              deprecated: true
              parameters: [{name: params, in: path, required: true, description: The item id., schema: {type: string}}]
              responses: {'204': {description: Gone}, '404': {description: Missing}}
          /api/items/{params}/events:
            get:
              operationId: ListItemEvents
              parameters: [{name: params, in: path, required: true, schema: {type: string}}]
              responses:
                '200': {description: OK, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Event'}}}}}
        components:
          schemas:
            ItemSort: {type: string, enum: [name, '-name', 1d, in-progress]}
            ItemStatus: {type: string, enum: [OPEN, IN_PROGRESS, P1]}
            ItemType: {type: string, enum: [items]}
            Item:
              type: object
              description: An item with <b>markup</b> & a comment end */ inside.
              required: [type]
              properties:
                type: {$ref: '#/components/schemas/ItemType'}
                default: {type: string}
                params: {type: array, items: {type: string}}
                event: {$ref: '#/components/schemas/Event'}
                status: {$ref: '#/components/schemas/ItemStatus'}
                owner:
                  type: object
                  properties:
                    name: {type: string}
                    created_at: {type: string, format: date-time}
                    kind: {type: string, enum: [human, robot]}
                note: {type: string, nullable: true}
                legacy: {type: string, deprecated: true}
                count: {type: integer, format: int32}
                ratio: {type: number}
                page_size: {type: integer}
                'page[size]': {type: integer}
                included: {type: array, items: {$ref: '#/components/schemas/Included'}}
                matrix: {type: array, items: {type: array, items: {type: integer}}}
            Event:
              type: object
              properties:
                event: {type: string}
                type: {$ref: '#/components/schemas/EventType'}
            EventType: {type: string, enum: [events]}
            ItemList:
              type: object
              properties:
                data: {type: array, items: {$ref: '#/components/schemas/Item'}}
                first: {$ref: '#/components/schemas/Item'}
            Included:
              oneOf:
                - $ref: '#/components/schemas/Item'
                - $ref: '#/components/schemas/Event'
        """;

    /// <summary>Wraps schemas and paths into a minimal document.</summary>
    public static string Document(string paths, string schemas = "{}") => $$"""
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
        {{Indent(paths, 2)}}
        components:
          schemas:
        {{Indent(schemas, 4)}}
        """;

    /// <summary>One GET operation answering 200 with <paramref name="schemaRef"/>.</summary>
    public static string GetReturning(string schemaRef) =>
        "/x:\n  get:\n    operationId: GetX\n    responses:\n      '200': {description: OK, content: {application/json: {schema: {$ref: '" + schemaRef + "'}}}}";

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => new string(' ', spaces) + l));
}
