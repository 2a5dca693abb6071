using Microsoft.Extensions.Options;

namespace CaseSdk.Extensions.DependencyInjection;

/// <summary>
/// Validates the registered <see cref="DatadogClientOptions"/> when the host starts (<c>ValidateOnStart</c>), so a
/// bad site or a missing key stops start-up instead of the first call. Messages name keys, never their values; those
/// of a keyed client also name the client and its service key.
/// </summary>
internal sealed class DatadogClientOptionsValidator(
    IEnumerable<DatadogClientConfigurationReader> readers,
    IEnumerable<CaseSdkClientRegistration> registrations) : IValidateOptions<DatadogClientOptions>
{
    public ValidateOptionsResult Validate(string? name, DatadogClientOptions options)
    {
        name ??= Options.DefaultName;
        var registration = registrations.FirstOrDefault(r => r.OptionsName == name);
        if (registration is null)
        {
            return ValidateOptionsResult.Skip;
        }

        // The configuration problems explain the options' state best, so they are reported on their own when present.
        var failures = readers.Where(reader => reader.OptionsName == name).SelectMany(reader => reader.ApplyTo(new DatadogClientOptions())).ToList();
        if (failures.Count == 0 && Check(options, registration) is { } failure)
        {
            failures.Add(failure);
        }

        if (registration.IsKeyed)
        {
            failures = failures.Select(f => $"{registration.Description}: {f}").ToList();
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? Check(DatadogClientOptions options, CaseSdkClientRegistration registration)
    {
        var method = registration.IsKeyed ? "AddKeyedCaseSdk" : "AddCaseSdk";
        if (options.Credentials is null)
        {
            return $"DatadogClientOptions.Credentials is not set: set it in the {method} configure delegate (DatadogCredentials.FromApiKeys or FromAccessToken), or register the client with {method}({(registration.IsKeyed ? "key, " : string.Empty)}configurationSection).";
        }

        if (options.HttpMessageHandler is not null)
        {
            return $"DatadogClientOptions.HttpMessageHandler is not used with {method}; replace the transport with ConfigurePrimaryHttpMessageHandler on the IHttpClientBuilder that {method} returns.";
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
