using System.Text.Json;
using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Storage;
using Dyad.Web.Api;

namespace Dyad.Web.Tests;

/// <summary>
/// Issue 19, fifth round: dyad pages are kept as JSON under the store's change mark (<see cref="DyadPageCache"/>), one
/// computation per page at a time, within a budget of bytes; a write makes the next request compute the page again.
/// </summary>
public sealed class DyadPageCacheTests : IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync("dyad-page-cache-tests-", temp =>
    {
        using (var store = StoreFactory.Open(temp.Db))
        {
            store.AddBatch([Doc("a1", Ev("a1", new DateOnly(2023, 5, 1), "Jordan reopened its embassy in Damascus."))]);
        }
        return [];
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task DyadPage_AfterAWrite_IsComputedAgain_Issue19()
    {
        var first = await _site.Client.GetStringAsync("/api/dyads/JOR/SYR");
        Assert.Equal(first, await _site.Client.GetStringAsync("/api/dyads/JOR/SYR"));
        Assert.Equal(1, JsonDocument.Parse(first).RootElement.GetProperty("stepsTotal").GetInt32());
        // Written by another handle, as another process would: the server learns of it through the change mark only.
        using (var store = StoreFactory.Open(_site.Temp.Db))
        {
            store.AddBatch([Doc("a2", Ev("a2", new DateOnly(2023, 6, 1), "Jordan sent an ambassador to Damascus."))]);
        }
        var after = JsonDocument.Parse(await _site.Client.GetStringAsync("/api/dyads/JOR/SYR")).RootElement;
        Assert.Equal(2, after.GetProperty("stepsTotal").GetInt32());
        Assert.Contains(after.GetProperty("steps").EnumerateArray(), e => e.GetProperty("doc").GetString() == "a2");
        // The same page by names is the same answer.
        Assert.Equal(after.GetRawText(), JsonDocument.Parse(await _site.Client.GetStringAsync("/api/dyads/Jordan/Syria")).RootElement.GetRawText());
    }

    [Fact]
    public async Task Get_ManyAtOnce_ComputeOnce_AndAgainOnlyForANewMark()
    {
        var cache = new DyadPageCache();
        var computed = 0;
        Task<KeptJson> Compute(byte value)
        {
            Interlocked.Increment(ref computed);
            return Task.Delay(50).ContinueWith(_ => new KeptJson([value]));
        }
        var together = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.Get("JOR/SYR", (1, 1), () => Compute(1), CancellationToken.None)));
        Assert.All(together, answer => Assert.Equal([1], answer.Json));
        Assert.Equal(1, computed);
        Assert.Equal([2], (await cache.Get("JOR/SYR", (1, 2), () => Compute(2), CancellationToken.None)).Json);
        Assert.Equal([2], (await cache.Get("JOR/SYR", (1, 2), () => Compute(3), CancellationToken.None)).Json);
        Assert.Equal(2, computed);
    }

    [Fact]
    public async Task Get_PastTheBudget_DropsThePagesAskedForLeastRecently()
    {
        // A page of 40 bytes counts 50: its gzip form, compressed when asked for, counted ahead as a quarter of it.
        var cache = new DyadPageCache(maxBytes: 125);
        var computed = new List<string>();
        Task<KeptJson> Page(string key, int size)
        {
            computed.Add(key);
            return Task.FromResult(new KeptJson(new byte[size]));
        }
        Task<KeptJson> Get(string key, int size = 40) => cache.Get(key, (1, 1), () => Page(key, size), CancellationToken.None);
        await Get("a");
        await Get("b");
        await Get("a");
        await Get("c");
        // a was asked for after b: b goes.
        Assert.True(cache.Bytes <= cache.MaxBytes, $"{cache.Bytes} bytes kept");
        Assert.Equal(100, cache.Bytes);
        await Get("a");
        await Get("c");
        await Get("b");
        // b computed again, and then a (asked for before c) dropped for it.
        Assert.Equal(["a", "b", "c", "b"], computed);
        Assert.Equal(100, cache.Bytes);
        await Get("c");
        Assert.Equal(4, computed.Count);
        // A page larger than the budget is answered and not kept.
        Assert.Equal(150, (await Get("d", 150)).Json.Length);
        Assert.Equal(100, cache.Bytes);
    }

    private static CodedDocument Doc(string id, Event e)
    {
        var coded = new CodedDocument(new Document(id, e.Evidence + " More text.", $"Title of {id}", "Outlet", $"https://example.org/{id}", null, $"/in/{id}.txt"));
        coded.Sentences.Add(new Sentence(0, 0, e.Evidence.Length, true));
        coded.Events.Add(e);
        return coded;
    }

    private static Event Ev(string doc, DateOnly day, string evidence) =>
        new(doc, "JOR", "SYR", "mission.reopen", "step", Modality.Asserted, new PartialDate(day.Year, day.Month, day.Day), DateBasis.Explicit, 0.9, evidence, 0,
            evidence.Length, 0, "test");
}
