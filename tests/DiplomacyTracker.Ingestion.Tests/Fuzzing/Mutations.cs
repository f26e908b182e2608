using System.Text;

namespace DiplomacyTracker.Ingestion.Tests.Fuzzing;

/// <summary>
/// Ways to spoil an article, each deterministic for a given <see cref="Random"/>: byte-level damage (which the readers
/// may refuse) and text-level oddities (which they must accept and the pipeline must survive).
/// </summary>
internal static class Mutations
{
    private static readonly string[] Markup =
    [
        "<script>alert('x')</script>", "<b>", "</p><p>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x202E;", "&#0;",
        "<div", "</article>", "<style>p{}</style>", "<img src=x onerror=alert(1)>", "<", ">", "&", "<p>\"", "<br/>",
        "<meta charset=\"latin1\">", "<title>", "</title>", "<time datetime=\"9999-99-99\">", "{\"@type\":\"NewsArticle\"",
    ];

    private static readonly string[] Oddities =
    [
        "\u200F", "\u202E", "\u202D", "\u2066", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u0301\u0301\u0301\u0301", "\u0308",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFD", "\uFFFF", "\u2028", "\u2029", "\r", "\r\r\n", "\t", "\f", "\u000B",
        "\u0085", "\u00A0", "\u3000", "ﬁ", "İ", "ß", "Ⅻ", "١٢٣", "🇨🇳", "👩‍👩‍👧", "\u0000", "\u001B[31m", "\\", "\"", "“", "”", "‘",
        "—", "–", "…", ".", "!", "?", ";", ":", "(", ")", "Mr.", "U.S.", "Jan.", "on Friday", "April 31, 2024",
        "2024-02-30", "99/99/9999", "Secretary of State", "met", "arrived in", "President", "will meet",
    ];

    public static IReadOnlyList<(string Name, Func<Random, string, string> Apply)> OnText { get; } =
    [
        ("truncate", (r, t) => t[..r.Next(t.Length + 1)]),
        ("cut-middle", (r, t) => { var a = r.Next(t.Length + 1); var b = r.Next(a, t.Length + 1); return t[..a] + t[b..]; }),
        ("duplicate-slice", (r, t) => { var a = r.Next(t.Length + 1); var b = Math.Min(t.Length, a + r.Next(1, 400)); return t.Insert(b, string.Concat(Enumerable.Repeat(t[a..b], r.Next(2, 30)))); }),
        ("insert-markup", (r, t) => InsertMany(r, t, Markup, r.Next(1, 40))),
        ("insert-oddities", (r, t) => InsertMany(r, t, Oddities, r.Next(1, 80))),
        ("combining-storm", (r, t) => string.Concat(t.Select(c => char.IsLetter(c) && r.Next(4) == 0 ? c + new string('\u0301', r.Next(1, 20)) : c.ToString()))),
        ("zero-width-everywhere", (r, t) => string.Join("\u200B", t.ToCharArray())),
        ("rtl-override", (r, t) => "\u202E" + t.Replace(" ", " \u200F", StringComparison.Ordinal)),
        ("surrogate-halves", (r, t) => InsertMany(r, t, ["\uD83D", "\uDE00", "\uD800\uD800", "\uDFFF"], r.Next(1, 50))),
        ("long-word", (r, t) => t.Insert(r.Next(t.Length + 1), new string((char)r.Next('a', 'z' + 1), r.Next(1_000, 10_000)))),
        ("long-line", (r, t) => t.Replace("\n", " ", StringComparison.Ordinal)),
        ("capitalised-run", (r, t) => t.Insert(r.Next(t.Length + 1), string.Join(' ', Enumerable.Range(0, r.Next(200, 3000)).Select(i => "Name" + (char)('A' + i % 26))))),
        ("no-spaces", (r, t) => t.Replace(" ", "", StringComparison.Ordinal)),
        ("upper", (r, t) => t.ToUpperInvariant()),
        ("only-punctuation", (r, t) => new string(t.Select(c => char.IsLetterOrDigit(c) ? "..!?;\"'()"[r.Next(9)] : c).ToArray())),
        ("shuffle-sentences", (r, t) => string.Join(". ", t.Split(". ").OrderBy(_ => r.Next()))),
        ("shuffle-words", (r, t) => string.Join(' ', t.Split(' ').OrderBy(_ => r.Next()))),
        ("many-sentences", (r, t) => string.Concat(Enumerable.Repeat(t, r.Next(5, 25)))),
        ("thousands-of-sentences", (r, t) => string.Concat(Enumerable.Range(0, r.Next(1000, 2000)).Select(i => Sentence(r, t, i)))),
        ("nested-markup", (r, t) => string.Concat(Enumerable.Repeat("<div><span>", r.Next(20, 200))) + t),
        ("html-wrapped", (r, t) => $"<html><head><title>{Slice(r, t, 80)}</title></head><body><article><p>{t.Replace("\n", "</p><p>", StringComparison.Ordinal)}</p></article></body></html>"),
        ("random-words", (r, t) => string.Join(' ', Enumerable.Range(0, r.Next(10, 3000)).Select(_ => Word(r, t)))),
        ("random-chars", (r, t) => new string(Enumerable.Range(0, r.Next(1, 5000)).Select(_ => (char)r.Next(1, 0x3000)).ToArray())),
        ("dates-everywhere", (r, t) => InsertMany(r, t, ["on Monday", "April 25, 2024", "25 April", "last week", "2024", "tomorrow", "on Feb. 29", "in 1900", "in 9999"], r.Next(10, 200))),
        ("quotes-unbalanced", (r, t) => InsertMany(r, t, ["\"", "“", "”", "'", "«", "»"], r.Next(5, 100))),
    ];

    public static IReadOnlyList<(string Name, Func<Random, byte[], byte[]> Apply)> OnBytes { get; } =
    [
        ("flip-bits", (r, b) => { var c = (byte[])b.Clone(); for (var i = r.Next(1, 20); i > 0 && c.Length > 0; i--) { c[r.Next(c.Length)] ^= (byte)(1 << r.Next(8)); } return c; }),
        ("random-bytes", (r, b) => { var c = (byte[])b.Clone(); for (var i = r.Next(1, 10); i > 0 && c.Length > 0; i--) { c[r.Next(c.Length)] = (byte)r.Next(256); } return c; }),
        ("truncate-bytes", (r, b) => b[..r.Next(b.Length + 1)]),
        ("bom-and-nul", (r, b) => [.. Encoding.UTF8.Preamble, .. b, 0]),
        ("double-bom", (r, b) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.Preamble, .. b]),
        ("latin1", (r, b) => Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(b) + " café")),
        ("utf16", (r, b) => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b))),
        ("pure-noise", (r, b) => { var c = new byte[r.Next(1, 4096)]; r.NextBytes(c); return c; }),
    ];

    private static string InsertMany(Random r, string text, string[] pieces, int count)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < count; i++)
        {
            builder.Insert(r.Next(builder.Length + 1), pieces[r.Next(pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Slice(Random r, string text, int length)
    {
        var start = r.Next(Math.Max(1, text.Length - length));
        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    private static string Word(Random r, string text)
    {
        // Words, not the runs of markup or letters other mutations made: those would multiply into megabytes.
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length <= 40).ToArray();
        return words.Length == 0 ? "word" : words[r.Next(words.Length)];
    }

    private static string Sentence(Random r, string text, int i) => (r.Next(3)) switch
    {
        0 => $"Minister Name{i % 97} met President Other{i % 89} in Beijing on Friday. ",
        1 => Slice(r, text, r.Next(20, 200)) + ". ",
        _ => $"The talks covered trade and climate, officials said on April {1 + i % 28}, 2024. ",
    };
}
