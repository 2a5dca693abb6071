using CaseSdk.ContractTests.Spec;

namespace CaseSdk.ContractTests.Support;

/// <summary>Test case sources derived from the spec at test time, so a new operation gets tests (and fails them) at once.</summary>
internal static class OperationCases
{
    public static IEnumerable<TestCaseData> All() =>
        ContractSpec.Operations.Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    public static IEnumerable<TestCaseData> WithRequestBody() =>
        ContractSpec.Operations.Where(o => o.RequestSchema is not null).Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    public static IEnumerable<TestCaseData> WithoutRequestBody() =>
        ContractSpec.Operations.Where(o => o.RequestSchema is null).Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    public static IEnumerable<TestCaseData> WithQueryParameters() =>
        ContractSpec.Operations.Where(o => o.QueryParameters.Any()).Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    public static IEnumerable<TestCaseData> WithResponseBody() =>
        ContractSpec.Operations.Where(o => o.ResponseExample is not null).Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    public static IEnumerable<TestCaseData> WithoutResponseBody() =>
        ContractSpec.Operations.Where(o => o.ResponseExample is null).Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    public static IEnumerable<TestCaseData> DocumentedErrors() =>
        from o in ContractSpec.Operations
        from status in o.ErrorStatusCodes
        select new TestCaseData(o.OperationId, status).SetArgDisplayNames(o.OperationId, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
