using System.Text;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma, a quote,
/// a line break or edge whitespace (which some readers trim), quotes inside doubled.
/// </summary>
internal sealed class CsvText
{
    private readonly StringBuilder _output = new();

    public CsvText Record(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _output.Append(',');
            }

            _output.Append(Field(field ?? ""));
            first = false;
        }

        _output.Append("\r\n");
        return this;
    }

    public override string ToString() => _output.ToString();

    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
