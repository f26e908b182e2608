using System.Diagnostics;

namespace DiplomacyTracker.Web.Commands;

/// <summary>
/// A live "12/340 · 4.2/s · about 1 min left" line on a terminal, redrawn in place. Only used when standard error
/// is a terminal, so piped output stays one line per article.
/// </summary>
internal sealed class ProgressLine(TextWriter terminal, int total)
{
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _drawnAt;
    private int _width;

    public void Report(int done)
    {
        if (done < total && _drawnAt is { } drawn && _clock.Elapsed - drawn < Redraw)
        {
            return;
        }

        _drawnAt = _clock.Elapsed;
        var line = Describe(done, total, _clock.Elapsed);
        terminal.Write("\r" + line.PadRight(_width));
        _width = line.Length;
        terminal.Flush();
    }

    /// <summary>Wipes the line, so a line printed to standard output starts clean.</summary>
    public void Clear()
    {
        if (_width > 0)
        {
            terminal.Write("\r" + new string(' ', _width) + "\r");
            terminal.Flush();
            _drawnAt = null;
        }
    }

    internal static string Describe(int done, int total, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : (TimeSpan?)null;
        var eta = done >= total ? "done" : left is { } l ? "about " + Duration(l) + " left" : "estimating";
        return $"{done}/{total} · {rate:0.0}/s · {eta}";
    }

    private static string Duration(TimeSpan span) => span.TotalSeconds switch
    {
        < 60 => $"{Math.Ceiling(span.TotalSeconds)} s",
        < 3600 => $"{Math.Ceiling(span.TotalMinutes)} min",
        _ => $"{span.TotalHours:0.0} h",
    };
}
