using Dyad.Ingest;
using Dyad.Packs;
using Dyad.Pipeline;

namespace Dyad.Tests.Storage;

/// <summary>Documents and events for the storage tests: hand-made ones with every kind of field, and the coded samples.</summary>
internal static class StoreData
{
    public static CodedDocument Doc(string id, string text, PartialDate? published = null, params Event[] events)
    {
        var coded = new CodedDocument(new Document(id, text, $"Title of {id}", "Outlet", $"https://example.org/{id}", published, $"/in/{id}.txt"))
        {
            Sentences = [new Sentence(0, 0, Math.Min(10, text.Length), true), new Sentence(1, Math.Min(10, text.Length), text.Length, false)],
            Events = [.. events],
        };
        return coded;
    }

    /// <summary>An event labelled by its pattern, so tests can name it.</summary>
    public static Event Ev(string label, string doc, string source, string? target, string? step, Modality modality, PartialDate? date, DateBasis basis,
        double confidence, string evidence, int sentence, int mentions = 1) =>
        new(doc, source, target, step, step is null ? "statement" : "step", modality, date, basis, confidence, evidence, 3, 3 + evidence.Length, sentence, label)
        { Mentions = mentions };

    /// <summary>Six events in two documents covering each filter, sort order, precision and null.</summary>
    public static IReadOnlyList<CodedDocument> FilterSet() =>
    [
        Doc("d1", "First document: the US and Syria.", new PartialDate(2023, 5, 7),
            Ev("e1", "d1", "USA", "SYR", "contact.call", Modality.Asserted, new PartialDate(2023, 5, 7), DateBasis.Explicit, 0.9,
                "The US president called Assad on Sunday", 0),
            Ev("e2", "d1", "USA.LEG", "TUR", "sanction.impose", Modality.Demanded, new PartialDate(2023, 5), DateBasis.Relative, 0.5,
                "Congress demanded sanctions on Turkey in May", 1, mentions: 3),
            Ev("e3", "d1", "SYR", "USA", null, Modality.Negated, null, DateBasis.None, 0.3, "Syria did not respond", 2)),
        Doc("d2", "Second document, undated.", null,
            Ev("e4", "d2", "TUR", "SYR", "contact.visit", Modality.Planned, new PartialDate(2022), DateBasis.Publication, 0.7,
                "The Turkish minister will visit Damascus", 0),
            Ev("e5", "d2", "JOR", null, "contact.meeting", Modality.Hypothetical, new PartialDate(2024, 1, 15), DateBasis.Explicit, 0.6,
                "Jordan might host a meeting", 1),
            Ev("e6", "d2", "USAF", "SYR", "aid.deliver", Modality.Asserted, new PartialDate(2023, 12, 31), DateBasis.Explicit, 0.8,
                "USAF planes delivered aid", 2)),
    ];

    /// <summary>The repository's samples/ folder (17 articles and their meta.json).</summary>
    public static string SamplesDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dyad.sln"))) return Path.Combine(dir.FullName, "samples");
            }
            throw new DirectoryNotFoundException("Dyad.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static readonly Lazy<CodingPipeline> Pipeline = new(() => CodingPipeline.Create(PackLoader.Load(PackLoader.DefaultDirectory)));

    /// <summary>The samples read and coded as `dyad ingest samples` codes them.</summary>
    public static IReadOnlyList<CodedDocument> CodedSamples()
    {
        var errors = new List<IngestError>();
        var reader = new ArticleReader();
        var docs = new List<CodedDocument>();
        foreach (var input in new InputWalker().Walk([SamplesDirectory], errors))
        {
            var read = reader.ReadFile(input.Path, new ArticleHints(input.Id, input.Meta));
            Assert.Null(read.Error);
            docs.Add(Pipeline.Value.Code(read.Document!));
        }
        Assert.Empty(errors);
        return docs;
    }
}
