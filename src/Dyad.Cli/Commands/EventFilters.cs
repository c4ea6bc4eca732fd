using System.CommandLine;
using Dyad.Query;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>The event filters shared by `events` and `export`; they build the same <see cref="EventQuery"/> the API uses.</summary>
internal sealed class EventFilters
{
    public Option<string?> Dyad { get; } = new("--dyad") { Description = "Both directions between two actors, by id or name, e.g. TUR:SYR or Turkey:Syria" };
    public Option<string?> Actor { get; } = new("--actor") { Description = "Events where this actor (id or name; or one of its sectors) is source or target" };
    public Option<string?> Step { get; } = new("--step") { Description = "A step code, or a prefix ending in * (contact.*)" };
    public Option<string?> Modality { get; } = new("--modality") { Description = "asserted, planned, demanded, negated or hypothetical" };
    public Option<string?> From { get; } = new("--from") { Description = "From this date: 2023, 2023-05 or 2023-05-07" };
    public Option<string?> To { get; } = new("--to") { Description = "Up to this date: 2023, 2023-05 or 2023-05-07" };
    public Option<string?> Text { get; } = new("--text", "-q") { Description = "Words the evidence sentence must contain" };
    public Option<string?> Doc { get; } = new("--doc") { Description = "Only events of this document id" };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Dyad, Actor, Step, Modality, From, To, Text, Doc }) command.Options.Add(o);
    }

    /// <summary>The query, or an error message naming the bad value (parsed by the parser the web API shares).</summary>
    public (EventQuery? Query, string? Error) Build(ParseResult parse, ActorNames names)
    {
        var result = EventQueryParser.Parse(new EventFilterText(
            parse.GetValue(Actor), parse.GetValue(Dyad), parse.GetValue(Step), parse.GetValue(Modality),
            parse.GetValue(From), parse.GetValue(To), parse.GetValue(Text), parse.GetValue(Doc)), "--", names);
        return (result.Query, result.Error);
    }
}
