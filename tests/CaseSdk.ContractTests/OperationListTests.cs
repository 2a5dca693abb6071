using CaseSdk.ContractTests.Spec;
using CaseSdk.ContractTests.Support;

namespace CaseSdk.ContractTests;

/// <summary>The operations under test come from the spec: one added to the spec without a call fails here, by name.</summary>
public sealed class OperationListTests
{
    [Test]
    public void Spec_yields_operations_with_unique_ids()
    {
        var ids = ContractSpec.Operations.Select(o => o.OperationId).ToList();

        Assert.That(ids, Is.Not.Empty);
        Assert.That(ids, Is.Unique);
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.All))]
    public void Spec_operation_has_a_contract_call(string operationId)
    {
        Assert.That(OperationCalls.ByOperationId.ContainsKey(operationId), Is.True,
            $"The spec has operation '{operationId}' but OperationCalls has no call for it: add one.");
    }

    [Test]
    public void Every_contract_call_names_an_operation_of_the_spec()
    {
        var specIds = ContractSpec.Operations.Select(o => o.OperationId).ToHashSet(StringComparer.Ordinal);

        Assert.That(OperationCalls.ByOperationId.Keys.Where(id => !specIds.Contains(id)), Is.Empty,
            "calls for operations the spec no longer has");
    }
}
