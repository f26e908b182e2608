namespace DiplomacyTracker.Ingestion.Pipeline.Text;

/// <summary>A word or punctuation mark of the article text; <see cref="Base"/> is the lowercase form without "'s".</summary>
internal sealed record Token(int Start, int Length, string Text, string Lower, string Base, bool IsWord)
{
    public int End => Start + Length;

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public bool IsPossessive => Lower.Length != Base.Length;
}
