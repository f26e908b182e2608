using System.Text;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma, a quote,
/// a line break or edge whitespace (which some readers trim), quotes inside doubled; a field that would start a
/// spreadsheet formula starts with a quote mark instead.
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
        // A cell a spreadsheet would run as a formula is text, as OWASP's CSV-injection advice has it: a quote
        // mark before the '=', '+', '-', '@', tab or carriage return it starts with.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
