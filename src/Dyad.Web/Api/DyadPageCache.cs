namespace Dyad.Web.Api;

/// <summary>
/// Dyad pages (and pages of a dyad's disputes) as the JSON the API answers, kept under the store's change mark
/// (<see cref="KeptAnswers{T}"/>): at most <paramref name="maxBytes"/> of them (a page is at most a few megabytes: its
/// lists are bounded). Each is kept as a <see cref="KeptJson"/>, so that a client holding it is told 304 and one
/// accepting gzip gets the form compressed once (issue 19, twelfth round: a dyad page is 1.2 MB at a million events);
/// its gzip form, compressed when first asked for, is counted ahead as a quarter of its JSON.
/// </summary>
internal sealed class DyadPageCache(long maxBytes = DyadPageCache.DefaultMaxBytes) : KeptAnswers<KeptJson>(maxBytes, answer => answer.Json.Length + answer.Json.Length / 4L)
{
    public const long DefaultMaxBytes = 64L << 20;
}
