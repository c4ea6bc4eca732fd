using Dyad.Ledger;
using Dyad.Query;
using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Storage;

/// <summary>The ledger in the store (issue 20), on every provider: written with the document, read typed, status and conflicts at read time.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public void Add_CodedDocument_StoresItsLedgerWithIt_ReadBackTyped()
    {
        using var store = Open();
        var doc = Coding.Code("Egypt's foreign minister set out two conditions for Libya: the release of detainees and the withdrawal of foreign forces.\n" +
                              "More than 120,000 people have been killed in the war in Yemen.", "2023-06-14", "ledger-a");
        store.Add(doc);
        var records = store.Ledger(new LedgerQuery());
        Assert.Equal(doc.Ledger.SelectMany(l => l.Records).Count(), records.Count);
        var condition = Assert.IsType<Condition>(records.First(r => r is Condition { Topic: "detainees" }));
        Assert.Equal(("EGY", "LBY", "ledger-a"), (condition.Setter, condition.Target, condition.Doc));
        Assert.Equal("2023-06-14", condition.Date?.ToString());
        Assert.Equal(condition.Evidence, doc.Document.Text[condition.EvidenceStart..condition.EvidenceEnd]);
        var killed = Assert.Single(records.OfType<IndicatorValue>());
        Assert.Equal(("killed", 120_000d, "people", "over", "YEM"), (killed.Indicator, killed.Value, killed.Unit, killed.Qualifier, killed.Place));
        Assert.Equal(2, store.Ledger(new LedgerQuery { Kind = "condition" }).Count);
        Assert.Single(store.Ledger(new LedgerQuery { Topic = "withdrawal" }));
        Assert.Empty(store.Ledger(new LedgerQuery { To = new DateOnly(2023, 1, 1) }));
    }

    [StoreFact]
    public void Add_ReplacedDocument_ItsLedgerGoesWithIt()
    {
        using var store = Open();
        store.Add(Coding.Code("More than 120,000 people have been killed in the war in Yemen.", "2023-06-14", "k"));
        store.Add(Coding.Code("About 1.2 million Sudanese refugees live in Chad.", "2023-06-15", "k"));
        var only = Assert.IsType<IndicatorValue>(Assert.Single(store.Ledger(new LedgerQuery())));
        Assert.Equal("refugees.hosted", only.Indicator);
    }

    [StoreFact]
    public void LedgerView_ConditionFollowedByLaterEvidence_IsUnmet_WithTheNoteItCameFrom()
    {
        using var store = Open();
        store.AddBatch([
            Coding.Code("Jordan set conditions on Syria: an end to Captagon smuggling.", "2023-05-02", "set"),
            Coding.Code("Damascus has not curbed Captagon smuggling across the Jordanian border.", "2024-07-19", "later"),
            Coding.Code("Damascus has not curbed Captagon smuggling across the Jordanian border, a 2020 report said.", "2020-01-10", "earlier")]);
        var line = Assert.Single(LedgerView.Read(store, new LedgerQuery(), focus: "SYR"), l => l.Kind == "condition");
        Assert.Equal(("JOR", "SYR", "drugs", "unmet", "later"), (line["setter"], line["target"], line["topic"], line["status"], line["status_doc"]));
        // The dyad filter: the condition is between Jordan and Syria, not Jordan and Turkey.
        Assert.Single(LedgerView.Read(store, new LedgerQuery { Kind = "condition" }, dyad: ("JOR", "SYR")));
        Assert.Empty(LedgerView.Read(store, new LedgerQuery { Kind = "condition" }, dyad: ("JOR", "TUR")));
    }

    [StoreFact]
    public void LedgerView_TwoSourcesDifferOnOneIndicatorPlaceAndPeriod_BothKeptAndFlagged()
    {
        using var store = Open();
        store.AddBatch([
            Coding.Code("More than 350,000 people have been killed in Yemen.", "2023-03-29", "low"),
            Coding.Code("Over 500,000 people have been killed in Yemen.", "2023-11-02", "high"),
            Coding.Code("Nearly 500,000 people have been killed in Yemen.", "2023-12-02", "same"),
            Coding.Code("About 4,000 people have been killed in Yemen.", "2019-12-02", "older")]);
        var lines = LedgerView.Read(store, new LedgerQuery { Kind = "indicator" }, focus: "YEM").ToDictionary(l => (string)l["doc"]!);
        Assert.Equal(4, lines.Count);
        Assert.Equal(true, lines["low"]["conflict"]);
        Assert.Equal(["high", "same"], (IReadOnlyList<string>)lines["low"]["conflicting_docs"]!);
        Assert.Equal(["low"], (IReadOnlyList<string>)lines["high"]["conflicting_docs"]!);
        Assert.Equal(false, lines["older"]["conflict"]);
    }
}
