using AngleSharp.Dom;

namespace DiplomacyTracker.Ingestion.Reading.Html;

/// <summary>
/// Removes the boxes Readability's patterns miss (newsletter sign-ups, subscription pitches) before it scores the
/// page. Only short boxes go, so a wrapper that merely has such a class never takes the story with it.
/// </summary>
internal static class PageFurniture
{
    private const int MaxBoxLength = 500;

    private static readonly string[] Markers = ["newsletter", "subscribe", "subscription", "signup", "sign-up", "paywall"];

    public static void Remove(IDocument document)
    {
        var boxes = document.Body?.QuerySelectorAll("*").Where(IsFurniture).ToList() ?? [];
        foreach (var box in boxes)
        {
            box.Remove();
        }
    }

    private static bool IsFurniture(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        return Markers.Any(m => names.Contains(m, StringComparison.OrdinalIgnoreCase))
            && element.TextContent.Length < MaxBoxLength;
    }
}
