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
            // "file is 20 MB; the limit is 20 MB" said nothing: when rounding makes them alike, the bytes differ.
            var (size, limit) = Size(length) == Size(maxBytes)
                ? ($"{Size(length)} ({Bytes(length)})", $"{Size(maxBytes)} ({Bytes(maxBytes)})")
                : (Size(length), Size(maxBytes));
            throw new ArticleReadException($"file is {size}; the limit is {limit}");
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        CheckSize(bytes.Length, maxBytes);
        if (Utf16(bytes) is { } utf16)
        {
            return utf16;
        }

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

    // A UTF-16 file (as Windows editors save "Unicode" text) says so with its byte-order mark: it is converted,
    // not refused as binary for the NULs of its ASCII letters.
    private static string? Utf16(ReadOnlySpan<byte> bytes)
    {
        Encoding? encoding = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? new UnicodeEncoding(false, false, true)
            : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? new UnicodeEncoding(true, false, true)
            : null;
        if (encoding is null)
        {
            return null;
        }

        try
        {
            var text = encoding.GetString(bytes[2..]);
            return string.IsNullOrWhiteSpace(text) ? throw new ArticleReadException("empty file") : text;
        }
        catch (DecoderFallbackException)
        {
            throw new ArticleReadException("not valid UTF-16 (the file starts with a UTF-16 byte-order mark)");
        }
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

    private static string Bytes(long bytes) => bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes";

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };
}
