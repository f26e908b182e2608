namespace DiplomacyTracker.Ingestion.Pipeline.Knowledge;

/// <summary>A stretch of text that names issue number <paramref name="Issue"/> of the taxonomy.</summary>
internal readonly record struct IssueHit(int Start, int Length, int Issue)
{
    public int End => Start + Length;
}
