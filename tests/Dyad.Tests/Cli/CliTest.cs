using Dyad.Tests.Storage;

namespace Dyad.Tests.Cli;

/// <summary>A test of the dyad command line, run in-process as a user would type it, on a store in the test's own folder.</summary>
public abstract class CliTest : TempStoreTest
{
    protected string Db => Temp.Db;

    /// <summary>Runs a command with --db naming the test's store: its exit code and what it printed.</summary>
    protected (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Dyad.Cli.Cli.Run([.. args, "--db", Db], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
