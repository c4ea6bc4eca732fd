namespace Dyad.Dates;

internal enum DateTokenKind : byte
{
    Word,
    /// <summary>Plain digits (at most 4), optionally with an ordinal suffix: the only numbers a date can use.</summary>
    Number,
    /// <summary>"250,000", "1990s", "5km", long digit runs: numeric, but never part of a date.</summary>
    OtherNumber,
    Punct,
}

internal struct DateToken
{
    public int Start;
    public int End;
    public DateTokenKind Kind;
    public W Word;
    public bool Capitalised;
    public bool Ordinal;
    /// <summary>A lower-case word outside the lexicon ending in "-ed" ("reopened", "agreed"): a past form, read by <see cref="Tense"/>.</summary>
    public bool PastForm;
    public byte Digits;
    public int Number;
    public char Punct;

    public readonly bool IsPunct(char c) => Kind == DateTokenKind.Punct && Punct == c;
}
