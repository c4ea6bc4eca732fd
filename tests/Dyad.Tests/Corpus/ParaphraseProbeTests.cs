using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Dyad.Tests.Corpus;

/// <summary>
/// Scores the coder on Corpus/paraphrase/cases.md, new phrasings of the spec's acts, as a whole: records are matched on
/// source, target and step (as the shared scorer does), and the floor only rises.
/// </summary>
public partial class ParaphraseProbeTests(ITestOutputHelper output)
{
    // The coder's result when the floor was last raised; raise them when it does better, never lower them.
    private const int FoundFloor = 260;
    private const int SpuriousCeiling = 4;

    internal sealed record Score(int Expected, int Found, int Spurious, int ModalityRight, int DateRight, List<string> Missed, List<string> Extra, List<string> DateWrong)
    {
        /// <summary>The totals as the shared scorer prints them: counts, precision, recall and F1.</summary>
        public string Summary
        {
            get
            {
                var precision = Found / (double)Math.Max(1, Found + Spurious);
                var recall = Found / (double)Math.Max(1, Expected);
                return $"expected {Expected}, found {Found}, spurious {Spurious}; precision {precision:F3}, recall {recall:F3}, "
                    + $"F1 {2 * precision * recall / Math.Max(1e-9, precision + recall):F3}";
            }
        }
    }

    private static string Key(string line)
    {
        var parts = line.Split(' ');
        return $"{parts[0]} {parts[1]}";
    }

    [GeneratedRegex(@"unclear, left out of the counts: (?<records>.*)$")]
    private static partial Regex UnclearLine();

    [GeneratedRegex(@"[A-Z][A-Z0-9.]*->[A-Z][A-Z0-9.]* [a-z.]+")]
    private static partial Regex RecordKey();

    /// <summary>Holds a probe's score to its size, its floor of records found and its ceiling of spurious ones.</summary>
    internal static void Check(Score s, string folder, int records, int foundFloor, int spuriousCeiling)
    {
        Assert.True(s.Expected >= records, $"{folder} holds {s.Expected} expected records; it should hold the whole file");
        Assert.True(s.Found >= foundFloor, $"{folder} recall fell: {s.Found} found, floor {foundFloor}");
        Assert.True(s.Spurious <= spuriousCeiling, $"{folder} precision fell: {s.Spurious} spurious, ceiling {spuriousCeiling}");
    }

    internal static Score Run(string folder)
    {
        var cases = GoldenMarkdown.Load(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Corpus", folder), GoldenSpec.Parse);
        int expected = 0, found = 0, spurious = 0, modality = 0, date = 0;
        var missed = new List<string>();
        var extra = new List<string>();
        var dateWrong = new List<string>();
        foreach (var c in cases)
        {
            var unclear = c.Reason is { } reason && UnclearLine().Match(reason) is { Success: true } u
                ? RecordKey().Matches(u.Groups["records"].Value).Select(x => x.Value).ToHashSet()
                : [];
            var actual = GoldenSpec.Actual(c).ToList();
            expected += c.Expected.Length;
            foreach (var want in c.Expected)
            {
                var at = actual.FindIndex(a => Key(a) == Key(want));
                if (at < 0)
                {
                    missed.Add($"{c.Title}: {want}");
                    continue;
                }
                found++;
                var (w, a) = (want.Split(' '), actual[at].Split(' '));
                if (w[2] == a[2]) modality++;
                if (w[3] == a[3]) date++;
                // The shared scorer's rule: a dated gold is right when the coded date cut to its precision equals it.
                if (w[3] != "-" && !(a[3].Length >= w[3].Length && a[3].StartsWith(w[3], StringComparison.Ordinal)))
                    dateWrong.Add($"{c.Title}: {want} <- coded {a[3]}");
                actual.RemoveAt(at);
            }
            foreach (var left in actual.Where(a => !unclear.Contains(Key(a))))
            {
                spurious++;
                extra.Add($"{c.Title}: {left}");
            }
        }
        return new Score(expected, found, spurious, modality, date, missed, extra, dateWrong);
    }

    [Fact]
    public void Paraphrases_FoundAtLeastTheFloor_AndNoMoreSpurious()
    {
        var s = Run("paraphrase");
        output.WriteLine($"paraphrase probe: expected {s.Expected}, found {s.Found}, missed {s.Expected - s.Found}, spurious {s.Spurious}; "
            + $"modality right {s.ModalityRight}/{s.Found}, date right {s.DateRight}/{s.Found}");
        foreach (var m in s.Missed) output.WriteLine($"  missed   {m}");
        foreach (var e in s.Extra) output.WriteLine($"  spurious {e}");
        Assert.True(s.Expected >= 250, $"the probe holds {s.Expected} expected records; it should hold the whole file");
        Assert.True(s.Found >= FoundFloor, $"paraphrase recall fell: {s.Found} found, floor {FoundFloor} (see the test output for what was missed)");
        Assert.True(s.Spurious <= SpuriousCeiling, $"paraphrase precision fell: {s.Spurious} spurious, ceiling {SpuriousCeiling}");
    }
}
