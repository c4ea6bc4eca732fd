using Dyad.Model;
using Dyad.Pipeline;

namespace Dyad.Tests.Analysis;

/// <summary>
/// Documents of dyads whose lists outgrow a bounded overview (issue 19, seventh round): Qatar and Syria cut relations and
/// talk again <see cref="AssadRounds"/> times under the Assad government and <see cref="TransitionRounds"/> times under the
/// transitional one, each round moving the rung twice (to 0, then to 2); Jordan's embassy reopening is asserted and denied
/// <see cref="Disputes"/> times, every 17 days from 2012.
/// </summary>
public static class ChangingDyads
{
    public const int AssadRounds = 30;
    public const int TransitionRounds = 12;
    public const int Disputes = 30;

    /// <summary>The rung changes of Qatar and Syria in all, and in each era.</summary>
    public const int Changes = 2 * (AssadRounds + TransitionRounds);

    public static List<CodedDocument> Documents()
    {
        var docs = new List<CodedDocument>();
        var assad = new DateOnly(2012, 1, 1);
        var transition = new DateOnly(2025, 1, 1);
        for (var i = 0; i < AssadRounds + TransitionRounds; i++)
        {
            var day = i < AssadRounds ? assad.AddDays(10 * i) : transition.AddDays(10 * (i - AssadRounds));
            docs.Add(Doc($"cut{i}", Ev($"cut{i}", "QAT", "SYR", "relations.sever", Modality.Asserted, day, $"Qatar cut its ties with Syria ({i}).")));
            docs.Add(Doc($"talk{i}", Ev($"talk{i}", "QAT", "SYR", "contact.ministerial", Modality.Asserted, day.AddDays(5), $"Qatar's minister met Syria's ({i}).")));
        }
        for (var i = 0; i < Disputes; i++)
        {
            var day = assad.AddDays(i * 17);
            docs.Add(Doc($"yes{i}", Ev($"yes{i}", "JOR", "SYR", "mission.reopen", Modality.Asserted, day, $"Jordan reopened its embassy ({i}).")));
            docs.Add(Doc($"no{i}", Ev($"no{i}", "JOR", "SYR", "mission.reopen", Modality.Negated, day, $"Jordan did not reopen its embassy ({i}).")));
        }
        return docs;
    }

    /// <summary>The date of Qatar and Syria's n-th change of rung (from 0), as the ladder reads it.</summary>
    public static string ChangeDate(int n)
    {
        var round = n / 2;
        var day = round < AssadRounds ? new DateOnly(2012, 1, 1).AddDays(10 * round) : new DateOnly(2025, 1, 1).AddDays(10 * (round - AssadRounds));
        return (n % 2 == 0 ? day : day.AddDays(5)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A document holding one event, its evidence as its text.</summary>
    public static CodedDocument Doc(string id, Event e)
    {
        var coded = new CodedDocument(new Document(id, e.Evidence + " More text.", $"Title of {id}", "Outlet", $"https://example.org/{id}", null, $"/in/{id}.txt"));
        coded.Sentences.Add(new Sentence(0, 0, e.Evidence.Length, true));
        coded.Events.Add(e);
        return coded;
    }

    /// <summary>An event dated to the day, of confidence 0.9, its evidence the whole of its one sentence.</summary>
    public static Event Ev(string doc, string source, string target, string step, Modality modality, DateOnly day, string evidence) =>
        new(doc, source, target, step, "step", modality, new PartialDate(day.Year, day.Month, day.Day), DateBasis.Explicit, 0.9, evidence, 0,
            evidence.Length, 0, "test");
}
