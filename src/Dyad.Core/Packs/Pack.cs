namespace Dyad.Packs;

/// <summary>
/// A topic pack, loaded and merged with the packs it includes: everything the engine knows about actors,
/// steps and cue words. Immutable once loaded.
/// </summary>
public sealed class Pack
{
    /// <summary>The pack's name from its pack.json ("syria").</summary>
    public required string Name { get; init; }

    /// <summary>What the pack covers, from its pack.json; null when it says nothing.</summary>
    public string? Description { get; init; }

    /// <summary>The focal state (SYR for the Syria pack): the default counterpart of meetings and of dyad views.</summary>
    public string? Focus { get; init; }

    /// <summary>The full path of the pack's folder, as loaded.</summary>
    public required string Directory { get; init; }

    /// <summary>
    /// A hash of every file of the pack and of the packs it includes, as loaded (FNV-1a and length, hex); null for a pack not read
    /// from files. Answers computed with the pack are kept in the store under it (issue 19), so an edited pack computes
    /// them again.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>The states of the world by ISO 3166-1 alpha-3 id, with their names, demonyms, capitals and places (states.json).</summary>
    public required IReadOnlyList<StateEntry> States { get; init; }

    /// <summary>Organisations and named armed groups (organisations.json): "ARL", "EU", "HTS".</summary>
    public required IReadOnlyList<OrganisationEntry> Organisations { get; init; }

    /// <summary>People and the roles they held, with dates (people.json), so a name resolves to whom it acted for on a date.</summary>
    public required IReadOnlyList<PersonEntry> People { get; init; }

    /// <summary>Spelling and short-form rules for people's names, merged from every pack's names.json.</summary>
    public NamesFile Names { get; init; } = new([], [], [], [], []);

    /// <summary>Phrases that stand for an actor, a place or a group ("the regime", "Idlib"), with their dates (descriptions.json).</summary>
    public required IReadOnlyList<DescriptionEntry> Descriptions { get; init; }

    /// <summary>Governments of states with their dates (governments.json of every pack), in order of time per state.</summary>
    public IReadOnlyList<EraEntry> Eras { get; init; } = [];

    /// <summary>Role nouns that make an actor after a state's name or demonym ("Turkish officials", "Syrian opposition") (roles.json).</summary>
    public required IReadOnlyList<RoleNounGroup> Roles { get; init; }

    /// <summary>Words that make a role noun a former or unofficial voice, the state's elites (".ELI"): "former", "retired" (roles.json).</summary>
    public required IReadOnlyList<string> EliteModifiers { get; init; }

    /// <summary>The ladder: every step code with its rung, kind, PLOVER type and label (steps.json), in pack order.</summary>
    public required IReadOnlyList<StepDefinition> Steps { get; init; }

    /// <summary>The cue patterns that code steps (patterns.json), typed and checked at load.</summary>
    public required IReadOnlyList<StepPattern> Patterns { get; init; }

    /// <summary>Cue words by modality code ("planned": "will", "set to"...), merged over the included packs (modality.json).</summary>
    public required IReadOnlyDictionary<string, string[]> ModalityCues { get; init; }

    /// <summary>Cues of talk about an idea ("the issue of", "proponents"): a step cue after them in the sentence is no event.</summary>
    public required IReadOnlyList<string> TopicCues { get; init; }
    /// <summary>Cues of a call on someone to act ("called on", "urged"): a third party's call for a step is its stance.</summary>
    public IReadOnlyList<string> AppealCues { get; init; } = [];
    /// <summary>Cues of a step told before and taken again by others ("similar action", "followed suit").</summary>
    public IReadOnlyList<string> RepeatCues { get; init; } = [];

    /// <summary>The lines kept in the stored text but never coded (site chrome, notes after the article) and the abbreviations that end no sentence (text.json).</summary>
    public required TextFile Text { get; init; }

    /// <summary>Topics, cues, indicators and number words of the ledger of conditions, goals and outcomes (ledger.json).</summary>
    public LedgerData Ledger { get; init; } = LedgerData.Empty;

    private Dictionary<string, StepDefinition>? _stepIndex;
    private Dictionary<string, string>? _names;
    private Dictionary<string, EraEntry[]>? _eraIndex;

    /// <summary>The declared governments of a state, earliest first; none for a state whose government the packs do not divide.</summary>
    public IReadOnlyList<EraEntry> ErasOf(string state)
    {
        _eraIndex ??= Eras.GroupBy(e => e.State, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.From ?? DateOnly.MinValue).ToArray(), StringComparer.Ordinal);
        return _eraIndex.GetValueOrDefault(state) ?? [];
    }

    /// <summary>The step with this code; when several packs define it, the including pack's definition. Null for an unknown code.</summary>
    public StepDefinition? FindStep(string code)
    {
        _stepIndex ??= Steps.GroupBy(s => s.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return _stepIndex.GetValueOrDefault(code);
    }

    /// <summary>A step's readable label from the pack ("embassy reopened"); the code itself when the pack gives none.</summary>
    public string StepLabel(string code) => FindStep(code)?.Label ?? code;

    /// <summary>The display name of an actor id: "SYR" -> "Syria", "USA.LEG" -> "United States (legislature)".</summary>
    public string DisplayName(string actor)
    {
        var dot = actor.IndexOf('.');
        var baseId = dot < 0 ? actor : actor[..dot];
        // Looked up by id (issue 19, ninth round: each event of an API page named its two actors by a scan of every state).
        _names ??= DisplayNames();
        var name = _names.GetValueOrDefault(baseId) ?? baseId;
        return dot < 0 ? name : $"{name} ({SectorName(actor[(dot + 1)..])})";
    }

    // The first state of an id by its name, else the first organisation of the id by its first name.
    private Dictionary<string, string> DisplayNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in States) names.TryAdd(s.Id, s.Name);
        foreach (var o in Organisations)
        {
            if (!names.ContainsKey(o.Id) && Organisations.First(x => x.Id == o.Id).Names.FirstOrDefault() is { } first) names[o.Id] = first;
        }
        return names;
    }

    private static string SectorName(string sector) => sector switch
    {
        "MIL" => "armed forces",
        "LEG" => "legislature",
        "OPP" => "opposition",
        "ELI" => "former officials and experts",
        "REF" => "refugees",
        "NGO" => "civil society",
        _ => sector,
    };
}
