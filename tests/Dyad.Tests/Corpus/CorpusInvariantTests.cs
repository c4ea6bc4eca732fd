using Dyad.Ingest;
using Dyad.Model;
using Dyad.Pipeline;
using Dyad.Tests.Pipeline;

namespace Dyad.Tests.Corpus;

/// <summary>
/// Whole-corpus invariants over the seed articles (../shared/corpus/seeds) and the samples: whatever the engine
/// codes, every record must be well formed and point at the text it came from.
/// </summary>
public class CorpusInvariantTests
{
    private static readonly string[] PloverTypes =
        ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    public static TheoryData<string> Samples => new() { "samples" };

    private static List<CodedDocument> CodeFolder(string corpus)
    {
        var folder = corpus == "seeds" ? RepoPaths.Seeds : RepoPaths.Samples;
        var errors = new List<IngestError>();
        var inputs = new InputWalker().Walk([folder], errors).ToList();
        Assert.Empty(errors);
        Assert.NotEmpty(inputs);
        var reader = new ArticleReader();
        var docs = new List<CodedDocument>();
        foreach (var input in inputs)
        {
            var read = reader.ReadFile(input.Path, new ArticleHints(input.Id, input.Meta));
            Assert.True(read.Error is null, read.Error?.ToString());
            Assert.True(read.Document!.Published is not null, $"{input.Path}: no publication date from meta.json");
            docs.Add(Coding.Pipeline.Code(read.Document));
        }
        return docs;
    }

    [SeedsFact]
    public void Seeds_AllFiveArticles_AreReadAndCodeEvents()
    {
        var docs = CodeFolder("seeds");
        Assert.Equal(5, docs.Count);
        Assert.All(docs, d => Assert.NotEmpty(d.Sentences));
        Assert.All(docs, d => Assert.Contains(d.Events, e => e.Step is not null));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Code_EveryEvent_HasEvidenceEqualToItsSpan(string corpus)
    {
        foreach (var doc in CodeFolder(corpus))
        {
            var text = doc.Document.Text;
            foreach (var e in doc.Events)
            {
                Assert.InRange(e.EvidenceStart, 0, text.Length);
                Assert.InRange(e.EvidenceEnd, e.EvidenceStart + 1, text.Length);
                Assert.Equal(text[e.EvidenceStart..e.EvidenceEnd], e.Evidence);
                Assert.Equal(doc.Document.Id, e.Doc);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Code_EverySpan_LiesInsideItsDocumentAndSentence(string corpus)
    {
        foreach (var doc in CodeFolder(corpus))
        {
            var length = doc.Document.Text.Length;
            var previousEnd = 0;
            for (var i = 0; i < doc.Sentences.Count; i++)
            {
                var s = doc.Sentences[i];
                Assert.Equal(i, s.Index);
                Assert.True(s.Start >= previousEnd && s.End > s.Start && s.End <= length, $"{doc.Document.Id}: sentence {i} [{s.Start},{s.End})");
                previousEnd = s.End;
            }
            foreach (var m in doc.Mentions)
            {
                var s = doc.Sentences[m.Sentence];
                Assert.True(m.Start >= s.Start && m.End <= s.End && m.End > m.Start, $"{doc.Document.Id}: mention {m}");
            }
            foreach (var d in doc.Dates)
            {
                Assert.True(d.Start >= 0 && d.End <= length && d.End > d.Start, $"{doc.Document.Id}: date [{d.Start},{d.End})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Code_EveryEvent_IsWellFormed(string corpus)
    {
        var pack = Coding.Pack;
        foreach (var doc in CodeFolder(corpus))
        {
            foreach (var e in doc.Events)
            {
                var where = $"{doc.Document.Id}: {Coding.Line(e)} | {e.Evidence}";
                Assert.False(string.IsNullOrWhiteSpace(e.Source), where);
                Assert.NotEqual(e.Source, e.Target);
                Assert.True(e.Step is null || pack.FindStep(e.Step) is not null, $"unknown step: {where}");
                Assert.Contains(e.Type, PloverTypes);
                Assert.True(Enum.IsDefined(e.Modality), where);
                Assert.True(Enum.IsDefined(e.DateBasis), where);
                Assert.True(e.Date is null == (e.DateBasis == DateBasis.None), $"date_basis 'none' iff no date: {where} ({e.DateBasis})");
                Assert.InRange(e.Confidence, 0.0, 1.0);
                Assert.True(e.Mentions >= 1, where);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Code_NoTwoEvents_ShareKeyAndCompatibleDates(string corpus)
    {
        foreach (var doc in CodeFolder(corpus))
        {
            var events = doc.Events;
            for (var i = 0; i < events.Count; i++)
            {
                for (var j = i + 1; j < events.Count; j++)
                {
                    var (a, b) = (events[i], events[j]);
                    if (a.Source != b.Source || a.Target != b.Target || a.Step != b.Step) continue;
                    // An undated mention is not taken to be a dated one (a "repeated" statement is not Tuesday's);
                    // two undated ones are one event, and so are two from one sentence unless the sentence dates them
                    // apart ("three visits, the first in 2015, the second in March 2018").
                    var datedApart = a.Date is not null && b.Date is not null && !a.Date.Value.IsCompatibleWith(b.Date.Value);
                    var compatible = (a.Sentence == b.Sentence && !datedApart) || (a.Date is null && b.Date is null) || (a.Date is not null && !datedApart && b.Date is not null);
                    Assert.False(compatible, $"{doc.Document.Id}: two records of one event: {Coding.Line(a)} / {Coding.Line(b)}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Code_NoEvent_ComesFromAnUncodedSentence(string corpus)
    {
        foreach (var doc in CodeFolder(corpus))
        {
            foreach (var e in doc.Events)
            {
                var s = doc.Sentences[e.Sentence];
                Assert.True(s.Coded, $"{doc.Document.Id}: event from uncoded sentence: {e.Evidence}");
                Assert.True(e.EvidenceStart >= s.Start && e.EvidenceEnd <= s.End, $"{doc.Document.Id}: evidence outside sentence {e.Sentence}");
            }
        }
    }

    [SeedsFact]
    public void Seeds_EveryEvent_HasEvidenceEqualToItsSpan() => Code_EveryEvent_HasEvidenceEqualToItsSpan("seeds");

    [SeedsFact]
    public void Seeds_EverySpan_LiesInsideItsDocumentAndSentence() => Code_EverySpan_LiesInsideItsDocumentAndSentence("seeds");

    [SeedsFact]
    public void Seeds_EveryEvent_IsWellFormed() => Code_EveryEvent_IsWellFormed("seeds");

    [SeedsFact]
    public void Seeds_NoTwoEvents_ShareKeyAndCompatibleDates() => Code_NoTwoEvents_ShareKeyAndCompatibleDates("seeds");

    [SeedsFact]
    public void Seeds_NoEvent_ComesFromAnUncodedSentence() => Code_NoEvent_ComesFromAnUncodedSentence("seeds");

    [SeedsFact]
    public void Seeds_ReferenceListLines_AreUncoded()
    {
        foreach (var doc in CodeFolder("seeds"))
        {
            var text = doc.Document.Text;
            foreach (var s in doc.Sentences)
            {
                var lineStart = s.Start == 0 ? 0 : text.LastIndexOf('\n', s.Start - 1) + 1;
                if (System.Text.RegularExpressions.Regex.IsMatch(text[lineStart..s.End], @"^\[([0-9]+|[ivxlc]+)\]\s"))
                    Assert.False(s.Coded, $"{doc.Document.Id}: note line coded: {text[s.Start..s.End]}");
            }
        }
    }
}
