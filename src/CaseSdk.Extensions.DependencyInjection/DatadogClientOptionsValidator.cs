using Microsoft.Extensions.Options;

namespace CaseSdk.Extensions.DependencyInjection;

/// <summary>
/// Validates the registered <see cref="DatadogClientOptions"/> when the host starts (<c>ValidateOnStart</c>), so a
/// bad site or a missing key stops start-up instead of the first call. Messages name keys, never their values.
/// </summary>
internal sealed class DatadogClientOptionsValidator(IEnumerable<DatadogClientConfigurationReader> readers) : IValidateOptions<DatadogClientOptions>
{
    public ValidateOptionsResult Validate(string? name, DatadogClientOptions options)
    {
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        // The configuration problems explain the options' state best, so they are reported on their own when present.
        var failures = readers.SelectMany(reader => reader.ApplyTo(new DatadogClientOptions())).ToList();
        if (failures.Count == 0 && Check(options) is { } failure)
        {
            failures.Add(failure);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? Check(DatadogClientOptions options)
    {
        if (options.Credentials is null)
        {
            return "DatadogClientOptions.Credentials is not set: set it in the AddCaseSdk configure delegate (DatadogCredentials.FromApiKeys or FromAccessToken), or register the client with AddCaseSdk(configurationSection).";
        }

        if (options.HttpMessageHandler is not null)
        {
            return "DatadogClientOptions.HttpMessageHandler is not used with AddCaseSdk; replace the transport with ConfigurePrimaryHttpMessageHandler on the IHttpClientBuilder that AddCaseSdk returns.";
        }

        try
        {
            options.Validate();
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}
