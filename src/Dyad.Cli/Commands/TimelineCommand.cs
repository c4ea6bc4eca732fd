using System.CommandLine;
using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>`dyad timeline A B`: every step between two actors in date order, with its evidence.</summary>
internal static class TimelineCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var a = new Argument<string>("a") { Description = "An actor, by id or name: TUR, Turkey, the UAE" };
        var b = new Argument<string>("b") { Description = "Another actor, by id or name: SYR, Syria" };
        var command = new Command("timeline", "Every step between two actors in date order");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            var pack = global.LoadPack(parse);
            var names = new ActorNames(pack);
            var (idA, idB) = (GlobalOptions.Actor(names, parse.GetValue(a)!), GlobalOptions.Actor(names, parse.GetValue(b)!));
            using var store = global.OpenExistingStore(parse);
            var events = store.Events(new EventQuery { Dyad = (idA, idB), StepsOnly = true });
            foreach (var se in events)
            {
                var e = se.Event;
                output.WriteLine($"{e.Date?.ToString() ?? "undated",-10}  {Articles.Step(pack, e.Step),-44} {e.Modality.ToString().ToLowerInvariant(),-12} {e.Source} -> {e.Target}");
                output.WriteLine($"            \"{e.Evidence}\"");
                output.WriteLine($"            {Articles.Label(se, 100)} [{e.Doc}]");
            }
            output.WriteLine($"{events.Count} steps between {idA} and {idB}");
            return 0;
        }));
        return command;
    }
}
