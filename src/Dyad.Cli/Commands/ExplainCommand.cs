using System.CommandLine;
using Dyad.Ingest;
using Dyad.Model;

namespace Dyad.Cli.Commands;

/// <summary>
/// `dyad explain FILE`: codes one article without storing it and shows, sentence by sentence, the actors,
/// time expressions, events and ledger records (conditions, goals, status notes, indicator values) found: what a pack author needs to see why a step was, or was not, coded.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "An article file (.txt, .html)" };
        var published = new Option<string?>("--published") { Description = "Publication date (else meta.json, page metadata or a date line)" };
        var all = new Option<bool>("--all") { Description = "Show sentences without events too" };
        var command = new Command("explain", "Code one article without storing it and show what was found in each sentence") { file, published, all };
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var path = parse.GetValue(file)!;
            var walker = new InputWalker();
            var errors = new List<IngestError>();
            var input = walker.Walk([path], errors).FirstOrDefault();
            if (input is null) { foreach (var e in errors) error.WriteLine($"error: {e}"); return 3; }
            var read = new ArticleReader().ReadFile(path, new ArticleHints(input.Id, input.Meta, PartialDate.Parse(parse.GetValue(published)).ValueOrNull()));
            if (read.Error is not null) { error.WriteLine($"error: {read.Error}"); return 3; }
            var coded = global.Pipeline(parse).Code(read.Document!, trace: true);
            var cues = (coded.Cues ?? []).ToLookup(c => c.Sentence);
            var text = coded.Document.Text;
            output.WriteLine($"{coded.Document.Id}  published {coded.Document.Published?.ToString() ?? "unknown"}");
            var mentions = coded.Mentions.ToLookup(m => m.Sentence);
            var events = coded.Events.ToLookup(e => e.Sentence);
            var ledger = coded.Ledger.ToDictionary(l => l.Sentence);
            foreach (var s in coded.Sentences)
            {
                if (!s.Coded || (!parse.GetValue(all) && !events[s.Index].Any() && !cues[s.Index].Any() && !ledger.ContainsKey(s.Index))) continue;
                output.WriteLine();
                output.WriteLine($"[{s.Index}] {text[s.Start..s.End]}");
                var actors = string.Join(", ", mentions[s.Index].Select(m => $"{text[m.Start..m.End]}={m.Actor}{(m.Role == RoleLevel.None ? "" : "/" + m.Role.ToString().ToLowerInvariant())}"));
                if (actors.Length > 0) output.WriteLine($"    actors: {actors}");
                var dates = string.Join(", ", coded.Dates.Where(d => d.Start >= s.Start && d.End <= s.End)
                    .Select(d => $"{text[d.Start..d.End]}={d.Value?.ToString() ?? "?"}({d.Role.ToString().ToLowerInvariant()})"));
                if (dates.Length > 0) output.WriteLine($"    dates: {dates}");
                foreach (var c in cues[s.Index])
                    output.WriteLine($"    cue: \"{text[c.Start..c.End]}\" [{c.Pattern}] -> {c.Outcome}");
                foreach (var e in events[s.Index])
                    output.WriteLine($"    => {e.Source} -> {e.Target} {e.Step} {e.Modality.ToCode()} {e.Date?.ToString() ?? "null"} ({e.DateBasis.ToCode()}) {e.Confidence:0.00} [{e.Pattern}]");
                if (!ledger.TryGetValue(s.Index, out var found)) continue;
                foreach (var r in found.Records) output.WriteLine($"    ledger: {LedgerText.Describe(r)}");
                foreach (var r in found.Refused) output.WriteLine($"    refused: \"{r.Words}\" ({r.Reason})");
            }
            return 0;
        }));
        return command;
    }
}
