namespace DiplomacyTracker.Domain;

/// <summary>
/// Ingestion work waiting in the store, for a deployment of several instances on one PostgreSQL database: the instance
/// that received it (an upload, pasted text, an inbox file, a re-extraction) writes it here, and the one instance that
/// runs the ingestion queue takes it, runs it and writes the outcomes back for the first to show. Content is kept
/// only until the work is done. (On SQLite there is one instance, and its queue is in memory.)
/// </summary>
public sealed class IngestionRequest
{
    public int Id { get; set; }

    /// <summary><see cref="IngestionRequestKind.Ingest"/> or <see cref="IngestionRequestKind.Reextract"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>What the ingestion page shows while it waits or runs.</summary>
    public required string Description { get; set; }

    /// <summary>A re-extraction's articles (JSON ids); null for every article.</summary>
    public string? ArticleIds { get; set; }

    /// <summary>waiting, running, done or failed.</summary>
    public required string State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The instance that received it, and the one that ran it.</summary>
    public required string From { get; set; }
    public string? RanBy { get; set; }

    /// <summary>The outcomes once done (JSON), or why the work as a whole failed.</summary>
    public string? Outcomes { get; set; }
    public string? Error { get; set; }

    public List<IngestionRequestItem> Items { get; set; } = [];
}

/// <summary>One source of an ingest request: its content, or why it could not even be read when it was sent.</summary>
public sealed class IngestionRequestItem
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public int Position { get; set; }
    public required string SourcePath { get; set; }
    public byte[]? Content { get; set; }
    public string? Failure { get; set; }

    /// <summary>Title, outlet, date and address the editor gave (JSON), if any.</summary>
    public string? Stated { get; set; }
}

public static class IngestionRequestKind
{
    public const string Ingest = "ingest";
    public const string Reextract = "reextract";
}

public static class IngestionRequestState
{
    public const string Waiting = "waiting";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
