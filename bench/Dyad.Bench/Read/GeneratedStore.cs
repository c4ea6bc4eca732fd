using System.Diagnostics;
using Dyad.Model;
using Dyad.Packs;
using Dyad.Pipeline;
using Dyad.Storage;

namespace Dyad.Bench.Read;

/// <summary>
/// A store of generated documents and events written straight through the store's batch writer (no coding): states
/// of the pack as pairs, SYR in about half of them, steps of the pack, dates over 2011-2024 (a tenth by month, a
/// twentieth by year, a twentieth undated), evidence of words from a vocabulary where a few words are common.
/// Seeded: the same arguments give the same store.
/// </summary>
internal static class GeneratedStore
{
    public static void Write(string db, int events, int perDocument, TextWriter log)
    {
        var pack = PackLoader.Load(Directory.Exists(PackLoader.DefaultDirectory) ? PackLoader.DefaultDirectory : Path.GetFullPath("packs/syria"));
        // The counterparts the benchmark asks about first, then others of the pack, sixty in all.
        var states = Named.Concat(pack.States.Select(s => s.Id)).Where(id => pack.States.Any(s => s.Id == id)).Distinct().Take(60).ToArray();
        var steps = pack.Steps.Select(s => s.Code).Distinct().ToArray();
        var random = new Random(19);
        string[] common = ["embassy", "minister", "talks", "sanctions", "border", "refugees", "envoy", "summit"];
        var vocabulary = Enumerable.Range(0, 5000).Select(i => Word(random, 4 + i % 7)).ToArray();
        using var store = StoreFactory.Open(db);
        // A store cut short (a generation stopped) is continued: the documents it holds were written in order, whole
        // batches at a time, so the same random draws are made again for them and only the rest is written.
        var stored = store.CountDocuments(int.MaxValue);
        if (stored > 0) log.WriteLine($"  continuing after the {stored:N0} documents stored");
        var watch = Stopwatch.StartNew();
        var written = 0;
        var docNumber = 0;
        var batch = new List<CodedDocument>();
        while (written < events)
        {
            var key = $"gen/{docNumber++:D8}";
            var offset = 0;
            var text = new System.Text.StringBuilder();
            var generated = new List<Event>();
            var spans = new List<Sentence>();
            for (var i = 0; i < perDocument && written < events; i++, written++)
            {
                var words = Enumerable.Range(0, 12 + random.Next(14))
                    .Select(_ => random.Next(10) == 0 ? common[random.Next(common.Length)] : vocabulary[random.Next(vocabulary.Length)]);
                var evidence = string.Join(' ', words) + ".";
                var (a, b) = Pair(random, states);
                var date = random.Next(20) switch
                {
                    0 => (PartialDate?)null,
                    1 => new PartialDate(2011 + random.Next(14)),
                    2 or 3 => new PartialDate(2011 + random.Next(14), 1 + random.Next(12)),
                    _ => new PartialDate(2011 + random.Next(14), 1 + random.Next(12), 1 + random.Next(28)),
                };
                var step = random.Next(4) == 0 ? null : steps[random.Next(steps.Length)];
                var modality = (Modality)random.Next(5);
                generated.Add(new Event(key, a, b, step, step is null ? "statement" : "step", modality, date,
                    date is null ? DateBasis.None : DateBasis.Explicit, Math.Round(random.NextDouble(), 3), evidence, offset, offset + evidence.Length, i, "generated"));
                spans.Add(new Sentence(i, offset, offset + evidence.Length, true));
                text.Append(evidence).Append(' ');
                offset += evidence.Length + 1;
            }
            var coded = new CodedDocument(new Document(key, text.ToString(), $"Generated {docNumber}", $"outlet{docNumber % 40}", $"https://example.org/{key}",
                new PartialDate(2011 + random.Next(14), 1 + random.Next(12), 1 + random.Next(28)), key));
            coded.Events.AddRange(generated);
            coded.Sentences.AddRange(spans);
            if (docNumber <= stored) continue;
            batch.Add(coded);
            if (batch.Count == 200)
            {
                store.AddBatch(batch);
                batch.Clear();
                if (docNumber % 10_000 == 0) log.WriteLine($"  {written:N0} events, {watch.Elapsed.TotalSeconds:F0} s");
            }
        }
        if (batch.Count > 0) store.AddBatch(batch);
        log.WriteLine($"generated {written:N0} events in {docNumber:N0} documents in {watch.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>The states the benchmark's queries name (ReadBenchmark), so that they find events.</summary>
    public static readonly string[] Named = ["SYR", "TUR", "USA", "RUS", "IRN", "JOR", "LBN", "IRQ", "SAU", "ARE", "QAT", "EGY", "FRA", "GBR", "DEU", "ISR"];

    private static (string, string) Pair(Random random, string[] states)
    {
        var other = states[random.Next(states.Length)];
        if (other == "SYR") other = "TUR";
        var first = random.Next(2) == 0 ? "SYR" : states[random.Next(states.Length)];
        if (first == other) first = "SYR";
        return random.Next(2) == 0 ? (first, other) : (other, first);
    }

    private static string Word(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);
}
