namespace Dyad.Text;

/// <summary>
/// Splits a sentence's tokens into clauses and marks asides. A clause ends at ';', ':' and a free-standing
/// dash. Relative clauses (", which ... ,", ", who ... ,") and parentheses are asides: their actors are not
/// the subject of the main clause, and their dates do not date its events.
/// </summary>
internal static class ClauseSplitter
{
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "who", "whom", "whose" };

    public static (int[] Clause, bool[] Aside) Split(List<Token> tokens)
    {
        var clause = new int[tokens.Count];
        var aside = new bool[tokens.Count];
        var current = 0;
        var depth = 0;
        var relativeOpen = false;
        for (var i = 0; i < tokens.Count; i++)
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
                        continue;
                    case "(":
                        depth++;
                        break;
                    case ")":
                        aside[i] = true;
                        depth = Math.Max(0, depth - 1);
                        clause[i] = current;
                        continue;
                    case ",":
                        if (relativeOpen)
                        {
                            // ", which ..., which ...": one relative clause closes where the next opens.
                            relativeOpen = i + 1 < tokens.Count && Relatives.Contains(tokens[i + 1].Lower);
                            aside[i] = true;
                            clause[i] = current;
                            continue;
                        }
                        if (i + 1 < tokens.Count && Relatives.Contains(tokens[i + 1].Lower)) relativeOpen = true;
                        break;
                }
            }
            clause[i] = current;
            aside[i] = depth > 0 || relativeOpen;
        }
        return (clause, aside);
    }
}
