namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The <c>Tracker</c> section of configuration.</summary>
public sealed class TrackerOptions
{
    public const string Section = "Tracker";

    /// <summary>Folder for the database and other data, relative to the content root unless absolute.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Folder of articles ingested when the database is empty, relative to the content root unless absolute.</summary>
    public string? SeedFolder { get; set; } = "../../seeds";

    public bool IngestSeedsWhenEmpty { get; set; } = true;
}
