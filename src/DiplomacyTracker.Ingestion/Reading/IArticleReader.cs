namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>Turns one file's bytes into a <see cref="SourceDocument"/>.</summary>
public interface IArticleReader
{
    /// <summary>Whether this reader handles files with this extension (".txt", ".html", ...).</summary>
    bool CanRead(string extension);

    /// <summary>
    /// Reads the article; throws <see cref="ArticleReadException"/> with a message a user can act on, and
    /// <see cref="OperationCanceledException"/> once <paramref name="cancellationToken"/> (the article's deadline) fires.
    /// </summary>
    SourceDocument Read(string sourcePath, string content, CancellationToken cancellationToken = default);
}

/// <summary>A file that cannot be read as an article; the message says why.</summary>
public sealed class ArticleReadException(string message) : Exception(message);
