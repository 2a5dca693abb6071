using CaseSdk.Generator.Read;

// Reads and validates the spec; later stages (model, emit) build on this.
var specIndex = Array.IndexOf(args, "--spec");
if (specIndex < 0 || specIndex + 1 >= args.Length)
{
    Console.Error.WriteLine("usage: CaseSdk.Generator --spec <file>");
    return 2;
}

try
{
    var path = args[specIndex + 1];
    var document = SpecReader.ReadFile(path).RequireValid();
    Console.WriteLine($"{path}: {document.Paths.Count} paths, no problems.");
    return 0;
}
catch (SpecException e)
{
    foreach (var diagnostic in e.Diagnostics)
    {
        Console.Error.WriteLine($"error: {diagnostic}");
    }

    return 1;
}
