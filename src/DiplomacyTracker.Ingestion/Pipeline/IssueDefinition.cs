namespace DiplomacyTracker.Ingestion.Pipeline;

/// <summary>One entry of the issue taxonomy (Lexicon/issues.json): the store creates an Issue row per slug.</summary>
public sealed record IssueDefinition(string Slug, string Name, string Description, IReadOnlyList<string> Patterns);
