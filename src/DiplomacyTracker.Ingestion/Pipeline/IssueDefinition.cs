namespace DiplomacyTracker.Ingestion.Pipeline;

/// <summary>One entry of the issue taxonomy (Lexicon/issues.json): the store creates an Issue row per slug.</summary>
public sealed record IssueDefinition(string Slug, string Name, string Description, IReadOnlyList<string> Patterns)
{
    /// <summary>
    /// The countries or territories the issue is about ("Taiwan", "North Korea"): naming one of them raises the issue
    /// only when the sentence is about the place, not when the trip goes there or the traveller comes from there.
    /// </summary>
    public IReadOnlyList<string> Places { get; init; } = [];
}
