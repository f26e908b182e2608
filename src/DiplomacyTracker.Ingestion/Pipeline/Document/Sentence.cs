using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Pipeline.Document;

/// <summary>A sentence (or headline, or caption line): its span, its tokens, and whether it is a credit line.</summary>
internal sealed record Sentence(int Index, int Start, int Length, int Paragraph, int FirstToken, int TokenCount, bool IsCredit)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);
}
