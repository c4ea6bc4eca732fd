using System.CommandLine;
using Dyad.Cli.Commands;

namespace Dyad.Cli;

/// <summary>The `dyad` command line: one command per file under Commands/.</summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new GlobalOptions();
        var root = new RootCommand("Dyad: reads news articles and keeps a sourced record of how relations between states move.");
        root.Options.Add(options.Db);
        root.Options.Add(options.Pack);
        root.Subcommands.Add(IngestCommand.Create(options, output, error));
        root.Subcommands.Add(EventsCommand.Create(options, output, error));
        root.Subcommands.Add(DyadsCommand.Create(options, output, error));
        root.Subcommands.Add(LedgerCommand.Create(options, output, error));
        root.Subcommands.Add(TimelineCommand.Create(options, output, error));
        root.Subcommands.Add(ExportCommand.Create(options, output, error));
        root.Subcommands.Add(ExplainCommand.Create(options, output, error));
        root.Subcommands.Add(WatchCommand.Create(options, output, error));
        root.Subcommands.Add(ServeCommand.Create(options, output, error));
        root.Subcommands.Add(BenchCommand.Create(options, output, error));
        var parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
