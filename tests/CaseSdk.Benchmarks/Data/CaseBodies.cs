using System.Globalization;
using System.Text.Json;

namespace CaseSdk.Benchmarks.Data;

/// <summary>
/// Canned response bodies shaped like the live API: every member Datadog's reference document defines for
/// <c>Case</c>, <c>CaseAttributes</c>, <c>CaseRelationships</c> and the <c>CasesResponse</c> meta (Jira issue,
/// ServiceNow ticket, <c>status_name</c>, <c>status_group</c>, <c>type_id</c>, the <c>attributes</c> map,
/// <c>custom_attributes</c> with string, number and array values, all four relationships), with nulls where the
/// reference allows them (an open case has no <c>closed_at</c>, an unassigned one a null assignee), plus three
/// members the reference does not define, as a newer API would send. Both the <c>SearchCases</c> page and the
/// <c>GetCase</c> body also carry a top-level <c>included</c> array (two JSON:API user objects), which the reference's
/// <c>CasesResponse</c> (data, meta) and <c>CaseResponse</c> (data) do not define: an unknown member at the top level
/// too. Written with <see cref="Utf8JsonWriter"/> so that neither client under test produces its own input. About
/// 2 KB per case: a page of 100 is about 197 KB.
/// </summary>
public static class CaseBodies
{
    /// <summary>Cases per page in every canned list: the API's largest <c>page[size]</c>.</summary>
    public const int PageSize = 100;

    /// <summary>The case type every canned case has (<c>type_id</c>).</summary>
    public const string TypeId = "3b010bde-09ce-4449-b745-71dd5f861963";

    private static readonly string[] Priorities = ["P1", "P2", "P3", "P4", "P5", "NOT_DEFINED"];
    private static readonly string[] Statuses = ["OPEN", "IN_PROGRESS", "CLOSED"];
    private static readonly string[] StatusNames = ["Open", "In Progress", "Closed"];
    private static readonly string[] StatusGroups = ["SG_OPEN", "SG_IN_PROGRESS", "SG_CLOSED"];
    private static readonly string[] TicketStatuses = ["IN_PROGRESS", "COMPLETED", "FAILED"];
    private const uint CaseKind = 0x0ca5e000;
    private const uint ServiceNowKind = 0x5e1f1ce0;
    private const uint WorkflowRunKind = 0x3f10e000;
    private const uint UserKind = 0x05e40001;

    private static readonly DateTimeOffset Epoch = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    /// <summary>A <c>SearchCases</c> page: <see cref="PageSize"/> cases and <c>meta.page</c> with <paramref name="totalPages"/>.</summary>
    public static byte[] SearchPage(int pageNumber, int totalPages)
    {
        using var buffer = new MemoryStream(PageSize * 2700);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            for (var i = 0; i < PageSize; i++)
            {
                WriteCase(writer, pageNumber, i);
            }

            writer.WriteEndArray();
            WriteIncluded(writer);

            // meta comes last: the stub's long listings write it per page after a shared prefix (Stub/LongListingPages.cs).
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
        using var buffer = new MemoryStream(2700);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            WriteCase(writer, 0, 7);
            WriteIncluded(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The id of case <paramref name="index"/> on page <paramref name="pageNumber"/>: unique across pages.</summary>
    public static string CaseId(int pageNumber, int index) => Id(CaseKind, pageNumber, index);

    /// <summary>
    /// Where, in a <see cref="SearchPage"/> body for <paramref name="pageNumber"/>, the four hex digits of the page
    /// number sit in the ids that carry it (each case's id, ServiceNow <c>sys_id</c> and <c>workflow_run_id</c>), in
    /// body order: writing another page number there gives that page's ids.
    /// </summary>
    public static int[] PageNumberPositions(ReadOnlySpan<byte> body, int pageNumber)
    {
        var positions = new List<int>(3 * PageSize);
        var from = 0;
        for (var i = 0; i < PageSize; i++)
        {
            // The page number is a Guid's second group: after "xxxxxxxx-" in the D format, after 8 digits in the N format.
            positions.Add(FindAfter(body, ref from, Id(CaseKind, pageNumber, i)) + 9);
            positions.Add(FindAfter(body, ref from, Id(ServiceNowKind, pageNumber, i).Replace("-", string.Empty, StringComparison.Ordinal)) + 8);
            positions.Add(FindAfter(body, ref from, Id(WorkflowRunKind, pageNumber, i)) + 9);
        }

        return [.. positions];
    }

    // Where text occurs in body at or after from; from moves past it.
    private static int FindAfter(ReadOnlySpan<byte> body, ref int from, string text)
    {
        var at = body[from..].IndexOf(System.Text.Encoding.UTF8.GetBytes(text));
        if (at < 0)
        {
            throw new InvalidOperationException($"'{text}' is not in the page body.");
        }

        var found = from + at;
        from = found + text.Length;
        return found;
    }

    private static void WriteCase(Utf8JsonWriter writer, int pageNumber, int index)
    {
        var n = (pageNumber * PageSize) + index;
        var key = "SEC-" + (1000 + n).ToString(CultureInfo.InvariantCulture);
        var created = Epoch.AddMinutes(-n * 37);
        writer.WriteStartObject();
        writer.WriteString("id", CaseId(pageNumber, index));
        writer.WriteString("type", "case");

        writer.WriteStartObject("attributes");
        var status = n % Statuses.Length;
        var shape = Shape(n);
        WriteTimeOrNull(writer, "archived_at", shape.Archived ? created.AddDays(9) : null);
        writer.WriteStartObject("attributes");
        writer.WriteStartArray("env");
        writer.WriteStringValue("prod");
        writer.WriteStringValue("eu-west-1");
        writer.WriteEndArray();
        writer.WriteStartArray("service");
        writer.WriteStringValue("checkout-api");
        writer.WriteEndArray();
        writer.WriteEndObject();
        WriteTimeOrNull(writer, "closed_at", shape.Closed ? created.AddDays(8).AddSeconds(17) : null);
        writer.WriteString("created_at", created);
        writer.WriteStartObject("custom_attributes");
        WriteCustomAttribute(writer, "runbook", "URL", isMulti: false, w => w.WriteStringValue("https://wiki.example.com/runbooks/checkout-api#5xx"));
        WriteCustomAttribute(writer, "impacted_users", "NUMBER", isMulti: false, w => w.WriteNumberValue(1200 + n));
        WriteCustomAttribute(writer, "regions", "SELECT", isMulti: true, w =>
        {
            w.WriteStartArray();
            w.WriteStringValue("eu-west-1");
            w.WriteStringValue("us-east-1");
            w.WriteEndArray();
        });
        WriteCustomAttribute(writer, "error_rates", "NUMBER", isMulti: true, w =>
        {
            w.WriteStartArray();
            w.WriteNumberValue(0.5);
            w.WriteNumberValue(14.25);
            w.WriteEndArray();
        });
        writer.WriteEndObject();
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
        WriteTimeOrNull(writer, "modified_at", !shape.Modified ? null : created.AddHours(5).AddMilliseconds(n));
        writer.WriteString("priority", Priorities[n % Priorities.Length]);
        writer.WriteStartObject("service_now_ticket");
        writer.WriteStartObject("result");
        writer.WriteString("sys_target_link", "https://example.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3D" + Id(ServiceNowKind, pageNumber, index).Replace("-", string.Empty, StringComparison.Ordinal));
        writer.WriteEndObject();
        writer.WriteString("status", TicketStatuses[(n + 1) % TicketStatuses.Length]);
        writer.WriteEndObject();
        writer.WriteString("status", Statuses[status]);
        writer.WriteString("status_group", StatusGroups[status]);
        writer.WriteString("status_name", StatusNames[status]);
        writer.WriteString("title", $"checkout-api 5xx spike after deploy {n:x6} in eu-west-1");
        writer.WriteString("type", "STANDARD");
        writer.WriteString("type_id", TypeId);

        // Members the reference does not define: what a newer API sends before any spec lists it.
        writer.WriteStartObject("sla");
        writer.WriteString("due_at", created.AddHours(4));
        writer.WriteBoolean("breached", n % 5 == 0);
        writer.WriteEndObject();
        writer.WriteNumber("comment_count", n % 11);
        writer.WriteEndObject();

        writer.WriteStartObject("relationships");
        if (!shape.Assigned)
        {
            // An unassigned case: the reference makes the assignee relationship nullable.
            writer.WriteNull("assignee");
        }
        else
        {
            WriteRelationship(writer, "assignee", Id(UserKind, 0, n % 7), "user");
        }

        WriteRelationship(writer, "created_by", Id(UserKind, 0, n % 5), "user");
        WriteRelationship(writer, "modified_by", Id(UserKind, 0, n % 3), "user");
        WriteRelationship(writer, "project", Id(0x9b0ec700, 0, 1), "project");
        writer.WriteEndObject();

        writer.WriteString("workflow_run_id", Id(WorkflowRunKind, pageNumber, index));
        writer.WriteEndObject();
    }

    // A JSON:API compound document's related resources, as the live API adds them when asked to include users: the
    // first two users the cases point at, with the members the reference defines for a user's attributes.
    private static void WriteIncluded(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("included");
        WriteUser(writer, 0, "Ada Lovelace", "ada.lovelace@example.com", "Incident commander");
        WriteUser(writer, 1, "Grace Hopper", "grace.hopper@example.com", null);
        writer.WriteEndArray();
    }

    private static void WriteUser(Utf8JsonWriter writer, int index, string name, string email, string? title)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id(UserKind, 0, index));
        writer.WriteString("type", "users");
        writer.WriteStartObject("attributes");
        writer.WriteString("created_at", Epoch.AddDays(-400 - index));
        writer.WriteBoolean("disabled", false);
        writer.WriteString("email", email);
        writer.WriteString("handle", email);
        writer.WriteString("icon", "https://secure.gravatar.com/avatar/" + Id(UserKind, 1, index).Replace("-", string.Empty, StringComparison.Ordinal) + "?s=48&d=retro");
        writer.WriteString("last_login_time", Epoch.AddHours(-3 - index));
        writer.WriteBoolean("mfa_enabled", index == 0);
        writer.WriteString("modified_at", Epoch.AddDays(-20 - index));
        writer.WriteString("name", name);
        writer.WriteBoolean("service_account", false);
        writer.WriteString("status", "Active");
        if (title is null)
        {
            writer.WriteNull("title");
        }
        else
        {
            writer.WriteString("title", title);
        }

        writer.WriteBoolean("verified", true);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Which nullable members case number <paramref name="n"/> has (the others are JSON null).</summary>
    public static (bool Archived, bool Closed, bool Modified, bool Assigned) Shape(int n) =>
        (Archived: n % 3 == 2 && n % 2 == 0, Closed: n % 3 == 2, Modified: n % 4 != 3, Assigned: n % 6 != 5);

    private static void WriteTimeOrNull(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteCustomAttribute(Utf8JsonWriter writer, string name, string type, bool isMulti, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", type);
        writer.WriteBoolean("is_multi", isMulti);
        writer.WritePropertyName("value");
        writeValue(writer);
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
