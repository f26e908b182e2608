using DiplomacyTracker.Ingestion.Reading.Html;

namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>
/// Where a file becomes a <see cref="SourceDocument"/>: checks its bytes (size, emptiness, binary content, strict
/// UTF-8), then hands the text to the reader for its extension.
/// </summary>
public sealed class ArticleReaders(ArticleReaderOptions options)
{
    private readonly IArticleReader[] _readers = [new HtmlArticleReader(), new TextArticleReader()];

    public ArticleReaders() : this(new ArticleReaderOptions())
    {
    }

    public long MaxBytes => options.MaxBytes;

    /// <summary>Whether some reader handles files named like this.</summary>
    public bool CanRead(string sourcePath) => Find(Path.GetExtension(sourcePath)) is not null;

    /// <summary>Reads one file; throws <see cref="ArticleReadException"/> with a message a user can act on.</summary>
    public SourceDocument Read(string sourcePath, ReadOnlySpan<byte> content) => Read(sourcePath, content, CancellationToken.None);

    /// <summary>Reads one file within a deadline: <see cref="OperationCanceledException"/> once the token fires.</summary>
    public SourceDocument Read(string sourcePath, ReadOnlySpan<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var extension = Path.GetExtension(sourcePath);
        var reader = Find(extension) ?? throw new ArticleReadException($"cannot read {extension} files; use .txt or .html");
        var text = ArticleBytes.Decode(content, options.MaxBytes);
        return reader.Read(sourcePath, text, cancellationToken);
    }

    /// <summary>Refuses a file of this many bytes before it is loaded, with the message a user sees.</summary>
    public void CheckSize(long length) => ArticleBytes.CheckSize(length, options.MaxBytes);

    /// <summary>
    /// A file on disk to ingest under <paramref name="sourcePath"/>: only a regular file (never a link, pipe or device),
    /// and one over the size limit is refused unread.
    /// </summary>
    public IngestItem FileItem(string file, string sourcePath) => new(sourcePath, () => RegularFile.ReadAll(file, options.MaxBytes));

    /// <summary>Reads a regular file from disk, checking its size before loading it.</summary>
    public SourceDocument ReadFile(string sourcePath) => Read(sourcePath, RegularFile.ReadAll(sourcePath, options.MaxBytes));

    private IArticleReader? Find(string extension) =>
        _readers.FirstOrDefault(r => r.CanRead(extension.ToLowerInvariant()));
}
