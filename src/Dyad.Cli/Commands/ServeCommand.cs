using System.CommandLine;
using Dyad.Packs;
using Dyad.Web;

namespace Dyad.Cli.Commands;

/// <summary>`dyad serve`: the dashboard and JSON API over the store, on loopback, read-only unless ingest is allowed with a token.</summary>
internal static class ServeCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:5080: this machine only)", DefaultValueFactory = _ => WebOptions.DefaultUrls };
        var allowIngest = new Option<bool>("--allow-ingest") { Description = "Accept POST /api/documents (needs --token)" };
        var token = new Option<string?>("--token") { Description = "The bearer token ingest requests must send (or DYAD_TOKEN)" };
        var docTimeout = DocTimeout.Create();
        var command = new Command("serve", "Serve the dashboard and the JSON API over the store") { urls, allowIngest, token, docTimeout };
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var t = parse.GetValue(token) ?? Environment.GetEnvironmentVariable("DYAD_TOKEN");
            if (parse.GetValue(allowIngest) && string.IsNullOrWhiteSpace(t))
            {
                error.WriteLine("dyad: --allow-ingest needs --token T (or DYAD_TOKEN)");
                return 2;
            }
            var (budget, budgetError) = DocTimeout.Read(parse, docTimeout);
            if (budgetError is not null) { error.WriteLine($"dyad: {budgetError}"); return 2; }
            var options = new WebOptions
            {
                DocumentBudget = budget,
                Db = parse.GetValue(global.Db),
                PackDirectory = parse.GetValue(global.Pack) ?? PackLoader.DefaultDirectory,
                Urls = parse.GetValue(urls) ?? WebOptions.DefaultUrls,
                AllowIngest = parse.GetValue(allowIngest),
                Token = t,
            };
            var app = DyadWeb.Build(options);
            output.WriteLine($"dyad: serving {options.Urls} ({(options.AllowIngest ? "ingest allowed with token" : "read-only")}); Ctrl+C stops");
            app.Run();
            return 0;
        }));
        return command;
    }
}
