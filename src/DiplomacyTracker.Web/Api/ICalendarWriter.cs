using System.Globalization;
using System.Text;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// Writes iCalendar (RFC 5545) content lines: CRLF endings, lines folded at 75 octets of UTF-8 without splitting a
/// character, and TEXT values escaped (backslash, semicolon, comma, line breaks).
/// </summary>
internal sealed class ICalendarWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _output = new();

    /// <summary>A property whose value is already in its iCalendar form (dates, URIs, UIDs, parameters in the name).</summary>
    public ICalendarWriter Line(string name, string value)
    {
        Fold(name + ":" + value);
        return this;
    }

    /// <summary>A TEXT property: the value is escaped.</summary>
    public ICalendarWriter Text(string name, string value) => Line(name, Escape(value));

    /// <summary>A whole-day DATE property.</summary>
    public ICalendarWriter Date(string name, DateOnly date) =>
        Line(name + ";VALUE=DATE", date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>A UTC DATE-TIME property.</summary>
    public ICalendarWriter Utc(string name, DateTimeOffset time) =>
        Line(name, time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public override string ToString() => _output.ToString();

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': escaped.Append(@"\n"); break;
                default: escaped.Append(value[i]); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Splits a content line so no physical line passes 75 octets; continuation lines start with one space.</summary>
    private void Fold(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                _output.Append("\r\n ");
                octets = 1;
            }

            _output.Append(rune.ToString());
            octets += size;
        }

        _output.Append("\r\n");
    }
}
