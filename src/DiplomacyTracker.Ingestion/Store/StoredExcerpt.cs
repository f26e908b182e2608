namespace DiplomacyTracker.Ingestion.Store;

/// <summary>An excerpt an article already has, which a new extraction of it may cite again under the same id.</summary>
internal sealed record StoredExcerpt(int Id, int Start, int Length, string Text);
