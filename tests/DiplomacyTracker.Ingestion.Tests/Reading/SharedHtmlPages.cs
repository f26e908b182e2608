namespace DiplomacyTracker.Ingestion.Tests.Reading;

/// <summary>shared/html-pages, which sits beside the repository (../shared from the folder holding the .sln).</summary>
internal static class SharedHtmlPages
{
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiplomacyTracker.sln")))
            {
                var pages = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "html-pages"));
                return Directory.Exists(pages) ? pages : null;
            }
        }
        return null;
    }
}

/// <summary>A fact that is skipped, saying why, when shared/html-pages is not beside the repository.</summary>
internal sealed class SharedHtmlPagesFactAttribute : FactAttribute
{
    public SharedHtmlPagesFactAttribute()
    {
        if (SharedHtmlPages.Folder is null)
        {
            Skip = "../shared/html-pages is not beside the repository";
        }
    }
}
