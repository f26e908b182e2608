namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The <c>Tracker</c> section of configuration.</summary>
public sealed class TrackerOptions
{
    public const string Section = "Tracker";

    /// <summary>Folder for the database and other data, relative to the folder the app is run from.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Folder of articles ingested when the database is empty, relative to the folder the app is run from.</summary>
    public string? SeedFolder { get; set; } = "seeds";

    public bool IngestSeedsWhenEmpty { get; set; } = true;
}
