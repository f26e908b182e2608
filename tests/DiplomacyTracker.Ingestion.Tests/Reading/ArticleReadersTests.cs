using System.Text;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Tests.Reading;

public sealed class ArticleReadersTests
{
    private static readonly ArticleReaders Readers = new();

    private static string Refusal(string path, byte[] bytes, ArticleReaders? readers = null) =>
        Assert.Throws<ArticleReadException>(() => (readers ?? Readers).Read(path, bytes)).Message;

    [Fact]
    public void EmptyFileIsRefused() => Assert.Equal("empty file", Refusal("a.txt", []));

    [Fact]
    public void FileOfOnlyABomAndSpacesIsEmpty() => Assert.Equal("empty file", Refusal("a.txt", [0xEF, 0xBB, 0xBF, 0x20, 0x0A]));

    [Fact]
    public void FileWithNulBytesIsBinary() => Assert.Equal("binary file, not text", Refusal("a.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]));

    [Fact]
    public void FileOfMostlyControlBytesIsBinary() =>
        Assert.Equal("binary file, not text", Refusal("a.html", [0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x07]));

    [Fact]
    public void InvalidUtf8IsRefusedWithItsOffset()
    {
        byte[] latin1 = [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" talks")];

        Assert.Equal("not valid UTF-8 at byte 3", Refusal("a.txt", latin1));
    }

    [Fact]
    public void FileOverTheLimitIsRefusedWithBothSizes()
    {
        var readers = new ArticleReaders(new ArticleReaderOptions(MaxBytes: 20 * 1024 * 1024));
        var big = new byte[52 * 1024 * 1024];
        big.AsSpan().Fill((byte)'a');

        Assert.Equal("file is 52 MB; the limit is 20 MB", Refusal("a.txt", big, readers));
    }

    [Fact]
    public void FileJustOverTheLimitSaysByHowMuch()
    {
        var readers = new ArticleReaders(new ArticleReaderOptions(MaxBytes: 20 * 1024 * 1024));
        var big = new byte[(20 * 1024 * 1024) + 1];
        big.AsSpan().Fill((byte)'a');

        Assert.Equal("file is 20 MB (20,971,521 bytes); the limit is 20 MB (20,971,520 bytes)", Refusal("a.txt", big, readers));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16FileWithItsByteOrderMarkIsRead(string encoding)
    {
        var text = "Talks in Bogotá\n\nThe minister arrived on Monday.";
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes(text)).ToArray();

        Assert.Equal(text, Readers.Read("a.txt", bytes).Text);
    }

    [Fact]
    public void HtmlWithoutBodyTextIsRefused() =>
        Assert.Equal("HTML page has no article text", Refusal("a.html", Encoding.UTF8.GetBytes("<html><body><nav>Home</nav></body></html>")));

    [Fact]
    public void UnknownExtensionIsRefused() => Assert.Equal("cannot read .pdf files; use .txt or .html", Refusal("a.pdf", [0x41]));

    [Theory]
    [InlineData("story.html")]
    [InlineData("STORY.HTM")]
    public void HtmlFilesGoToTheHtmlReader(string path)
    {
        var page = Readers.Read(path, Encoding.UTF8.GetBytes(HtmlPage.With(head: "<title>Minister visits Kenya</title>")));

        Assert.Equal("Minister visits Kenya", page.Title);
        Assert.StartsWith(HtmlPage.Story[0], page.Text);
    }

    [Theory]
    [InlineData("story.txt")]
    [InlineData("story")]
    public void TextFilesAndFilesWithoutExtensionGoToTheTextReader(string path)
    {
        var page = Readers.Read(path, Encoding.UTF8.GetBytes("<p>Minister visits Kenya</p>\r\nBody."));

        Assert.Equal("<p>Minister visits Kenya</p>\nBody.", page.Text);
        Assert.Equal(path, page.SourcePath);
    }
}
