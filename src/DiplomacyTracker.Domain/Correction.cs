namespace DiplomacyTracker.Domain;

/// <summary>What an editor's correction does.</summary>
public static class CorrectionAction
{
    /// <summary>Sets fields of a visit, meeting or official.</summary>
    public const string Edit = "edit";

    /// <summary>Adds or removes issues on a visit or meeting.</summary>
    public const string Issues = "issues";

    /// <summary>Merges <see cref="Correction.OtherId"/> into <see cref="Correction.TargetId"/>, which survives.</summary>
    public const string Merge = "merge";

    /// <summary>
    /// Moves what some articles report of <see cref="Correction.TargetId"/> to a new record, <see cref="Correction.OtherId"/>:
    /// two trips, two sets of talks or two people taken for one.
    /// </summary>
    public const string Split = "split";

    /// <summary>Removes a visit or meeting that is wrong; re-extraction does not bring it back.</summary>
    public const string Delete = "delete";
}

/// <summary>
/// One correction an editor made, as its own record: who, when, what it changed (the fact's fields before and after,
/// as JSON), why. Active corrections are applied over what the extractor reads, after every ingest and
/// re-extraction, so the extractor's output is merged under them; an undone one is kept, marked undone.
/// </summary>
public sealed class Correction
{
    public int Id { get; set; }

    /// <summary>One of <see cref="FactKind"/>.</summary>
    public required string Kind { get; set; }

    public int TargetId { get; set; }

    /// <summary>One of <see cref="CorrectionAction"/>.</summary>
    public required string Action { get; set; }

    /// <summary>For a merge, the fact merged into <see cref="TargetId"/>; for a split, the new fact split from it.</summary>
    public int? OtherId { get; set; }

    public required string Editor { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Reason { get; set; }

    /// <summary>The fields it changed, as they were (JSON object).</summary>
    public required string Before { get; set; }

    /// <summary>The fields it changed, as the editor set them (JSON object).</summary>
    public required string After { get; set; }

    /// <summary>Whether it came through the API with a token rather than from the pages.</summary>
    public string Via { get; set; } = "page";

    public DateTimeOffset? UndoneAt { get; set; }
    public string? UndoneBy { get; set; }
}

/// <summary>An API token of an editor: only its SHA-256 hash is stored; it works until revoked.</summary>
public sealed class EditorToken
{
    public int Id { get; set; }
    public required string Editor { get; set; }

    /// <summary>SHA-256 of the token, hex.</summary>
    public required string Hash { get; set; }

    /// <summary>The token's first characters, to tell tokens apart in lists.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
