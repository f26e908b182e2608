namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>Plain-text articles: the text as it is; the first line is taken as the title.</summary>
internal sealed class TextArticleReader : IArticleReader
{
    public bool CanRead(string extension) => extension is ".txt" or "";

    public SourceDocument Read(string sourcePath, string content)
    {
        var text = content.TrimStart('\uFEFF').Replace("\r\n", "\n");
        var title = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? Path.GetFileNameWithoutExtension(sourcePath);
        return new SourceDocument(sourcePath, text, title);
    }
}
