using Dyad.Tests.Storage;

namespace Dyad.Tests.Cli;

/// <summary>The dyad command line run in-process, as a user would type it, on a store in a temporary folder of its own.</summary>
public sealed class CliSession(string prefix = "dyad-cli-") : IDisposable
{
    public TempStore Temp { get; } = new(prefix);

    public string Db => Temp.Db;

    /// <summary>Runs a command with --db naming the session's store: its exit code and what it printed.</summary>
    public (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Dyad.Cli.Cli.Run([.. args, "--db", Db], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Temp.Dispose();
}
