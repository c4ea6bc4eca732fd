using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dyad.Packs;

/// <summary>
/// The readers of a pack's files, generated at build time. Every command loads a pack first, and reading its
/// files through reflection built a reader per type at each start: 10 to 20 ms of the half second an ingest of
/// one article takes.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(PackManifest))]
[JsonSerializable(typeof(StatesFile))]
[JsonSerializable(typeof(OrganisationsFile))]
[JsonSerializable(typeof(PeopleFile))]
[JsonSerializable(typeof(GovernmentsFile))]
[JsonSerializable(typeof(NamesFile))]
[JsonSerializable(typeof(DescriptionsFile))]
[JsonSerializable(typeof(RolesFile))]
[JsonSerializable(typeof(StepsFile))]
[JsonSerializable(typeof(PatternsFile))]
[JsonSerializable(typeof(ModalityFile))]
[JsonSerializable(typeof(TextFile))]
[JsonSerializable(typeof(LedgerFile))]
internal sealed partial class PackJson : JsonSerializerContext;
