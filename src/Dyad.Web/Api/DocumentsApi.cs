using Dyad.Model;
using Dyad.Packs;
using Dyad.Storage;

namespace Dyad.Web.Api;

/// <summary>A sentence span and whether the pipeline coded it.</summary>
/// <param name="Index">Its place in the document, from 0.</param>
/// <param name="Start">Offset of its first character in the text.</param>
/// <param name="End">Offset just past its last.</param>
/// <param name="Coded">False for a sentence the coder skipped (boilerplate, notes).</param>
public sealed record SentenceDto(int Index, int Start, int End, bool Coded);

/// <summary>An actor mention: a span and the actor it resolves to.</summary>
/// <param name="Sentence">The index of its sentence.</param>
/// <param name="Start">Offset of its first character in the text.</param>
/// <param name="End">Offset just past its last.</param>
/// <param name="Actor">The actor id it resolves to on the document's date.</param>
/// <param name="Name">That actor's display name.</param>
/// <param name="Kind">What the words name: state, capital, place, organisation, person, description, group or pronoun.</param>
/// <param name="Role">The level at which it speaks for the actor: leader, minister, security, official or none.</param>
public sealed record MentionDto(int Sentence, int Start, int End, string Actor, string Name, string Kind, string Role);

/// <summary>A time expression: a span and the date it resolves to, if any.</summary>
/// <param name="Start">Offset of its first character in the text.</param>
/// <param name="End">Offset just past its last.</param>
/// <param name="Value">The date it resolves to, 2023, 2023-05 or 2023-05-07; null when it resolves to none.</param>
/// <param name="Basis">explicit, relative, publication or none.</param>
/// <param name="Role">What it does for the events near it: point, anchor, unresolvable, dateline or prospective.</param>
public sealed record DateSpanDto(int Start, int End, string? Value, string Basis, string Role);

/// <summary>A stored document without its text.</summary>
/// <param name="Id">The stored document's id, for GET /api/documents/{id}.</param>
/// <param name="Key">The document id events carry (file name without extension, or URL).</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Url">Where it was read, when it came from the web.</param>
/// <param name="Published">The publication date.</param>
/// <param name="Events">How many events were coded from it.</param>
public sealed record DocumentSummaryDto(long Id, string Key, string? Title, string? Source, string? Url, string? Published, int Events);

/// <summary>GET /api/documents: a page of stored documents (oldest first) and how many there are in all.</summary>
/// <param name="Total">How many documents are stored.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">The most documents a page holds.</param>
/// <param name="Items">The page's documents.</param>
public sealed record DocumentPageDto(int Total, int Page, int PageSize, IReadOnlyList<DocumentSummaryDto> Items)
{
    /// <summary>False: at least Total documents are stored (the count stops there).</summary>
    public bool TotalExact { get; init; } = true;
}

/// <summary>GET /api/documents/{id}: the text and every span found in it (offsets into Text).</summary>
/// <param name="Id">The stored document's id.</param>
/// <param name="Key">The document id events carry.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Url">Where it was read, when it came from the web.</param>
/// <param name="Published">The publication date.</param>
/// <param name="Text">The clean text every offset points into.</param>
/// <param name="Sentences">Its sentences.</param>
/// <param name="Mentions">The actors named in it.</param>
/// <param name="Dates">The time expressions in it.</param>
/// <param name="Events">The events coded from it.</param>
public sealed record DocumentDto(long Id, string Key, string? Title, string? Source, string? Url, string? Published, string Text,
    IReadOnlyList<SentenceDto> Sentences, IReadOnlyList<MentionDto> Mentions, IReadOnlyList<DateSpanDto> Dates, IReadOnlyList<EventDto> Events);

/// <summary>The stored documents, one by one with their spans.</summary>
internal static class DocumentsApi
{
    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapGet("/", List).WithSummary("Stored documents without text, oldest first, paged: page (from 1) and pageSize (1 to 500, default 50); total counts them all")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get).WithSummary("A document by key (file name or URL) or numeric id: text, sentences, actors, dates and steps")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Results<Ok<DocumentPageDto>, ProblemHttpResult> List(IDyadStore store, CancellationToken cancellationToken, string? page = null, string? pageSize = null)
    {
        if (!Paging.TryRead(page, pageSize, out var number, out var size, out var problem)) return Problems.BadParameter(problem!);
        // A page of the store's own order (ix_documents_published), not every document sorted here.
        var items = store.Documents(size, (number - 1) * size, cancellationToken)
            .Select(d => new DocumentSummaryDto(d.Id, d.Key, d.Title, d.Source, d.Url, d.Published?.ToString(), d.Events)).ToList();
        var counted = store.CountDocuments(Paging.MaxReach + 1, cancellationToken);
        return TypedResults.Ok(new DocumentPageDto(Math.Min(counted, Paging.MaxReach), number, size, items) { TotalExact = counted <= Paging.MaxReach });
    }

    private static Results<Ok<DocumentDto>, ProblemHttpResult> Get(IDyadStore store, Pack pack, string id)
    {
        var doc = store.Document(id) ?? (long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? store.Document(n) : null);
        if (doc is null) return Problems.NotFound($"no document '{id}' in the store");
        var s = doc.Summary;
        return TypedResults.Ok(new DocumentDto(s.Id, s.Key, s.Title, s.Source, s.Url, s.Published?.ToString(), doc.Text,
            doc.Sentences.Select(x => new SentenceDto(x.Index, x.Start, x.End, x.Coded)).ToList(),
            doc.Mentions.Select(m => new MentionDto(m.Sentence, m.Start, m.End, m.Actor, pack.DisplayName(m.Actor),
                m.Kind.ToString().ToLowerInvariant(), m.Role.ToString().ToLowerInvariant())).ToList(),
            doc.Dates.Select(d => new DateSpanDto(d.Start, d.End, d.Value?.ToString(), d.Basis.ToCode(), d.Role.ToString().ToLowerInvariant())).ToList(),
            doc.Events.Select(e => Dto.Event(e, pack)).ToList()));
    }
}
