namespace Dyad.Web.Api;

/// <summary>
/// Dyad pages as the JSON the API answers, kept under the store's change mark (<see cref="KeptAnswers{T}"/>): at most
/// <paramref name="maxBytes"/> of them (a page is at most a few megabytes: its lists are bounded).
/// </summary>
internal sealed class DyadPageCache(long maxBytes = DyadPageCache.DefaultMaxBytes) : KeptAnswers<byte[]>(maxBytes, answer => answer.Length)
{
    public const long DefaultMaxBytes = 64L << 20;
}
