using DiplomacyTracker.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// An article's source as the public sees it: the name it was given (<c>upload/…</c>, <c>inbox/…</c>, a path relative to
/// where <c>ingest</c> ran) as it is, but a full server path (<c>/tmp/…</c>, <c>/home/…</c>) only relative to
/// <c>Tracker:SourceRoot</c> when it lies under it, else by its file name: the server's folders are nobody's business.
/// </summary>
public sealed class PublicSources(IOptions<TrackerOptions> options)
{
    public string Of(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!Path.IsPathRooted(source))
        {
            return source;
        }

        if (options.Value.SourceRoot is { Length: > 0 } configured)
        {
            var root = Path.GetFullPath(configured);
            var relative = Path.GetRelativePath(root, source);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative;
            }
        }

        return Path.GetFileName(source);
    }
}
