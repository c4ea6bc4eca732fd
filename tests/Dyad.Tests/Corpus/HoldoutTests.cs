using Xunit.Abstractions;

namespace Dyad.Tests.Corpus;

/// <summary>
/// Scores the coder on the holdouts: articles written for this project by annotators who saw neither corpus nor the
/// probes rules were written from, and whose failures no one has read. It prints totals only, so that no one fits a rule
/// to one of their records; the floor stops a change that reads new wording worse.
/// </summary>
public class HoldoutTests(ITestOutputHelper output)
{
    /// <summary>
    /// Each holdout's folder, the records it must hold at least, and the found floor and spurious ceiling last measured:
    /// paraphrase-holdout (160 short articles) on 2026-12-06, second session (158 of 214, 32 spurious; F1 0.782; the
    /// build that began 2026-12-05 found 138, F1 0.702); articles-holdout (60 articles of real length, written on
    /// 2026-12-06) on the same day (257 of 410, 105 spurious; F1 0.666; the build that began that session found 247 with
    /// 113 spurious, F1 0.642). Raised in the eighth session (2026-12-06) as rules landed, to 160 / 31 (F1 0.790) and 267 / 95 (F1 0.692), and in the ninth as rules landed. articles-holdout2 (60 articles of
    /// real length, written in the ninth session by an annotator who saw no coder output) came with 223 of 395 found, 106
    /// spurious (F1 0.616) by the session's first build, and 234 / 98 (F1 0.644) by the build it was added with. Raised in
    /// the tenth session as rules landed; articles-holdout3 (60 articles of real length, by another annotator who saw no
    /// coder output) came in it with 237 of 424 found, 121 spurious (F1 0.606) by the session's first build. Reset in the eleventh session as rules landed: two holdouts gained (articles-holdout 276/87 to 279/88, articles-holdout2 245/94 to 248/95), two lost one record each to a new spurious one (paraphrase-holdout 163/29 to 163/30, articles-holdout3 239/122 to 239/123); then every one gained (sanctions named "restrictive measures", their owner before the noun): 164/30, 281/88, 251/94, 241/122; articles-holdout2 then lost one to a spurious condition (251/95) and another with the companions of a trip (250/96); after the review's mends: paraphrase-holdout 164/30, articles-holdout 281/87, articles-holdout2 250/96, articles-holdout3 241/122 (F1 0.804, 0.722, 0.675, 0.612; at the session's start 0.803, 0.714, 0.668, 0.609); then articles-holdout 281/88 with designations of individuals as sanctions, and 281/87, articles-holdout2 250/95 with what a position is on read as its topic; after the second review's mends 164/30, 281/88, 251/94, 241/121 (F1 0.804, 0.721, 0.678, 0.613); paraphrase-holdout 165/30 (0.807) with two trips the other way round kept apart. Twelfth session: articles-holdout4 (25 Thirteenth session: articles-holdout4 126/45 to 128/45 with its date and sanction rules, articles-holdout3 246/118 to 246/117, articles-holdout5 101/43 to 101/42 (the others unchanged). Fourteenth session, as its rules landed: paraphrase-holdout 165/28, articles-holdout 286/85, articles-holdout2 254/92, articles-holdout4 130/44 (articles-holdout3 248/117 on the way: two found and two spurious fewer with armed groups as parties, then two spurious back as they began to act). With the pack's new cue families and the review's mends: paraphrase-holdout 165/26, articles-holdout 288/85, articles-holdout2 258/92, articles-holdout3 252/117, articles-holdout4 133/44, articles-holdout5 106/38. Fifteenth session: a meeting "of" or "held by" two people and "between" further from its noun, articles-holdout 289/85, articles-holdout3 252/115; the people "from" a list of states standing for each: articles-holdout 290/85, articles-holdout5 108/38, articles-holdout4 132/45 (one record turned wrong, unread); "the two countries" after three named as the two joined by "and": articles-holdout5 110/38, articles-holdout3 251/116 (one record turned wrong, unread); with the pack's new cue families (branch cues15): articles-holdout 291/85, articles-holdout2 260/92, articles-holdout3 252/114; with routes between cities, a decision's holder past a time and "its" after "and" + verb: articles-holdout2 261/92, articles-holdout3 253/114, articles-holdout5 111/38. Sixteenth session: articles-holdout3 253/112 and articles-holdout2 263/91 with its rules (whom sanctions are on never the sanctioner; a plan's author after "a" no subject); with the pack's cue families (cues16) and the dates branch (dates16): paraphrase-holdout 166/26, articles-holdout 292/85, articles-holdout3 254/112, articles-holdout4 134/45, articles-holdout5 113/38; dated gold wrong 7, 52, 53, 39, 26, 27 (was 7, 58, 54, 43, 30, 28). After the review's mends, articles-holdout3 254/113 ("the war-torn country" and the like dropped: they read the sentence's own subject). Seventeenth session: articles-holdout5 114/38 with "that" before a time opening no clause; with the pack's cue families (cues17) articles-holdout 293/85, articles-holdout3 255/113 (articles-holdout2 dated gold wrong 53 to 54); the others unchanged. Eighteenth session: articles-holdout3 257/113 with the noun a relative clause hangs on as its verb's subject past that noun's own name and objects of prepositions. With the pack's cue families (cues18) and actor data (actors18): articles-holdout3 259/113 (dated gold wrong 39 to 40); the others unchanged. Branch roles18 (a person looked up at the time of their own clause): articles-holdout2 264/91, articles-holdout5 115/38. Nineteenth session, with its five branches merged (acts19, cues19, actors19, time19, frames19): paraphrase-holdout 167/26, articles-holdout 294/83, articles-holdout2 265/91, articles-holdout3 260/112, articles-holdout4 134/44; dated gold wrong 5, 52, 53, 39, 23, 21 (was 7, 52, 54, 39, 26, 26). Then articles-holdout2 265/90 (dated gold wrong 54) with a membership told again with no time words merged into the one the document dates. Twentieth session, with six branches merged (contact20, stance20, acts20, actors20, frames20, time20) and the review's mends: paraphrase-holdout 169/20, articles-holdout 295/79, articles-holdout2 268/84, articles-holdout3 261/107, articles-holdout4 134/43, articles-holdout5 115/36; dated gold wrong 5, 53, 54, 40, 23, 21. A short second round (contact21, stance21, acts21): articles-holdout 295/77, articles-holdout2 268/82, articles-holdout3 261/103, articles-holdout4 134/41, articles-holdout5 115/35. Twenty-first session, with its branches and the review's mends merged: paraphrase-holdout 170/18, articles-holdout 296/76, articles-holdout2 270/81, articles-holdout3 261/101, articles-holdout4 134/41, articles-holdout5 116/34; dated gold wrong 6, 51, 55, 40, 23, 20 (was 5, 53, 54, 40, 23, 21; the two more of articles-holdout2 and paraphrase-holdout come with newly found records). Twenty-second session, with six branches merged (speed25, actors25, frames25, acts25, cues25, time25): found and spurious unchanged; dated gold wrong 6, 51, 55, 40, 23, 18 (articles-holdout5 two fewer: the time right after a verb of saying dates what is said). Then articles-holdout2 270/81 to 269/78 with an organisation named as a noun's modifier ('the UN sanctions', 'UN monitors') no target of a stance, condition or sanction: three spurious records gone, one found lost (F1 0.724 to 0.725; its records unread), the only found floor lowered in that session.
    /// Syria articles) and articles-holdout5 (25 articles on other pairs), written in it by two annotators who saw no coder
    /// output, came with 126 of 196 found, 45 spurious (F1 0.687) and 101 of 192, 43 spurious (F1 0.601) by the session's first
    /// build; as its rules landed paraphrase-holdout 165/29, articles-holdout 280/88 (one record lost with the commit that reads "X told Y he would"
    /// as the teller's; its records unread), articles-holdout2 251/93, articles-holdout3 245/118, then 245/117 after the review's mends; articles-holdout 280/87 and articles-holdout2 251/92 with an organisation's own gathering named before its noun; articles-holdout3 246/117 with "spoke with A and with B"; with trade frozen and imports halted or blocked as sanctions, articles-holdout 283/87, articles-holdout2 252/92, articles-holdout3 246/118.
    /// </summary>
    public static TheoryData<string, int, int, int> Holdouts => new()
    {
        { "paraphrase-holdout", 200, 170, 18 },
        { "articles-holdout", 400, 296, 76 },
        { "articles-holdout2", 380, 269, 78 },
        { "articles-holdout3", 400, 261, 101 },
        { "articles-holdout4", 190, 134, 41 },
        { "articles-holdout5", 185, 116, 34 },
    };

    [Theory]
    [MemberData(nameof(Holdouts))]
    public void Holdout_FoundAtLeastTheFloor_AndNoMoreSpurious(string folder, int records, int foundFloor, int spuriousCeiling)
    {
        // Totals only: a holdout's records are not printed, so that no rule is written from them.
        var s = ParaphraseProbeTests.Run(folder);
        output.WriteLine($"{folder}: {s.Summary}; dated gold wrong {s.DateWrong.Count}");
        ParaphraseProbeTests.Check(s, folder, records, foundFloor, spuriousCeiling);
    }
}
