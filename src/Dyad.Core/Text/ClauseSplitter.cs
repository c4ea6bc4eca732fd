namespace Dyad.Text;

/// <summary>
/// Splits a sentence's tokens into clauses and marks asides. A clause ends at ';', ':' and a free-standing
/// dash. Relative clauses (", which ... ,", ", who ... ,") and parentheses are asides: their actors are not
/// the subject of the main clause, and their dates do not date its events.
/// </summary>
/// <remarks>
/// Most sentences are one clause with no aside. Their arrays, all zeros and all false, are shared by every sentence of
/// that length (the arrays are only read once made): two arrays per sentence were a fifth of what the sentences stage
/// allocated.
/// </remarks>
internal static class ClauseSplitter
{
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "who", "whom", "whose" };

    // Sentences are cut at SentenceSplitter.MaxLength characters, so at most about as many tokens; longer token lists
    // (none in practice) get arrays of their own.
    private const int MaxShared = SentenceSplitter.MaxLength + 1;
    private static readonly int[]?[] OneClause = new int[]?[MaxShared];
    private static readonly bool[]?[] NoAside = new bool[]?[MaxShared];

    [ThreadStatic]
    private static int[]? t_clause;
    [ThreadStatic]
    private static bool[]? t_aside;

    public static (int[] Clause, bool[] Aside) Split(List<Token> tokens)
    {
        var n = tokens.Count;
        if (t_clause is null || t_clause.Length < n) (t_clause, t_aside) = (new int[Math.Max(n, 256)], new bool[Math.Max(n, 256)]);
        var clause = t_clause.AsSpan(0, n);
        var aside = t_aside!.AsSpan(0, n);
        var current = 0;
        var depth = 0;
        var relativeOpen = false;
        var anyAside = false;
        for (var i = 0; i < n; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct)
            {
                switch (t.Lower)
                {
                    case ";" or ":":
                    case "-" when i > 0 && tokens[i - 1].End < t.Start:
                        current++;
                        relativeOpen = false;
                        clause[i] = current;
                        aside[i] = false;
                        continue;
                    case "(":
                        depth++;
                        break;
                    case ")":
                        aside[i] = anyAside = true;
                        depth = Math.Max(0, depth - 1);
                        clause[i] = current;
                        continue;
                    case ",":
                        if (relativeOpen)
                        {
                            // ", which ..., which ...": one relative clause closes where the next opens.
                            relativeOpen = i + 1 < n && Relatives.Contains(tokens[i + 1].Lower);
                            aside[i] = anyAside = true;
                            clause[i] = current;
                            continue;
                        }
                        if (i + 1 < n && Relatives.Contains(tokens[i + 1].Lower)) relativeOpen = true;
                        break;
                }
            }
            clause[i] = current;
            aside[i] = depth > 0 || relativeOpen;
            anyAside |= aside[i];
        }
        return (current == 0 ? Shared(OneClause, n) : clause.ToArray(), anyAside ? aside.ToArray() : Shared(NoAside, n));
    }

    // The shared array of zeros (or false) of length n: made once, by whichever thread first needs it (two threads that
    // race each make one, and the later one is kept).
    private static T[] Shared<T>(T[]?[] arrays, int n) =>
        n >= arrays.Length ? new T[n] : arrays[n] ?? (arrays[n] = new T[n]);
}
