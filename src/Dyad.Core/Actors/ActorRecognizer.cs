using Dyad.Model;
using Dyad.Packs;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// Finds the actors of a sentence. Names (states, capitals, organisations, people, descriptions) come from the
/// pack's lexicon; a demonym or a state's name followed by a role noun makes an actor with that role
/// ("Jordanian Foreign Minister", "U.S. officials", "Syrian opposition militias" -> SYR.OPP);
/// a role noun followed by "of" and a name does too ("the head of INTERPOL"); "former" makes elites (.ELI).
/// People resolve to whom they act for at the time of their clause (<see cref="MentionDates"/>), else on the given date.
/// </summary>
internal sealed class ActorRecognizer(Lexicon lexicon)
{
    private const int RoleWindow = 4;

    [ThreadStatic] private static List<(int First, int Last, List<LexEntry> Entries)>? t_items;
    [ThreadStatic] private static bool[]? t_used;
    [ThreadStatic] private static List<(int First, int Last, LexEntry Entry)>? t_group;

    public void Recognize(string text, SentenceActors view, PartialDate? onDate)
    {
        var tokens = view.Text.Tokens;
        // Lists of the thread's own, cleared for each sentence: a sentence's look-ups end with it.
        var items = t_items ??= [];
        items.Clear();
        for (var i = 0; i < tokens.Count;)
        {
            var (len, entries) = lexicon.Longest(text, tokens, i);
            // "The Syrian Interim Government" in 2022: the longest phrase means nothing then (the post-2024 government),
            // so the words are read again from the next one (the opposition's body of that name).
            if (len > 1 && MentionDates.At(view, i, onDate, out _) is { } day && !MeansSomethingOn(entries!, day)) { i++; continue; }
            // "the Kingdom of Bahrain", "The Organisation of Islamic Cooperation": a phrase followed by "of" gives way to a
            // longer name that starts at its second word.
            if (len > 1 && i + len < tokens.Count && tokens[i + len].Is("of") && lexicon.Longest(text, tokens, i + 1).Length > len - 1) { i++; continue; }
            if (len > 0) { items.Add((i, i + len, entries!)); i += len; }
            else i++;
        }
        if (t_used is null || t_used.Length < items.Count) t_used = new bool[Math.Max(items.Count, 32)];
        var used = t_used;
        Array.Clear(used, 0, items.Count);
        for (var n = 0; n < items.Count; n++)
        {
            if (used[n]) continue;
            var (first, last, entries) = items[n];
            var date = MentionDates.At(view, first, onDate, out var own);
            var entry = Pick(entries, date, out var former);
            // "Biden, who took office in 2021, lifted the designation Trump imposed": a person in no office at the date
            // tried is looked up at another time the sentence names, when their own clause tells none.
            if (entry is null && !own && MentionDates.Serving(view, entries, date) is { } serving)
            {
                date = serving;
                entry = Pick(entries, date, out former);
            }
            if (entry is null) continue;
            switch (entry.Kind)
            {
                case LexKind.Demonym:
                case LexKind.State:
                case LexKind.Capital:
                case LexKind.Organisation:
                    ComposeWithRole(text, view, items, used, n, entry, date);
                    break;
                case LexKind.DemonymPlural:
                    view.Mentions.Add(new ActorMention { First = first, Last = last, Actor = entry.Actor, Kind = MentionKind.Group });
                    break;
                case LexKind.Place:
                    view.Mentions.Add(new ActorMention { First = first, Last = last, Actor = entry.Actor, Kind = MentionKind.Place });
                    break;
                case LexKind.Person:
                    AddPerson(view, items, used, n, entry, former);
                    break;
                case LexKind.Description when ArmyHead(entry, tokens, last):
                    // "The Syrian army chief met Jordan's army chief": the head of a state's army meets for the state, at a
                    // minister's rank (spec: a defence or army chief meeting a minister is contact.ministerial).
                    view.Mentions.Add(new ActorMention
                    {
                        First = first, Last = last + 1, Actor = entry.Actor![..^4], Kind = MentionKind.Description, Level = RoleLevel.Minister,
                    });
                    break;
                case LexKind.Description when SomeOfTheMembers(tokens, first, last, entry):
                    break;
                case LexKind.Description:
                    // "Houthi rebel fighters", "M23 rebels": words for fighters right after an armed group's name are that
                    // group's fighters, not the topic pack's rebels ("rebel fighters" alone are Syria's).
                    if (entry.As is (null or MentionKind.Description) && entry.Actor is { } armed && (entry.Fights is not null || armed.EndsWith(".OPP", StringComparison.Ordinal))
                        && n + 1 < items.Count && items[n + 1].First == last && Fighters(items[n + 1].Entries))
                    {
                        last = items[n + 1].Last;
                        used[n + 1] = true;
                    }
                    view.Mentions.Add(new ActorMention
                    {
                        First = first, Last = last, Actor = entry.Actor!.StartsWith('@') ? null : entry.Actor,
                        Refers = entry.Reference,
                        Kind = entry.As ?? MentionKind.Description, Level = entry.Level, Against = entry.Against, Fights = entry.Fights,
                    });
                    break;
                case LexKind.Pronoun:
                    view.Mentions.Add(new ActorMention { First = first, Last = last, Kind = MentionKind.Pronoun, Refers = entry.Unmarked!, Among = entry.Among });
                    break;
                case LexKind.RoleNoun:
                    RoleOf(view, items, used, n, entry);
                    if (!used[n]) DefiniteRole(view, first, last, entry);
                    break;
            }
        }
        TwoParties(view);
        ApplyElite(view, items);
        DropDateline(text, view);
        DropHostingBases(view);
    }

    // "Iran fired missiles at two Iraqi air bases hosting US troops": bases that house another's troops are where the
    // strike fell, not whom it was done to (spec: the target is whom it is done to); the troops named after are.
    private static void DropHostingBases(SentenceActors view)
    {
        var tokens = view.Text.Tokens;
        for (var i = view.Mentions.Count - 1; i >= 0; i--)
        {
            var m = view.Mentions[i];
            if (m.Kind != MentionKind.Capital || m.Last >= tokens.Count || m.Last < 1
                || tokens[m.Last - 1].Lower is not ("bases" or "base" or "airbase" or "airbases" or "sites" or "site" or "facilities" or "facility" or "installations"))
                continue;
            if (tokens[m.Last].Lower is "hosting" or "housing" or "used" or "held" or "home")
                view.Mentions.RemoveAt(i);
        }
    }

    // The opposition's generic words ("rebels", "rebel fighters", "insurgents"): role nouns of the opposition sector.
    // "Several Gulf states have expelled Syrian envoys": a part of an organisation's members, none of them named, is
    // neither the organisation deciding as one (spec: an organisation's decision is the organisation's) nor any state.
    // "The Gulf states recalled their envoys" and "the six Gulf states" stay the organisation.
    private static bool SomeOfTheMembers(List<Token> tokens, int first, int last, LexEntry entry) =>
        first > 0 && entry.Actor is { } org && !org.StartsWith('@') && !org.Contains('.')
        && tokens[last - 1].Lower is "states" or "countries" or "monarchies" or "nations" or "members"
        && tokens[first - 1].Lower is "several" or "some" or "most" or "many" or "other" or "few" or "certain" or "individual"
            or "two" or "three" or "four" or "five";

    private static bool Fighters(List<LexEntry> entries) => entries.Exists(e => e.Kind == LexKind.RoleNoun && e.Sector == "OPP");

    private static bool ArmyHead(LexEntry entry, List<Token> tokens, int last) =>
        entry.Actor is { } actor && actor.EndsWith(".MIL", StringComparison.Ordinal) && last < tokens.Count
        && tokens[last].Lower is "chief" or "commander" or "head";

    /// <summary>
    /// "RIYADH, May 15 (Reuters) - Trump met ...", "DUBAI/DAMASCUS, Feb 8 (AFP) -": the places of a dateline tell where the
    /// story was filed, not who takes part (spec: a dateline is not an event's date either).
    /// </summary>
    private static void DropDateline(string text, SentenceActors view)
    {
        var tokens = view.Text.Tokens;
        var end = 0;
        while (end < tokens.Count && end < 6 && (tokens[end].Is("/") || IsCapitalised(text, tokens[end]))) end++;
        if (end == 0 || end >= tokens.Count || !tokens[end].Is(",")) return;
        // A loop, not RemoveAll with a lambda: its closure over `end` was made for every sentence of every article.
        var mentions = view.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i].Last <= end && mentions[i].Kind is MentionKind.Capital or MentionKind.State or MentionKind.Place) mentions.RemoveAt(i);
    }

    // Every letter upper case, as datelines write their cities.
    private static bool IsCapitalised(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || t.End - t.Start < 3) return false;
        for (var i = t.Start; i < t.End; i++)
        {
            if (char.IsLetter(text[i]) && !char.IsUpper(text[i])) return false;
        }
        return true;
    }

    private static LexEntry? Pick(List<LexEntry> entries, PartialDate? onDate) => Pick(entries, onDate, out _);

    private static bool NamesMinistry(List<Token> tokens, int first, int last, LexEntry? role)
    {
        if (role is not { Level: RoleLevel.Minister }) return false;
        for (var t = first; t < last; t++)
        {
            if (tokens[t].Lower is "minister" or "secretary") return true;
        }
        return false;
    }

    private static bool MeansSomethingOn(List<LexEntry> entries, PartialDate day)
    {
        foreach (var e in entries)
        {
            if (e.ActiveIn(day) || e.Kind == LexKind.Person) return true;
        }
        return false;
    }

    /// <summary>
    /// The meaning of a phrase on a date. A person whose every role had ended by then is taken in their last role,
    /// as a former office holder (<paramref name="former"/>): "since the fall of Assad", written in 2025.
    /// </summary>
    internal static LexEntry? Pick(List<LexEntry> entries, PartialDate? onDate, out bool former)
    {
        former = false;
        // With no date to go by, a person is taken in their latest role.
        if (onDate is not { } date) return entries.OrderBy(Rank).ThenByDescending(e => e.From).First();
        LexEntry? best = null;
        LexEntry? ended = null;
        foreach (var e in entries)
        {
            if (e.ActiveIn(date))
            {
                // One person in two offices at once (foreign minister and prime minister): the higher speaks.
                if (best is null || Rank(e) < Rank(best) || (Rank(e) == Rank(best) && ReferenceEquals(e.Person, best.Person) && e.Level > best.Level)) best = e;
            }
            else if (e.Kind == LexKind.Person && e.To is { } to && to < date.Start && (ended is null || to > ended.To)) ended = e;
        }
        if (best is not null || ended is null) return best;
        // Someone else active under the same name wins over a former holder: only a name no one holds now falls back.
        former = true;
        return ended;
    }

    // When one phrase means several things, the more specific knowledge wins: a topic pack's description
    // ("Idlib" held by the opposition) over the world's place, a person over a state, a name over a pronoun.
    private static int Rank(LexEntry e) => e.Short ? 9 : Rank(e.Kind);

    private static int Rank(LexKind kind) => kind switch
    {
        LexKind.Description => 0,
        LexKind.Person => 1,
        LexKind.Organisation => 2,
        LexKind.State => 3,
        LexKind.Capital => 4,
        LexKind.Place => 5,
        LexKind.Demonym or LexKind.DemonymPlural => 6,
        LexKind.RoleNoun or LexKind.Elite => 7,
        _ => 8,
    };


    // "Jordanian Foreign Minister Ayman Safadi", "Syrian and Turkish officials", "Turkey's foreign minister".
    private static void ComposeWithRole(string text, SentenceActors view, List<(int First, int Last, List<LexEntry> Entries)> items,
        bool[] used, int n, LexEntry entry, PartialDate? onDate)
    {
        var (first, last, _) = items[n];
        var tokens = view.Text.Tokens;
        var group = t_group ??= [];
        group.Clear();
        group.Add((first, last, entry));
        var k = n;
        // Coordinated demonyms or states sharing one head noun: "Syrian and Turkish officials".
        while (k + 1 < items.Count && items[k + 1].First == items[k].Last + 1
               && (tokens[items[k].Last].Is("and") || tokens[items[k].Last].Is(","))
               && Pick(items[k + 1].Entries, onDate) is { Kind: LexKind.Demonym } next && entry.Kind == LexKind.Demonym)
        {
            k++;
            group.Add((items[k].First, items[k].Last, next));
        }
        // Look for the head noun: a role noun within a few tokens, across modifiers ("senior", "Foreign"), "'s" and names.
        var end = items[k].Last;
        LexEntry? role = null;
        var roleItem = -1;
        // "Somalia's separatist leader", "Yemen's secessionist forces": the holder fights the state, so the title makes its
        // opposition (spec: .OPP), not its leader or its army.
        var against = false;
        for (var j = k + 1; j < items.Count && items[j].First - end <= RoleWindow; j++)
        {
            if (Blocked(text, tokens, end, items[j].First))
            {
                if (!Rebel(text, tokens, end, items[j].First)) break;
                against = true;
            }
            var e = Pick(items[j].Entries, onDate);
            // "Australian Treasury Secretary": a title one state's phrase names is a role after another state's demonym.
            if (e?.Kind == LexKind.Description && items[j].Entries.Find(x => x.Kind == LexKind.RoleNoun) is { } titled) e = titled;
            if (e?.Kind == LexKind.RoleNoun) { role = e; roleItem = j; break; }
            if (e?.Kind != LexKind.Elite) break;
        }
        // "the Russian president's special envoy": the role of the one a role-holder sends is the mention's.
        while (roleItem >= 0 && items[roleItem].Last < tokens.Count && tokens[items[roleItem].Last].Lower is "'s" or "'")
        {
            var sent = -1;
            for (var j = roleItem + 1; j < items.Count && items[j].First - items[roleItem].Last <= RoleWindow; j++)
            {
                var e = Pick(items[j].Entries, onDate);
                if (e?.Kind == LexKind.RoleNoun) { sent = j; break; }
                if (e?.Kind != LexKind.Elite) break;
            }
            // "the Turkish foreign minister's counterpart" is the other side's.
            if (sent < 0 || Blocked(text, tokens, items[roleItem].Last + 1, items[sent].First) || tokens[items[sent].Last - 1].Lower is "counterpart" or "counterparts") break;
            role = Pick(items[sent].Entries, onDate);
            roleItem = sent;
        }
        if (role is null && entry.Kind == LexKind.Demonym)
        {
            // "Saudi Crown Prince Mohammed bin Salman", whose title is part of his name in the pack: the demonym opens the
            // person's mention, so that "Raisi and Saudi Crown Prince ..." stay two coordinated parties.
            if (group.Count == 1 && k + 1 < items.Count && items[k + 1].First == items[k].Last
                && Pick(items[k + 1].Entries, onDate) is { Kind: LexKind.Person, Actor: { } personActor } && personActor.Split('.')[0] == entry.Actor)
            {
                items[k + 1] = (first, items[k + 1].Last, items[k + 1].Entries);
                return;
            }
            // A bare adjective ("Turkish TV channels") names no actor.
            (view.Adjectives ??= []).Add(new ActorMention { First = first, Last = last, Actor = entry.Actor, Kind = MentionKind.Group });
            return;
        }
        var mentionEnd = role is null ? items[k].Last : items[roleItem].Last;
        var isPerson = false;
        Packs.PersonEntry? personEntry = null;
        var level = role?.Level ?? RoleLevel.None;
        for (var u = n; u <= (roleItem < 0 ? k : roleItem); u++) used[u] = true;
        // A person named right after the title is the same actor: "Turkish President Recep Tayyip Erdogan".
        var personItem = roleItem >= 0 ? roleItem + 1 : -1;
        if (personItem > 0 && personItem < items.Count && items[personItem].First == mentionEnd
            && Pick(items[personItem].Entries, onDate) is { Kind: LexKind.Person } person)
        {
            mentionEnd = items[personItem].Last;
            used[personItem] = true;
            isPerson = true;
            personEntry = person.Person;
            // "Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman", also prime minister: the office the title names is the
            // one the person acts in here. A title that names no office ("his Iranian counterpart Ebrahim Raisi") gives way.
            if (person.Level > level && !NamesMinistry(tokens, items[roleItem].First, items[roleItem].Last, role)) level = person.Level;
        }
        if (against && role is not null && entry.Kind is LexKind.Demonym or LexKind.State)
        {
            level = RoleLevel.None;
            isPerson = false;
            personEntry = null;
        }
        foreach (var (gFirst, gLast, gEntry) in group)
        {
            var actor = against && role is not null && gEntry.Kind is LexKind.Demonym or LexKind.State ? $"{gEntry.Actor}.OPP"
                : role?.Sector is { } sector && !ArmedGroup(gEntry, sector) ? $"{gEntry.Actor}.{sector}" : gEntry.Actor;
            var kind = isPerson ? MentionKind.Person : role?.As is { } named ? named : gEntry.Kind switch
            {
                LexKind.Capital => MentionKind.Capital,
                LexKind.Organisation => MentionKind.Organisation,
                _ => MentionKind.State,
            };
            view.Mentions.Add(new ActorMention
            {
                First = group.Count > 1 ? gFirst : first,
                Last = group.Count > 1 && gFirst != group[^1].First ? gLast : mentionEnd,
                Actor = actor, Kind = kind, Level = level, Person = personEntry,
            });
        }
    }

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "senior", "top", "former", "deputy", "acting", "foreign", "defence", "defense", "interior", "finance", "economy", "trade",
        "state", "national", "chief", "new", "outgoing", "incoming", "then", "current", "special", "high-ranking", "high-level",
        "ruling", "royal", "principal", "assistant", "permanent", "armed", "allied", "regional", "local", "official", "government",
        "diplomatic", "joint", "ministerial", "economic", "technical", "visiting", "accompanying", "two", "three", "several", "other",
        // An office held for a time or newly taken: "the Lebanese caretaker premier", "Syria's interim president", "the Iraqi
        // newly appointed ambassador", "the Turkish presidential spokesman".
        "caretaker", "interim", "transitional", "provisional", "newly", "appointed", "designate", "elected", "presidential", "veteran",
        "recently", "democratically", "popularly",
    };

    // Between a name and its head noun stand only titles and modifiers ("Foreign", "senior", "Turkey's"): any other
    // lower-case word ("Syria's neighbours want refugees") means the noun is not the name's.
    private static bool Blocked(string text, List<Token> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var tok = tokens[t];
            if (tok.Is("'s") || tok.Is("'") || tok.Is("-")) continue;
            if (tok.Kind != TokenKind.Word) return true;
            if (char.IsUpper(text[tok.Start]) && !tok.Is("the")) continue;
            if (!Modifiers.Contains(tok.Lower) && !Qualifier(tok.Lower)) return true;
        }
        return false;
    }

    // Words that set a title's holder against the state named before it: "Somalia's separatist leader", "Ukraine's
    // pro-Russian rebel commander", "Yemen's secessionist forces".
    private static readonly string[] RebelWords = ["separatist", "secessionist", "rebel", "insurgent", "breakaway"];

    // Between the name and the title stand modifiers, qualifiers and at least one word of a rebel or separatist (a "pro-" or
    // "anti-" compound may qualify it): the title is the opposition's.
    private static bool Rebel(string text, List<Token> tokens, int from, int to)
    {
        var rebel = false;
        for (var t = from; t < to; t++)
        {
            var tok = tokens[t];
            if (tok.Is("'s") || tok.Is("'") || tok.Is("-")) continue;
            if (tok.Kind != TokenKind.Word) return false;
            var word = tok.Lower;
            var isRebel = false;
            foreach (var r in RebelWords)
            {
                if (word.StartsWith(r, StringComparison.Ordinal) || (word.Length > r.Length && word[^(r.Length + 1)] == '-' && word.EndsWith(r, StringComparison.Ordinal))) { isRebel = true; break; }
            }
            if (isRebel) { rebel = true; continue; }
            if (word.StartsWith("pro-", StringComparison.Ordinal) || word.StartsWith("anti-", StringComparison.Ordinal)) continue;
            if (char.IsUpper(text[tok.Start]) && !tok.Is("the")) continue;
            if (!Modifiers.Contains(word) && !Qualifier(word)) return false;
        }
        return rebel;
    }

    // Adjective endings of the words news puts before a title to qualify its holder: "Iran's hardline president", "Israel's
    // hawkish prime minister", "Tunisia's populist president", "Turkey's powerful intelligence chief", "Egypt's military-backed
    // president". A noun ("Syria's neighbours want refugees") has none of them and still parts the name from the title.
    private static readonly string[] QualifierEndings = ["ful", "ish", "ist", "ive", "ic", "ous", "line"];

    // "Yemen's separatist leader", "Ukraine's pro-Russian rebel chief", "Somalia's breakaway-region president": words that
    // make the holder someone other than the state's own office holder, so the title is not the state's.
    private static readonly string[] NotTheStates = ["separatist", "secessionist", "rebel", "insurgent", "militant", "jihadist",
        "breakaway", "opposition", "exiled", "self-declared", "self-proclaimed", "self-styled", "de-facto", "shadow", "former", "ex-"];

    private static bool Qualifier(string word)
    {
        foreach (var not in NotTheStates)
        {
            if (word.StartsWith(not, StringComparison.Ordinal)) return false;
            var at = word.IndexOf(not, StringComparison.Ordinal);
            if (at > 0 && word[at - 1] == '-') return false;
        }
        if (word.StartsWith("pro-", StringComparison.Ordinal) || word.StartsWith("anti-", StringComparison.Ordinal)) return false;
        // "long-serving", "far-right", "military-backed": a compound made with a hyphen qualifies, as a noun rarely is.
        if (word.Length > 3 && word.IndexOf('-') > 0) return true;
        if (word.Length < 5) return false;
        foreach (var ending in QualifierEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static void AddPerson(SentenceActors view, List<(int First, int Last, List<LexEntry> Entries)> items, bool[] used, int n, LexEntry entry,
        bool former)
    {
        var (first, last, entries) = items[n];
        used[n] = true;
        // "King Abdullah II of Jordan": the state after "of" is the person's own, one mention.
        if (n + 1 < items.Count && last + 1 < view.Text.Tokens.Count && view.Text.Tokens[last].Is("of") && items[n + 1].First == last + 1
            && items[n + 1].Entries.Any(e => e.Kind == LexKind.State && e.Actor == entry.Actor))
        {
            used[n + 1] = true;
            last = items[n + 1].Last;
        }
        view.Mentions.Add(new ActorMention
        {
            First = first, Last = last, Actor = entry.Actor, Kind = MentionKind.Person, Level = former ? RoleLevel.None : entry.Level,
            Person = entry.Person, Former = former, ShortName = entry.Short ? entries : null,
        });
    }

    // "Daesh fighters", "HTS forces": an organisation's fighters are the organisation; opposition and armed forces are
    // sectors of a state (spec: actors).
    private static bool ArmedGroup(LexEntry entry, string sector) => entry.Kind == LexKind.Organisation && sector is "OPP" or "MIL";

    // "the head of INTERPOL", "the Minister of Defense of Syria", "a delegation from the US": a role noun, "of" or
    // "from", a name; "the foreign ministers of Egypt, Jordan and the UAE", "intelligence chiefs from Russia, Turkey
    // and Syria": a list of names, each holding the role.
    private static bool Envoy(string lower) =>
        lower.StartsWith("ambassador", StringComparison.Ordinal) || lower.StartsWith("envoy", StringComparison.Ordinal) || lower.StartsWith("diplomat", StringComparison.Ordinal);

    // A verb that takes an envoy out of a place, a few words before the envoy: "recalled its ambassador", "expelled the envoys".
    private static bool Recalled(List<Token> tokens, int at)
    {
        for (var t = at - 1; t >= 0 && t >= at - 4; t--)
        {
            var w = tokens[t].Lower;
            if (w.StartsWith("recall", StringComparison.Ordinal) || w.StartsWith("withdr", StringComparison.Ordinal) || w.StartsWith("expel", StringComparison.Ordinal)
                || w.StartsWith("pull", StringComparison.Ordinal) || w.StartsWith("summon", StringComparison.Ordinal) || w.StartsWith("evacuat", StringComparison.Ordinal)
                || w is "brought" or "bringing" or "bring" or "called" or "ordered") return true;
        }
        return false;
    }

    // "the Minister of Foreign Affairs and Expatriates of the Syrian Arab Republic", "Minister for Foreign Affairs and
    // International Cooperation of": an official title's capitalised tail after "and" stands between the role and "of".
    private static int TitleTail(SentenceActors view, int j)
    {
        var tokens = view.Text.Tokens;
        if (j + 2 >= tokens.Count || !tokens[j].Is("and")) return j;
        var t = j + 1;
        while (t < tokens.Count && t <= j + 3 && tokens[t].IsWord && char.IsUpper(view.Text.Text[tokens[t].Start])) t++;
        return t > j + 1 && t < tokens.Count && tokens[t].Is("of") ? t : j;
    }

    private static void RoleOf(SentenceActors view, List<(int First, int Last, List<LexEntry> Entries)> items, bool[] used, int n, LexEntry role)
    {
        var (_, last, _) = items[n];
        var tokens = view.Text.Tokens;
        // "despite the vociferous opposition of the United States": a stance, not the United States' opposition party.
        if (role.Sector == "OPP" && tokens[last - 1].Is("opposition")) return;
        var j = last;
        // "a delegation of Arab parliament speakers, including those of Iraq and Jordan": the list names whose they are.
        if (j + 2 < tokens.Count && tokens[j].Is(",") && tokens[j + 1].Is("including") && tokens[j + 2].Lower is "those" or "ones") j += 3;
        // "a delegation from the US", "special envoys from Turkey and Armenia", but "recalled its ambassador from Damascus":
        // an envoy is recalled from a place.
        j = TitleTail(view, j);
        var from = j < tokens.Count && tokens[j].Is("from") && !(Envoy(tokens[j - 1].Lower) && Recalled(tokens, items[n].First));
        if (j < tokens.Count && (tokens[j].Is("of") || from)) j++; else return;
        if (j < tokens.Count && tokens[j].Is("the")) j++;
        var k = n + 1;
        var first = true;
        while (k < items.Count && items[k].First == j)
        {
            var target = items[k].Entries.FirstOrDefault(e => e.Kind is LexKind.State or LexKind.Organisation or LexKind.Capital);
            if (target is null) break;
            // "the head of INTERPOL and Syria's foreign minister": a possessive opens a phrase of its own; "the head of Syria's
            // National Security Bureau" heads the thing the state owns, not the state.
            if (items[k].Last < tokens.Count && tokens[items[k].Last].Lower is "'s" or "'") break;
            used[k] = true;
            var actor = role.Sector is { } sector ? $"{target.Actor}.{sector}" : target.Actor;
            view.Mentions.Add(new ActorMention
            {
                First = first ? items[n].First : items[k].First, Last = items[k].Last, Actor = actor,
                Kind = target.Kind == LexKind.Organisation ? MentionKind.Organisation : MentionKind.State, Level = role.Level,
            });
            if (first) used[n] = true;
            first = false;
            // The list goes on after ",", "and", ", and", "or", each perhaps followed by "the".
            j = items[k].Last;
            var joined = false;
            while (j < tokens.Count && (tokens[j].Is(",") || tokens[j].Is("and") || tokens[j].Is("or")))
            {
                j++;
                joined = true;
            }
            if (!joined) break;
            if (j < tokens.Count && tokens[j].Is("the")) j++;
            k++;
        }
    }

    /// <summary>
    /// "the crown prince", "the foreign minister", "his Saudi counterpart"'s head alone: a role named without its state
    /// refers to the one who holds it in the text before (Discourse resolves it).
    /// </summary>
    private static void DefiniteRole(SentenceActors view, int first, int last, LexEntry role)
    {
        if (role.Sector is not null || role.As is not null || role.Level is not (RoleLevel.Leader or RoleLevel.Minister or RoleLevel.Security)) return;
        if (first == 0 || view.Text.Tokens[first - 1].Lower is not ("the" or "his" or "her" or "its" or "their")) return;
        // "the president of Syria" was RoleOf's; "the head of state" names no one in particular.
        if (last < view.Text.Tokens.Count && view.Text.Tokens[last].Is("of")) return;
        view.Mentions.Add(new ActorMention
        {
            First = first - 1, Last = last, Kind = MentionKind.Pronoun, Refers = role.Level switch
            {
                RoleLevel.Leader => "role-leader",
                RoleLevel.Minister => "role-minister",
                _ => "role-security",
            },
        });
    }

    private static readonly HashSet<string> PairNouns = new(StringComparer.Ordinal)
    {
        "countries", "nations", "states", "sides", "governments", "neighbours", "neighbors", "rivals", "allies", "powers", "foes",
        "capitals", "parties", "adversaries", "monarchies", "kingdoms", "republics", "leaders", "presidents", "ministers", "diplomats",
        "delegations", "envoys",
    };

    /// <summary>"the two estranged neighbours", "both Gulf states": a pair named before, whatever words qualify it.</summary>
    private static void TwoParties(SentenceActors view)
    {
        var tokens = view.Text.Tokens;
        var added = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Every token is asked: most are turned down by their number in the pool of words, or else by their length,
            // before any comparison of strings.
            if (PairOpeners is { } openers ? Array.IndexOf(openers, tokens[i].Word) < 0 : tokens[i].Lower.Length is not (3 or 4 or 5)) continue;
            var start = i;
            // "the three countries", "all four states": a group of that many named before.
            var many = tokens[i].Lower switch { "three" => 3, "four" => 4, "five" => 5, "six" => 6, _ => 0 };
            if (many > 0 && i > 0 && tokens[i - 1].Lower is "the" or "all") start = i - 1;
            else if (tokens[i].Is("two") && i > 0 && tokens[i - 1].Is("the")) start = i - 1;
            else if (!tokens[i].Is("both")) continue;
            for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
            {
                if (tokens[k].Kind != TokenKind.Word) break;
                if (!PairNouns.Contains(tokens[k].Lower)) continue;
                // "the two US allies", "the two Gulf neighbours": a name that qualifies the noun is no party of its own.
                if (Overlaps(view.Mentions, start, k + 1) && !DropQualifiers(view.Mentions, i + 1, k)) break;
                var refers = tokens[k].Lower switch
                {
                    "leaders" or "presidents" => "pair-leader",
                    "ministers" or "diplomats" or "delegations" or "envoys" => "pair-minister",
                    // Only states are countries, neighbours or kingdoms; "sides" and "parties" may be an organisation.
                    "countries" or "nations" or "states" or "neighbours" or "neighbors" or "capitals" or "monarchies" or "kingdoms"
                        or "republics" or "governments" => "pair-state",
                    _ => "pair",
                };
                if (many > 0)
                {
                    if (refers != "pair-state") break;
                    refers = "group-" + many.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                view.Mentions.Add(new ActorMention { First = start, Last = k + 1, Kind = MentionKind.Pronoun, Refers = refers });
                added = true;
                break;
            }
        }
        if (added) view.Mentions.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Last.CompareTo(b.Last));
    }

    // The numbers in the pool of the words that open a pair or a group ("the two", "both", "all four"), or null when the
    // pool was full before one of them was met (a token's word is then compared as before). Pooled as the pack's words are.
    private static readonly int[]? PairOpeners = new[] { "two", "both", "three", "four", "five", "six" }.Select(w => LowerPool.Intern(w, rare: true).Number)
        .ToArray() is var numbers && numbers.All(n => n >= 0) ? numbers : null;

    // Removes the mentions between the pair's opener and its noun when every mention overlapping them lies there.
    private static bool DropQualifiers(List<ActorMention> mentions, int first, int noun)
    {
        foreach (var m in mentions)
        {
            if (m.First < noun + 1 && first - 1 < m.Last && (m.First < first || m.Last > noun)) return false;
        }
        mentions.RemoveAll(m => m.First >= first && m.Last <= noun);
        return true;
    }

    // A loop, not a lambda: a lambda over the loop's locals was a closure allocated at every token of every
    // sentence (a sixth of what coding allocated), whether or not a pair noun was there.
    internal static bool Overlaps(List<ActorMention> mentions, int first, int last)
    {
        foreach (var m in mentions)
        {
            if (m.First < last && first < m.Last) return true;
        }
        return false;
    }

    // "former senior U.S. officials" speak for themselves: .ELI.
    private static void ApplyElite(SentenceActors view, List<(int First, int Last, List<LexEntry> Entries)> items)
    {
        foreach (var (first, _, entries) in items)
        {
            if (!entries.Exists(e => e.Kind == LexKind.Elite)) continue;
            foreach (var m in view.Mentions)
            {
                if (m.First > first && m.First - first <= 3 && m.Actor is not null && m.Level != RoleLevel.None && !m.Actor.Contains('.'))
                {
                    m.Actor += ".ELI";
                    m.Level = RoleLevel.None;
                }
            }
        }
    }
}
