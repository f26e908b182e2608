namespace DiplomacyTracker.Domain;

/// <summary>The kinds of fact that have pages of their own and so addresses that must keep answering.</summary>
public static class FactKind
{
    public const string Visit = "visit";
    public const string Meeting = "meeting";
    public const string Official = "official";
}

/// <summary>
/// What became of a visit, meeting or official that is gone: merged into another (its address answers 301 to the
/// survivor) or no longer reported (410, naming what replaced it when something did). Ids are never reused.
/// </summary>
public sealed class FactRedirect
{
    public int Id { get; set; }

    /// <summary>One of <see cref="FactKind"/>.</summary>
    public required string Kind { get; set; }

    public int FromId { get; set; }

    /// <summary>The survivor of a merge, or what replaced a fact that vanished; null when nothing did.</summary>
    public int? ToId { get; set; }

    /// <summary>True when the fact was merged into <see cref="ToId"/> (a permanent redirect), false when it vanished.</summary>
    public bool Merged { get; set; }

    public DateTimeOffset At { get; set; }
}
