using Xunit.Abstractions;

namespace Dyad.Tests.Corpus;

/// <summary>
/// Scores the coder on the development probes of real-length articles (5 to 12 paragraphs of news, background, quotes and
/// analysis, written for this project with their expected records): Corpus/articles (70 articles), Corpus/articles2,
/// Corpus/articles3, Corpus/articles4 and Corpus/articles5 (60 articles each, written on 2026-12-06 by annotators who saw no
/// coder output).
/// Rules were written from their failures, so they are development data like Corpus/paraphrase; each floor and ceiling
/// stops a change that reads whole articles worse.
/// </summary>
public class ArticleProbeTests(ITestOutputHelper output)
{
    /// <summary>
    /// Each probe's folder, the records it must hold at least, and the found floor and spurious ceiling last measured:
    /// articles on 2026-12-06, eighth session (308 of 438, 42 spurious; the build that began the first session that day
    /// found 236); articles2 at the end of the same session (260 of 400, 81 spurious, F1 0.702; 232 and 120, F1 0.617,
    /// with the session's first build); raised in the ninth session (2026-12-06) as rules landed. articles3 came in the ninth
    /// session (241 of 411, 102 spurious, F1 0.639, with the session's first build), articles4 later in it (207 of 377, 108
    /// spurious, F1 0.598 with the session's first build; 213 and 105 with the build it came with). Raised in the tenth
    /// session as rules landed; articles5 came in it (221 of 394, 82 spurious, F1 0.634 with the session's first build). Moved in the eleventh session as rules landed, each to the last measure (found up, spurious up on some): articles 313/39 to 316/40 (F1 0.792 to 0.796), articles2 275/75 to 276/75, articles3 267/91 to 273/93, articles4 234/84 to 242/87, articles5 244/78 to 253/75.
    /// Twelfth session: articles3 276/92, articles4 250/87, articles5 254/75 as its rules landed (articles, articles2 unchanged).
    /// Thirteenth session: articles3 275/91: a record of undated "talks" that matched a meeting only by its wrong date ("the
    /// 1974 disengagement agreement", a year before a noun, no longer dates another step) is gone, and a spurious one merged; articles4 250/87 to 251/87 (a month without its year after an irregular past verb).
    /// articles6 and articles7 came in it (15 articles each on pairs other than Syria, written by annotators who saw no coder
    /// output; 151 and 129 records): 82 and 61 found, 42 and 29 spurious with the session's first build; articles7 then 60,
    /// two stances found only through a wrong date gone and an embassy's flag found.
    /// Fourteenth session (2026-12-06), as its rules landed: articles2 280, articles3 276, articles4 255, articles6 87 found,
    /// articles7 61, then articles6 90/41 and articles4 255/85; articles 41 spurious; with the pack's new cue families (branch cues14) and the review's mends: articles 322/41, articles2 286/75, articles3 280/91, articles4 264/84, articles5 258/74, articles6 99/41, articles7 63/29 (armed groups now parties: "Saudi and Houthi officials" reads the
    /// Houthis with Yemen, and a verb after a that-clause's "had committed ... and imposed" takes the clause's subject).
    /// Fifteenth session: articles2 288, articles3 281, articles4 265 (a story's year carried in its paragraph; a meeting "of"
    /// or "held by" two people); articles 329/42 and articles5 259 with the people "from" a list of states standing for each
    /// (the spurious one: "Delegations from the two countries will meet" reads the two as the wrong pair); with the pack's
    /// new cue families (branch cues15): articles 330, articles2 290, articles3 284, articles4 271/83; then articles3 285 and
    /// articles5 261 with routes between cities and a decision's holder past a time; articles4 270 when a month told inside
    /// the sentence before ("the earthquakes of February 2023") no longer carries its year to a day (the review's regression).
    /// Sixteenth session, as its rules landed (each kept only when dev2, the seeds, these probes and the holdouts' totals did
    /// not lose): articles 332/41, articles2 296/71 and 297/71, articles3 285/90, articles4 274/81, articles5 263/72 with
    /// the session's own rules; with the pack's new cue families (branch cues16): articles 336/41, articles2 295/71,
    /// articles3 286/90, articles4 276/79, articles5 265/72, articles6 105/40, articles7 65/29.
    /// Seventeenth session, as its rules landed (kept on the same test): articles2 298/70, articles3 288/90 then 287/89,
    /// articles5 269/72, articles6 106/40; with the pack's cue families (branch cues17): articles2 303/70, articles5 267/72,
    /// articles7 72/29; after the review's mends articles7 71/29 (a border crossing closed is no longer a sanction).
    /// Eighteenth session: articles4 276/80 when the noun a relative clause hangs on became its verb's subject past its own
    /// pronoun ("Saudi Arabia, which has kept its embassy closed" now gives a closure at publication; dev2 and
    /// articles-holdout3 gained); articles2 304/70 when "its" after a saying in a relative clause is the one the clause hangs on;
    /// with the pack's cue families (branch cues18) and actor data (branch actors18): articles2 305/70, articles3 288/89,
    /// articles5 270/72, articles7 72/29; articles7 73/29 when a noun step that is the subject of a passive verb of making it
    /// ("sanctions ... were announced by") takes that verb's agent; articles3 288/87 with the review's mends (a power cut by
    /// missiles, frozen reserves used, sanctions blocked or a vote suspended no longer sanctions). With a person looked up at
    /// the time of their own clause (branch roles18): articles 337/41, articles2 306/70, articles3 290/87, articles4 277/80,
    /// articles7 74/28.
    /// Nineteenth session, with five branches merged (cue families for measures, acts19, and for contacts and stances,
    /// cues19; actor data and names, actors19; each deed's own time and separately dated conjuncts, time19; frames and
    /// modality, frames19): articles 343/41, articles2 309/70, articles3 295/86, articles4 282/79, articles5 274/72,
    /// articles7 78/25. After the review's mends (a cue for troops sent into the other's territory and one for a letter handed
    /// over taken out): articles4 281/79, articles5 273/72.
    /// Twentieth session, with six branches merged (contact and visit cues narrowed where no meeting or trip took place,
    /// contact20; stance and condition cues cut where no statement is made, stance20; measure cues narrowed, acts20; actor
    /// data, actors20; frames and open questions, frames20; a day carried from the sentence before, time20) and the review's
    /// mends: articles 345/34, articles2 315/60, articles3 297/69, articles4 288/65, articles5 278/55, articles6 110/27,
    /// articles7 82/16. A short second round (contact21, stance21, acts21: claims, purposes, frozen talks, terrorist lists
    /// no longer steps): articles 345/33, articles2 315/57, articles4 288/62, articles5 278/52, articles6 110/26.
    /// Twenty-first session, with its branches merged (contact22, stance22, acts22, frames22, actors22, time22; the review's
    /// mends in pack23, frames23, actors23, time23; pack24, frames24): articles 349/32, articles2 317/54, articles3 298/68,
    /// articles4 290/61, articles5 280/51, articles6 113/26, articles7 83/16.
    /// Twenty-second session, with its branches merged (speed25, actors25, frames25, acts25, cues25, time25): articles2
    /// 317/51 (three spurious stances gone: ties said to have deepened, a visit only asked about); the others unchanged. Then
    /// articles3 298/67 and articles4 290/60 with an organisation named as a noun's modifier ("UN monitors") no target.
    /// Twenty-third session, with its branches merged (actors26, cues26, speed26, frames26, time26, acts26): articles 350/32,
    /// articles2 317/50, articles3 301/63, articles4 293/59, articles5 283/50, articles7 84/16 (articles6 unchanged).
    /// Twenty-fourth session, with its branches merged (speed27, cues27, acts27, time27, frames27, actors27) and the review's
    /// mends: articles 352/27, articles2 319/49, articles3 302/62, articles4 294/58, articles5 284/49, articles6 115/24
    /// (articles7 unchanged). Then articles2 319/48, articles3 302/61, articles5 284/48 with no offensive between a state and
    /// its own forces.
    /// Twenty-fifth session, with its branches merged (acts28, frames28, actors28, time28, cues28) and the review's mends:
    /// articles2 319/47, articles3 311/60, articles4 295/54, articles5 293/45, articles6 117/23, articles7 84/14 (articles
    /// unchanged; most of the found records are the letters of several states to the EU read with every signatory).
    /// </summary>
    public static TheoryData<string, int, int, int> Probes => new()
    {
        { "articles", 400, 352, 27 },
        { "articles2", 380, 319, 47 },
        { "articles3", 380, 311, 60 },
        { "articles4", 360, 295, 54 },
        { "articles5", 380, 293, 45 },
        { "articles6", 150, 117, 23 },
        { "articles7", 125, 84, 14 },
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public void Articles_FoundAtLeastTheFloor_AndNoMoreSpurious(string folder, int records, int foundFloor, int spuriousCeiling)
    {
        var s = ParaphraseProbeTests.Run(folder);
        output.WriteLine($"{folder}: {s.Summary}; modality right {s.ModalityRight}/{s.Found}, date right {s.DateRight}/{s.Found}");
        foreach (var m in s.Missed) output.WriteLine("   missed " + m);
        foreach (var x in s.Extra) output.WriteLine("   spurious " + x);
        foreach (var d in s.DateWrong) output.WriteLine("   date " + d);
        ParaphraseProbeTests.Check(s, folder, records, foundFloor, spuriousCeiling);
    }
}
