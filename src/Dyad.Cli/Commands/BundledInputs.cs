namespace Dyad.Cli.Commands;

/// <summary>
/// The samples shipped beside the program: `dyad ingest samples` reads them from any folder once the tool is
/// installed. Only a relative path under samples/ that does not exist where the command runs is taken from the
/// program's folder, and the command says so.
/// </summary>
internal static class BundledInputs
{
    public const string Samples = "samples";

    public static string[] Resolve(string[] inputs, TextWriter output, string? baseDirectory = null, string? currentDirectory = null)
    {
        baseDirectory ??= AppContext.BaseDirectory;
        currentDirectory ??= Directory.GetCurrentDirectory();
        var resolved = new string[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            resolved[i] = inputs[i];
            var input = inputs[i];
            if (Path.IsPathRooted(input) || input.Contains("://", StringComparison.Ordinal)) continue;
            var here = Path.Combine(currentDirectory, input);
            if (File.Exists(here) || Directory.Exists(here)) continue;
            var first = input.Replace('\\', '/').TrimStart('.', '/').Split('/')[0];
            if (!string.Equals(first, Samples, StringComparison.Ordinal)) continue;
            var bundled = Path.GetFullPath(Path.Combine(baseDirectory, input));
            if (!File.Exists(bundled) && !Directory.Exists(bundled)) continue;
            output.WriteLine($"{input}: not in {currentDirectory}; reading the samples shipped with dyad ({bundled})");
            resolved[i] = bundled;
        }
        return resolved;
    }
}
