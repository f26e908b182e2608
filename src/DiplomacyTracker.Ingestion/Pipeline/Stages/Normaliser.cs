using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Makes the analysed copy of the text: curly quotes, dashes and odd spaces become plain ones, control characters
/// become spaces. Every replacement keeps the length, so offsets stay offsets into the source. Very long inputs are
/// analysed up to <see cref="MaxLength"/> characters.
/// </summary>
internal sealed class Normaliser : IArticleStage
{
    public const int MaxLength = 200_000;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var source = document.Source.Text ?? "";
        var length = Math.Min(source.Length, MaxLength);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Plain(source[i]);
        }

        var result = document with { Text = new string(chars) };
        return source.Length > MaxLength
            ? result with { Warnings = result.Warnings.Add($"article longer than {MaxLength} characters: only the start was read") }
            : result;
    }

    private static char Plain(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\t' or '\r' => ' ',
        '\n' => '\n',
        _ when char.IsControl(c) || char.IsSurrogate(c) => ' ',
        _ => c,
    };
}
