using Dyad.Packs;
using Dyad.Pipeline;

namespace Dyad.Tests.Pipeline;

/// <summary>The real pipeline over the shipped Syria pack, loaded once for every test.</summary>
internal static class Coding
{
    private static readonly Lazy<Pack> LazyPack = new(() => PackLoader.Load(PackLoader.DefaultDirectory));
    private static readonly Lazy<CodingPipeline> LazyPipeline = new(() => CodingPipeline.Create(LazyPack.Value));

    public static Pack Pack => LazyPack.Value;
    public static CodingPipeline Pipeline => LazyPipeline.Value;

    public static readonly PartialDate DefaultPublished = new(2023, 3, 29);

    public static PartialDate Date(string iso)
    {
        Assert.True(PartialDate.TryParse(iso, out var d), $"'{iso}' is not a date");
        return d;
    }

    public static CodedDocument Code(string text, string? published = null, string id = "t") =>
        Pipeline.Code(new Document(id, text, Published: published is null ? DefaultPublished : Date(published)));

    /// <summary>One line per event with a step: "SRC->TGT step modality date", sorted.</summary>
    public static string[] Lines(CodedDocument doc) => doc.Events
        .Where(e => e.Step is not null)
        .Select(Line)
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static string Line(Event e) =>
        $"{e.Source}->{e.Target ?? "-"} {e.Step} {e.Modality.ToCode()} {e.Date?.ToString() ?? "null"}";

    /// <summary>Codes <paramref name="text"/> and asserts its records are <paramref name="expected"/> ("A->B step modality date; ...").</summary>
    public static void Check(string text, string expected, string? published = null) =>
        Assert.Equal(Expected(expected), Lines(Code(text, published)));

    /// <summary>Parses "A->B step modality date; C->D ..." into sorted lines ("" is no event).</summary>
    public static string[] Expected(string expected) => expected
        .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(s => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        .Order(StringComparer.Ordinal)
        .ToArray();
}
