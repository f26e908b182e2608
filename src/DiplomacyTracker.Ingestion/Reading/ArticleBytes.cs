using System.Text;
using System.Text.Unicode;

namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>Turns a file's bytes into text, refusing what is not a UTF-8 text file.</summary>
internal static class ArticleBytes
{
    private const int SniffLength = 8192;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void CheckSize(long length, long maxBytes)
    {
        if (length > maxBytes)
        {
            throw new ArticleReadException($"file is {Size(length)}; the limit is {Size(maxBytes)}");
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        CheckSize(bytes.Length, maxBytes);
        var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        if (LooksBinary(body[..Math.Min(body.Length, SniffLength)]))
        {
            throw new ArticleReadException("binary file, not text");
        }
        if (!Utf8.IsValid(body))
        {
            throw new ArticleReadException($"not valid UTF-8 at byte {FirstInvalidByte(bytes)}");
        }
        var text = StrictUtf8.GetString(body);
        return string.IsNullOrWhiteSpace(text) ? throw new ArticleReadException("empty file") : text;
    }

    // A NUL byte never occurs in UTF-8 text; control characters other than tab, line feed, form feed and carriage
    // return are rare enough that a file made largely of them is data, not an article.
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.Contains((byte)0))
        {
            return true;
        }
        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\f' and not (byte)'\r')
            {
                control++;
            }
        }
        return control * 10 > head.Length;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetString(bytes);
            return -1;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };
}
