using System.Globalization;
using System.Text.Json;

namespace CaseSdk.Benchmarks.Data;

/// <summary>
/// Canned response bodies with every documented <c>Case</c> member filled (attributes, Jira issue, ServiceNow
/// ticket, all four relationships), written with <see cref="Utf8JsonWriter"/> so that neither client under test
/// produces its own input. About 1.4 KB per case, so a page of 100 is 137,729 bytes.
/// </summary>
public static class CaseBodies
{
    /// <summary>Cases per page in every canned list: the API's largest <c>page[size]</c>.</summary>
    public const int PageSize = 100;

    private static readonly string[] Priorities = ["P1", "P2", "P3", "P4", "P5", "NOT_DEFINED"];
    private static readonly string[] Statuses = ["OPEN", "IN_PROGRESS", "CLOSED"];
    private static readonly string[] TicketStatuses = ["IN_PROGRESS", "COMPLETED", "FAILED"];
    private static readonly DateTimeOffset Epoch = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    /// <summary>A <c>SearchCases</c> page: <see cref="PageSize"/> cases and <c>meta.page</c> with <paramref name="totalPages"/>.</summary>
    public static byte[] SearchPage(int pageNumber, int totalPages)
    {
        using var buffer = new MemoryStream(PageSize * 1100);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            for (var i = 0; i < PageSize; i++)
            {
                WriteCase(writer, pageNumber, i);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("meta");
            writer.WriteStartObject("page");
            writer.WriteNumber("current", pageNumber);
            writer.WriteNumber("size", PageSize);
            writer.WriteNumber("total", totalPages);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>A <c>GetCase</c> response: one case under <c>data</c>.</summary>
    public static byte[] SingleCase()
    {
        using var buffer = new MemoryStream(1100);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            WriteCase(writer, 0, 7);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The id of case <paramref name="index"/> on page <paramref name="pageNumber"/>: unique across pages.</summary>
    public static string CaseId(int pageNumber, int index) => Id(0x0ca5e000, pageNumber, index);

    private static void WriteCase(Utf8JsonWriter writer, int pageNumber, int index)
    {
        var n = (pageNumber * PageSize) + index;
        var key = "SEC-" + (1000 + n).ToString(CultureInfo.InvariantCulture);
        var created = Epoch.AddMinutes(-n * 37);
        writer.WriteStartObject();
        writer.WriteString("id", CaseId(pageNumber, index));
        writer.WriteString("type", "case");

        writer.WriteStartObject("attributes");
        writer.WriteString("archived_at", created.AddDays(9));
        writer.WriteString("closed_at", created.AddDays(8).AddSeconds(17));
        writer.WriteString("created_at", created);
        writer.WriteString(
            "description",
            $"Elevated 5xx rate on checkout-api after deploy {n:x6}. p99 latency rose from 180 ms to 2.4 s in eu-west-1; error budget burn 14x. Suspect connection pool exhaustion in the payments client; rollback pending approval. Runbook: https://wiki.example.com/runbooks/checkout-api#5xx");
        writer.WriteStartObject("jira_issue");
        writer.WriteStartObject("result");
        writer.WriteString("issue_id", (100_000 + n).ToString(CultureInfo.InvariantCulture));
        writer.WriteString("issue_key", key);
        writer.WriteString("issue_url", "https://example.atlassian.net/browse/" + key);
        writer.WriteString("project_key", "SEC");
        writer.WriteEndObject();
        writer.WriteString("status", TicketStatuses[n % TicketStatuses.Length]);
        writer.WriteEndObject();
        writer.WriteString("key", key);
        writer.WriteString("modified_at", created.AddHours(5).AddMilliseconds(n));
        writer.WriteString("priority", Priorities[n % Priorities.Length]);
        writer.WriteStartObject("service_now_ticket");
        writer.WriteStartObject("result");
        writer.WriteString("sys_target_link", "https://example.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3D" + Id(0x5e1f1ce0, pageNumber, index).Replace("-", string.Empty, StringComparison.Ordinal));
        writer.WriteEndObject();
        writer.WriteString("status", TicketStatuses[(n + 1) % TicketStatuses.Length]);
        writer.WriteEndObject();
        writer.WriteString("status", Statuses[n % Statuses.Length]);
        writer.WriteString("title", $"checkout-api 5xx spike after deploy {n:x6} in eu-west-1");
        writer.WriteString("type", "STANDARD");
        writer.WriteEndObject();

        writer.WriteStartObject("relationships");
        WriteRelationship(writer, "assignee", Id(0x05e40001, 0, n % 7), "user");
        WriteRelationship(writer, "created_by", Id(0x05e40001, 0, n % 5), "user");
        WriteRelationship(writer, "modified_by", Id(0x05e40001, 0, n % 3), "user");
        WriteRelationship(writer, "project", Id(0x9b0ec700, 0, 1), "project");
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, string name, string id, string type)
    {
        writer.WriteStartObject(name);
        writer.WriteStartObject("data");
        writer.WriteString("id", id);
        writer.WriteString("type", type);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Id(uint kind, int pageNumber, int index) =>
        new Guid(unchecked((int)kind), (short)pageNumber, (short)index, 0x8f, 0x3a, 0x41, 0x2c, 0x9d, 0x6e, 0x07, 0xb5).ToString("D");
}
