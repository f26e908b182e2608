namespace DiplomacyTracker.Ingestion.Pipeline;

/// <summary>A range of the article text: <c>text.Substring(Start, Length)</c>.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public string Of(string text) => text.Substring(Start, Length);
}
