using Dyad.Storage;
using Dyad.Query;

namespace Dyad.Cli.Commands;

/// <summary>How a table names the article an event was read from: title, outlet and publication date, not a document id.</summary>
internal static class Articles
{
    /// <summary>"Title (Outlet, 2023-05-07)"; the document id stands in for a missing title, and unknown parts are left out.</summary>
    public static string Label(StoredEvent e, int maxTitle = 60)
    {
        var title = Consoles.Clip(string.IsNullOrWhiteSpace(e.Title) ? e.Event.Doc : e.Title.Trim(), maxTitle);
        var outlet = e.Outlet is null ? null : Consoles.Clip(e.Outlet, 40);
        var about = string.Join(", ", new[] { outlet, e.Published?.ToString() }.Where(x => !string.IsNullOrEmpty(x)));
        return about.Length == 0 ? title : $"{title} ({about})";
    }

    /// <summary>"embassy reopened (mission.reopen)": the pack's label, then the code people filter by.</summary>
    public static string Step(Packs.Pack pack, string? code) =>
        code is null ? "-" : pack.StepLabel(code) is var label && label != code ? $"{label} ({code})" : code;
}
