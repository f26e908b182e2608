namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>Limits the readers enforce before reading a file.</summary>
/// <param name="MaxBytes">Files larger than this are refused; saved news pages are rarely above a few megabytes.</param>
public sealed record ArticleReaderOptions(long MaxBytes = 20 * 1024 * 1024);
