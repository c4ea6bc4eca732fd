using Dyad.Model;

namespace Dyad.Dates;

/// <summary>What a time expression does for the events near it.</summary>
/// <remarks>Stored by number in a document's spans: a value is never renumbered.</remarks>
public enum DateRole
{
    /// <summary>Dates the events of its clause ("in May 2023", "on Tuesday").</summary>
    Point = 0,
    /// <summary>
    /// Dates only the event told right after it: "12 years after it was suspended" dates the suspension
    /// (publication year minus 12), not the rest of the sentence.
    /// </summary>
    Anchor = 1,
    /// <summary>A time word that cannot be resolved ("recently", "in recent months"): the event's date is null, never a guess.</summary>
    Unresolvable = 2,
    /// <summary>
    /// A dateline or date line at the top of an article ("LONDON, April 25 (Reuters) -", " date 2019-10-09"): it
    /// tells when the article was filed, the publication date, and dates no event (spec: Conventions, When).
    /// </summary>
    Dateline = 3,
    /// <summary>
    /// A time still to come ("soon", "in the coming weeks", "next week", "will meet on Tuesday"): it says when a
    /// plan is for, never when anything happened, so it neither dates nor undates the events near it. Its value,
    /// when it has one, is the time it names.
    /// </summary>
    Prospective = 4,
}

/// <summary>
/// What event-relative expressions ("the same year", "four days later", "two weeks before the call") resolve
/// against when their own sentence tells no earlier time: the last point in time told in the sentence before,
/// and that sentence's span (its words name the events a later "before the call" may point back to).
/// </summary>
/// <param name="Date">The last resolved point in time of the previous sentence; null when it told none.</param>
/// <param name="Start">Offset of the previous sentence in the text.</param>
/// <param name="End">Offset one past its end.</param>
internal readonly record struct DateReference(PartialDate? Date, int Start, int End)
{
    /// <summary>
    /// The last point in time told a few sentences back, for an explicit anaphor only ("that year", "That November"):
    /// it names a time told before, however far, while "four days later" counts from the sentence just before.
    /// </summary>
    public PartialDate? Earlier { get; init; }

    /// <summary>The sentence before is in the same paragraph: a story told there goes on ("On July 8 Abiy flew to Asmara.
    /// Isaias returned the visit on July 14").</summary>
    public bool SameParagraph { get; init; }

    /// <summary>
    /// The time the sentence before tells its story in: the year or month it opens on ("In the summer of 2018 the Horn
    /// witnessed ...", "In April 2023 the photographs ..."), else its last day that bounds nothing ("on January 3", not
    /// "since January 3"); a month told inside it is background ("after Moon visited Pyongyang in September 2018").
    /// </summary>
    public PartialDate? Story { get; init; }

    /// <summary>The story's day took its year from a story told before it ("Isaias returned the visit on July 14"), not from
    /// its own words ("on November 17, 2011"): a story that runs on, not a background date.</summary>
    public bool StoryCarried { get; init; }

    /// <summary>No reference: event-relative expressions stay unresolved.</summary>
    public static DateReference None => default;
}

/// <summary>A time expression found in a document: a character span and what it resolves to.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Value">The resolved date, or null when it cannot be resolved (no publication date, or an unresolvable expression).</param>
/// <param name="Basis"><see cref="DateBasis.Explicit"/> for a full date, <see cref="DateBasis.Relative"/> for one resolved against the publication date.</param>
/// <param name="Role">How the expression attaches to events.</param>
public readonly record struct DateMention(int Start, int End, PartialDate? Value, DateBasis Basis, DateRole Role)
{
    /// <summary>The number of characters of the span.</summary>
    public int Length => End - Start;
}
