using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;

namespace DiplomacyTracker.Ingestion.Reading.Html;

/// <summary>
/// Finds the story in a page with SmartReader (Mozilla Readability's scoring on AngleSharp) and renders it as
/// <see cref="PlainText"/>. Readability has years of fixes for real news sites; our part is the text it becomes.
/// </summary>
internal static partial class ArticleBody
{
    // SmartReader's negative class pattern matches "hid" anywhere (Readability's only matches the word "hid"), so a
    // story wrapped in class="hideOnInit" or "hide-for-print" was scored away.
    [GeneratedRegex(@"\S*hid\S*", RegexOptions.IgnoreCase)]
    private static partial Regex HidToken();

    // Readability answers with a placeholder URI's links made absolute; the tracker keeps text only.
    private const string PlaceholderUri = "https://localhost/article";

    private const int MaxElements = 2 * NestingDepth.ElementLimit;

    public static string Read(IHtmlDocument document, CancellationToken cancellationToken = default)
    {
        PageFurniture.Remove(document);
        NeutraliseHidClassTokens(document);
        cancellationToken.ThrowIfCancellationRequested();
        var text = "";
        // The parser's own limit as well as the pre-check's (NestingDepth.ElementLimit): what the page grows into
        // once parsed is what Readability scores.
        var reader = new Reader(PlaceholderUri, document) { CharThreshold = 200, MaxElemsToParse = MaxElements };
        reader.AddCustomOperationEnd(article => text = PlainText.Render(article));
        // IsReadable is Readability's guess before extraction and says no to short wire stories; the text found is
        // what counts.
        try
        {
            reader.GetArticle();
        }
        catch (Exception e) when (e.Message.Contains("elements found", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArticleReadException($"HTML page has more than {MaxElements} elements once parsed; it cannot be read safely");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return text;
    }

    private static void NeutraliseHidClassTokens(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[class*='hid' i]"))
        {
            var kept = HidToken().Replace(element.ClassName!, m => IsHiddenWord(m.Value) ? m.Value : "");
            element.ClassName = kept.Trim();
        }
    }

    private static bool IsHiddenWord(string token) =>
        token.Equals("hid", StringComparison.OrdinalIgnoreCase) || token.Contains("hidden", StringComparison.OrdinalIgnoreCase);
}
