using Dyad.Query;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web.Api;

/// <summary>
/// The event filters of a query string, as GET /api/events and the ledger endpoints both take them: all text, read by
/// <see cref="EventQueryParser"/>. An endpoint's request adds its own parameters; the order of its constructor is the
/// order of its parameters in the OpenAPI document.
/// </summary>
/// <param name="Actor">An actor by id or name (TUR, Turkey, the UAE); its sectors included. Unknown: 404.</param>
/// <param name="Dyad">Two actors by id or name, e.g. TUR:SYR or Turkey:Syria: both directions between them. Unknown: 404.</param>
/// <param name="From">2023, 2023-05 or 2023-05-07: what is dated from the start of that year, month or day.</param>
/// <param name="To">2023, 2023-05 or 2023-05-07: what is dated up to the end of that year, month or day.</param>
/// <param name="Q">Words the evidence sentence must contain.</param>
/// <param name="Doc">A document id.</param>
public abstract record EventFilterRequest(
    [property: FromQuery(Name = "actor")] string? Actor,
    [property: FromQuery(Name = "dyad")] string? Dyad,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "doc")] string? Doc)
{
    /// <summary>The filters as the parser reads them, with the step and modality that only the events endpoint takes.</summary>
    public EventFilterText Filters(string? step = null, string? modality = null) => new(Actor, Dyad, step, modality, From, To, Q, Doc);
}
