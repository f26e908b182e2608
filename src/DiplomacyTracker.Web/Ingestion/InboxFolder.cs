using System.Globalization;
using DiplomacyTracker.Web.Infrastructure;

namespace DiplomacyTracker.Web.Ingestion;

/// <summary>The inbox on disk: which files are ready, and where they go once handled.</summary>
internal sealed class InboxFolder
{
    public const string Processed = "processed";
    public const string Failed = "failed";

    private readonly InboxDisposal _afterIngest;
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);

    public InboxFolder(string path, InboxDisposal afterIngest)
    {
        Path = path;
        _afterIngest = afterIngest;
        Directory.CreateDirectory(System.IO.Path.Combine(path, Processed));
        Directory.CreateDirectory(System.IO.Path.Combine(path, Failed));
    }

    public string Path { get; }

    /// <summary>The name an inbox file is stored under: a new file of the same name is a new version of it.</summary>
    public static string SourcePathOf(string file) => "inbox/" + System.IO.Path.GetFileName(file);

    /// <summary>The article files whose length and write time did not change over <paramref name="settle"/>: whoever
    /// was writing them has finished.</summary>
    public async Task<IReadOnlyList<string>> SettledFilesAsync(IReadOnlyCollection<string> extensions, TimeSpan settle, CancellationToken cancellationToken)
    {
        var before = Snapshot(extensions);
        if (before.Count == 0)
        {
            return [];
        }

        await Task.Delay(settle, cancellationToken);
        var after = Snapshot(extensions);
        return [.. before.Where(b => after.TryGetValue(b.Key, out var a) && a == b.Value).Select(b => b.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>Moves a handled file out of the inbox: to failed/ with its reason beside it, or processed/ (or away).</summary>
    public void Dispose(string file, string? failure)
    {
        if (failure is not null)
        {
            var target = Free(System.IO.Path.Combine(Path, Failed, System.IO.Path.GetFileName(file)));
            File.Move(file, target);
            File.WriteAllText(target + ".error.txt",
                $"{failure}{Environment.NewLine}(failed {DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture)}){Environment.NewLine}");
        }
        else if (_afterIngest == InboxDisposal.Delete)
        {
            File.Delete(file);
        }
        else
        {
            File.Move(file, Free(System.IO.Path.Combine(Path, Processed, System.IO.Path.GetFileName(file))));
        }
    }

    // Each entry on its own: one that cannot even be looked at (a name that is not valid UTF-8 cannot be opened under
    // the name .NET decodes it to) is reported once and left where it is; the others go on. Links, pipes and devices
    // are listed like files, so that reading refuses them and they go to failed/ with the reason.
    private Dictionary<string, (long Length, DateTime Written)> Snapshot(IReadOnlyCollection<string> extensions)
    {
        var files = new Dictionary<string, (long Length, DateTime Written)>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(Path).EnumerateFiles())
        {
            try
            {
                if (!extensions.Contains(entry.Extension.ToLowerInvariant()))
                {
                    continue;
                }

                files[entry.FullName] = entry.LinkTarget is not null ? (-1, DateTime.MinValue) : (entry.Length, entry.LastWriteTimeUtc);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (_unreadable.Add(entry.FullName))
                {
                    Unreadable?.Invoke(entry.FullName, e);
                }
            }
        }

        return files;
    }

    /// <summary>Told once per entry that cannot be looked at (the scan goes on without it).</summary>
    public Action<string, Exception>? Unreadable { get; init; }

    // An earlier file of the same name is kept: the newcomer gets the time it arrived.
    private static string Free(string path) =>
        !File.Exists(path) ? path
            : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!,
                $"{System.IO.Path.GetFileNameWithoutExtension(path)}-{DateTime.UtcNow:yyyyMMddHHmmssfff}{System.IO.Path.GetExtension(path)}");
}
