namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The <c>Tracker</c> section of configuration.</summary>
public sealed class TrackerOptions
{
    public const string Section = "Tracker";

    /// <summary>The engine: <c>Sqlite</c> (the default) or <c>PostgreSQL</c>, whose database is <c>ConnectionStrings:Tracker</c>.</summary>
    public string Provider { get; set; } = nameof(Domain.StoreProvider.Sqlite);

    /// <summary>Folder for the database and other data, relative to the folder the app is run from.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Folder of articles ingested when the database is empty, relative to the folder the app is run from.</summary>
    public string? SeedFolder { get; set; } = "seeds";

    public bool IngestSeedsWhenEmpty { get; set; } = true;

    /// <summary>Folder watched for new articles, relative to the content root unless absolute; empty turns the inbox off.</summary>
    public string? InboxFolder { get; set; }

    /// <summary>What happens to an inbox file once it is stored: moved to <c>processed/</c> (the default) or deleted.</summary>
    public InboxDisposal InboxAfterIngest { get; set; } = InboxDisposal.Move;

    /// <summary>How often the inbox is scanned besides the file-system events, which can be missed.</summary>
    public int InboxRescanSeconds { get; set; } = 30;

    /// <summary>On PostgreSQL, how often an instance that does not run the ingestion queue and the inbox tries to take them over (1–30 s).</summary>
    public int LeadershipRetrySeconds { get; set; } = 15;

    /// <summary>How long a file's size and time must stay the same before it is taken as completely written.</summary>
    public int InboxSettleMilliseconds { get; set; } = 1000;

    /// <summary>Articles larger than this are refused, from any source.</summary>
    public long MaxArticleBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>An upload request larger than this is refused before it is read.</summary>
    public long MaxUploadBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>How long the upload page waits for the outcome before it says the work is still queued.</summary>
    public int UploadWaitSeconds { get; set; } = 30;

    /// <summary>Who may upload and re-extract: user names with password hashes made by <c>hash-password</c>.</summary>
    public List<EditorAccount> Editors { get; set; } = [];

    /// <summary>The site's public address (<c>https://tracker.example.org</c>), used for the links in the feed, CSV and calendar; empty uses the request's.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Where the source of an article read from a file is shown relative to; a source outside it shows its file name only.</summary>
    public string? SourceRoot { get; set; }

    /// <summary>Redirect HTTP to HTTPS and send HSTS; on for a site served over HTTPS in production.</summary>
    public bool Https { get; set; }

    public RateLimitOptions RateLimits { get; set; } = new();

    public LockoutOptions Lockout { get; set; } = new();
}

/// <summary>Requests per client address per window; 0 turns a limit off.</summary>
public sealed class RateLimitOptions
{
    public int WindowSeconds { get; set; } = 60;
    public int SignIn { get; set; } = 10;
    public int Upload { get; set; } = 20;
    public int Search { get; set; } = 120;

    /// <summary>Requests to expensive routes (an article's text, full-text search) served at once, over all clients; 0 turns it off.</summary>
    public int Expensive { get; set; } = 4;

    /// <summary>Requests to expensive routes that wait for their turn; more get 503.</summary>
    public int ExpensiveQueue { get; set; } = 32;
}

/// <summary>Wrong passwords for one user name within <see cref="WindowMinutes"/> that lock it for <see cref="LockMinutes"/>.</summary>
public sealed class LockoutOptions
{
    public int MaxFailures { get; set; } = 5;
    public int WindowMinutes { get; set; } = 15;
    public int LockMinutes { get; set; } = 15;
}

public enum InboxDisposal
{
    Move,
    Delete,
}

public sealed class EditorAccount
{
    public string UserName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
}
