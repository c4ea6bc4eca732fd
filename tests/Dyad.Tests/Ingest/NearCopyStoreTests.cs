using System.Globalization;
using Dyad.Ingest;
using Dyad.Tests.Pipeline;
using Dyad.Tests.Storage;
using Microsoft.Data.Sqlite;

namespace Dyad.Tests.Ingest;

/// <summary>Near-copy signatures as the store keeps them: compact, read back by a later run, older stores still understood.</summary>
public sealed class NearCopyStoreTests : TempStoreTest
{
    private static readonly string Body = string.Join(' ', Enumerable.Repeat(TestServer.ArticleText, 2));

    private string Write(string name, string text)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Temp.Folder, name)).FullName;
        File.WriteAllText(Path.Combine(folder, name + ".txt"), "Ties restored\nMarch 7, 2023\n\n" + text);
        return folder;
    }

    [Fact]
    public void Signature_FormatThenParse_GivesItBack_AndOldHexFormIsRead()
    {
        var signature = NearDuplicates.Signature(Body);
        var stored = SignatureText.Format(signature);
        Assert.DoesNotContain(',', stored);
        Assert.Equal(signature, SignatureText.Parse(stored));
        // Older stores kept the 64-bit minima, as hex or base64: their top halves are the signature.
        var wide = Wide(Body);
        Assert.Equal(signature, SignatureText.Parse(string.Join(',', wide.Select(h => h.ToString("x", CultureInfo.InvariantCulture)))));
        Assert.Equal(signature, SignatureText.Parse(Convert.ToBase64String(wide.SelectMany(BitConverter.GetBytes).ToArray())));
        Assert.Null(SignatureText.Parse("not a signature"));
        Assert.Null(SignatureText.Parse(stored[..^4]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CopyIngestedInALaterRun_IsLinkedToTheStoredOriginal(bool storedInOldFormat)
    {
        var db = Temp.PathOf("t.db");
        using (var store = SqliteStore.Open(db))
            Assert.Equal(1, new IngestRunner(Coding.Pipeline, store).Run([Write("orig", Body)]).Added);
        if (storedInOldFormat)
        {
            // As a store written before the compact form: comma-separated hex.
            using var c = new SqliteConnection($"Data Source={db};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE document_signatures SET signature = @s";
            cmd.Parameters.AddWithValue("@s", string.Join(',', Wide(Read(db)).Select(h => h.ToString("x", CultureInfo.InvariantCulture))));
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        using (var store = SqliteStore.Open(db))
        {
            var summary = new IngestRunner(Coding.Pipeline, store) { Threads = 2 }.Run([Write("copy", Body + " (Reporting by the wire.)")]);
            Assert.Equal((1, 1), (summary.Added, summary.Linked));
            var link = Assert.Single(store.Links());
            Assert.Equal(("copy", "orig"), (link.DocumentKey, link.OriginalKey));
        }
    }

    // The 64-bit MinHash older versions stored, computed the plain way: FNV-1a shingles, splitmix64 per seed.
    private static ulong[] Wide(string text)
    {
        var seeds = Enumerable.Range(0, NearDuplicates.Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL)).ToArray();
        return seeds.Select(seed => NearDuplicates.Shingles(text).Min(s => Mix(s ^ seed))).ToArray();
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static string Read(string db)
    {
        using var store = SqliteStore.Open(db);
        return store.Document("orig")!.Text;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Stored_IsCalledInInputOrder_OnOneThreadAtATime_DuplicatesInTheirPlace(int threads)
    {
        var folder = Directory.CreateDirectory(Temp.PathOf("in")).FullName;
        for (var i = 0; i < 30; i++)
        {
            // Every fifth file repeats the one before it: a duplicate met within the run.
            var n = i % 5 == 4 ? i - 1 : i;
            File.WriteAllText(Path.Combine(folder, $"d{i:D2}.txt"), $"Round {n}\nMarch 7, 2023\n\nTurkey and Syria held talks in Damascus in round {n}.");
        }
        // And the last repeats the first, whose batch committed long before: the store, not the run, knows it.
        File.Copy(Path.Combine(folder, "d00.txt"), Path.Combine(folder, "d30.txt"));
        var calls = new List<(string Key, AddOutcome Outcome)>();
        var inside = 0;
        using var store = SqliteStore.Open(Temp.PathOf($"order{threads}.db"));
        var summary = new IngestRunner(Coding.Pipeline, store)
        {
            Threads = threads,
            BatchSize = 4,
            Stored = (_, doc, outcome) =>
            {
                Assert.Equal(1, Interlocked.Increment(ref inside));
                calls.Add((doc.Id, outcome));
                Interlocked.Decrement(ref inside);
            },
        }.Run([folder]);
        Assert.Equal(Enumerable.Range(0, 31).Select(i => $"d{i:D2}"), calls.Select(c => c.Key));
        Assert.Equal(Enumerable.Range(0, 31).Select(i => i % 5 == 4 || i == 30 ? AddOutcome.Duplicate : AddOutcome.Added), calls.Select(c => c.Outcome));
        Assert.Equal((24, 7), (summary.Added, summary.Duplicates));
    }
}
