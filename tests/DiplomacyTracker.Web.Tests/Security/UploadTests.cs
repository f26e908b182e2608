using System.Net;
using System.Net.Sockets;
using System.Text;
using DiplomacyTracker.Web.Pages.Upload;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Security;

public sealed class UploadTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("../../evil.txt", "evil.txt")]
    [InlineData("..\\..\\windows\\evil.txt", "evil.txt")]
    [InlineData("/etc/passwd.txt", "passwd.txt")]
    [InlineData("C:\\Users\\x\\report.html", "report.html")]
    [InlineData("..", "unnamed.txt")]
    [InlineData("...txt", "txt")]
    [InlineData("a..b.txt", "a.b.txt")]
    [InlineData("", "unnamed.txt")]
    [InlineData("   ", "unnamed.txt")]
    [InlineData(".hidden.txt", "hidden.txt")]
    [InlineData("nul\0byte.txt", "nulbyte.txt")]
    [InlineData("line\r\nbreak.txt", "linebreak.txt")]
    [InlineData("gpj.\u202Etxt", "gpj.txt")]
    [InlineData("zero\u200Bwidth.txt", "zerowidth.txt")]
    [InlineData("half\uD800.txt", "half.txt")]
    [InlineData("stream:ads.txt", "streamads.txt")]
    [InlineData("Café 北京 😀.html", "Café 北京 😀.html")]
    public void UploadNamesCannotLeaveTheirFolder(string sent, string stored) => Assert.Equal(stored, UploadName.Of(sent));

    [Fact]
    public void LongNamesKeepTheirExtension()
    {
        var name = UploadName.Of(new string('a', 500) + ".html");

        Assert.Equal(100, name.Length);
        Assert.EndsWith("a.html", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileFileNamesAreStoredUnderUpload()
    {
        using var browser = await _app.SignedInAsync();

        var result = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#upload-files"), files:
        [
            ("files", "../../../../tmp/escape.txt", Encoding.UTF8.GetBytes(Talks)),
            ("files", "..\\..\\win.txt", Encoding.UTF8.GetBytes(Talks.Replace("Luis Soto", "Ana Diaz", StringComparison.Ordinal))),
        ]);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(["upload/escape.txt", "upload/win.txt"],
            await _app.QueryAsync(db => db.Articles.OrderBy(a => a.SourcePath).Select(a => a.SourcePath).ToListAsync()));
        Assert.Equal("upload/escape.txt | upload/win.txt", result.Text(".outcome .source"));
    }

    [Fact]
    public async Task OversizedUploadIsRefusedBeforeItsBodyIsSent()
    {
        // Real Kestrel and a raw socket: the request announces a gigabyte and sends none of it. The answer must come
        // at once, which it can only do without reading the body.
        _app.UseKestrel(0);
        _app.StartServer();
        var address = new Uri(_app.ClientOptions.BaseAddress.ToString());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, address.Port);
        await using var stream = tcp.GetStream();
        var request = "POST /upload?handler=Files HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                      "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000000000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[16 * 1024];
        var response = new StringBuilder();
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            response.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        var text = response.ToString();
        Assert.StartsWith("HTTP/1.1 413", text, StringComparison.Ordinal);
        Assert.Contains("<h1>Too large</h1>", text, StringComparison.Ordinal);
        Assert.Contains("(1 MB)", text, StringComparison.Ordinal);
        Assert.Equal(0, await _app.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task OversizedUploadBySignedInEditorShowsTheTooLargePage()
    {
        using var browser = await _app.SignedInAsync();

        var result = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#upload-files"), files:
            [("files", "huge.txt", new byte[EditorAppFactory.MaxUploadBytes + 1])]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
        Assert.Equal("Too large", result.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AFormThatCannotBeReadShowsBadRequestNotNotFound()
    {
        using var client = _app.CreateClient();
        using var content = new StringContent("UserName=a&Password=b", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/signin", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Bad request</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
