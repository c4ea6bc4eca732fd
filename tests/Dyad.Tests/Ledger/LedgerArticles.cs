using Dyad.Tests.Storage;

namespace Dyad.Tests.Ledger;

/// <summary>
/// Short articles written for the ledger's tests (issue 20), the same for the CLI and the web pages: the web tests
/// compile this file too.
/// </summary>
public static class LedgerArticles
{
    /// <summary>
    /// Writes two articles and their dates into a folder and returns it. In May 2023 Jordan sets conditions on Syria (an end
    /// to Captagon smuggling, the return of refugees); in September the smuggling goes on, so the first is unmet. The two
    /// give different death tolls for Syria, the first how many Syrians live in Turkey, the second the UAE's goal of trade.
    /// </summary>
    public static string WriteConditions(TempStore store, string folder = "articles")
    {
        store.Write($"{folder}/a.txt", "Jordan sets conditions on Syria\n\nJordan set conditions on Syria: an end to Captagon smuggling and the return of refugees.\n" +
            "Nearly three million Syrians live in Turkey.\nMore than 350,000 people have been killed in Syria.");
        store.Write($"{folder}/b.txt", "Smuggling goes on\n\nDamascus has not curbed Captagon smuggling across the Jordanian border.\n" +
            "Over 500,000 people have been killed in Syria.\nThe UAE seeks to boost trade with Syria.");
        store.Write($"{folder}/meta.json", """{ "a": { "published": "2023-05-02" }, "b": { "published": "2023-09-14" } }""");
        return store.PathOf(folder);
    }

    /// <summary>Writes two articles into a folder and returns it: "asserted" says Jordan reopened its embassy in Damascus, "denied" that it has not.</summary>
    public static string WriteDispute(TempStore store, string folder = "dispute")
    {
        store.Write($"{folder}/asserted.txt",
            "Jordan reopens its embassy in Damascus\n\nPublished: May 3, 2023\n\nJordan reopened its embassy in Damascus on Tuesday, officials said.\n");
        store.Write($"{folder}/denied.txt",
            "Amman denies embassy report\n\nPublished: May 4, 2023\n\nJordan has not reopened its embassy in Damascus, its foreign ministry said on Thursday.\n");
        return store.PathOf(folder);
    }
}
