using System.CommandLine;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>`dyad timeline A B`: every step between two actors in date order, with its evidence.</summary>
internal static class TimelineCommand
{
    public static Command Create(GlobalOptions global, TextWriter output, TextWriter error)
    {
        var a = new Argument<string>("a") { Description = "An actor id, e.g. TUR" };
        var b = new Argument<string>("b") { Description = "Another actor id, e.g. SYR" };
        var command = new Command("timeline", "Every step between two actors in date order");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        command.SetAction(parse => GlobalOptions.Guard(error, () =>
        {
            using var store = global.OpenStore(parse);
            var events = store.Events(new EventQuery { Dyad = (parse.GetValue(a)!.ToUpperInvariant(), parse.GetValue(b)!.ToUpperInvariant()), StepsOnly = true });
            foreach (var se in events)
            {
                var e = se.Event;
                output.WriteLine($"{e.Date?.ToString() ?? "undated",-10}  {e.Step,-20} {e.Modality.ToString().ToLowerInvariant(),-12} {e.Source} -> {e.Target}  [{e.Doc}]");
                output.WriteLine($"            \"{e.Evidence}\"");
            }
            output.WriteLine($"{events.Count} steps between {parse.GetValue(a)} and {parse.GetValue(b)}");
            return 0;
        }));
        return command;
    }
}
