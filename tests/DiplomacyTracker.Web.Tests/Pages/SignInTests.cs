using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class SignInTests : IDisposable
{
    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AnonymousVisitorIsSentToSignInForUploadAndReextract()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var upload = await client.GetAsync("/upload");
        using var reextract = await client.PostAsync("/ingestion/reextract", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.StartsWith("/signin?ReturnUrl=%2Fupload", upload.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, reextract.StatusCode);
        Assert.StartsWith("/signin", reextract.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AnonymousVisitorBrowsesTheLogWithoutActions()
    {
        using var browser = _app.Browse();

        var page = await browser.GetAsync("/ingestion");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("form.reextract, #reextract-all"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/signin']"));
    }

    [Fact]
    public async Task WrongPasswordIsRefused()
    {
        using var browser = _app.Browse();
        var signIn = await browser.GetAsync("/signin");

        var refused = await browser.SubmitAsync(signIn.Form("#signin"),
            new() { ["UserName"] = EditorAppFactory.UserName, ["Password"] = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("Wrong user name or password.", refused.Text("[role=alert]"));
        var upload = await browser.GetAsync("/upload");
        Assert.Equal("/signin", new Uri(upload.Document.Url).AbsolutePath);
    }

    [Fact]
    public async Task UnknownEditorIsRefused()
    {
        using var browser = _app.Browse();
        var signIn = await browser.GetAsync("/signin");

        var refused = await browser.SubmitAsync(signIn.Form("#signin"),
            new() { ["UserName"] = "mallory", ["Password"] = EditorAppFactory.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }

    [Fact]
    public async Task EditorSignsInReachesUploadAndSignsOut()
    {
        using var browser = await _app.SignedInAsync();

        var upload = await browser.GetAsync("/upload");
        Assert.Equal(("/upload", "Add articles"), (new Uri(upload.Document.Url).AbsolutePath, upload.Text("h1")));
        Assert.Equal(EditorAppFactory.UserName, upload.Text(".editor"));

        await browser.SubmitAsync(upload.Form("#signout"));

        var after = await browser.GetAsync("/upload");
        Assert.Equal("/signin", new Uri(after.Document.Url).AbsolutePath);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryTokenIsRejected()
    {
        using var anonymous = _app.Browse();
        using var signInWithoutToken = await anonymous.Client.PostAsync("/signin", new FormUrlEncodedContent(
            [KeyValuePair.Create("UserName", EditorAppFactory.UserName), KeyValuePair.Create("Password", EditorAppFactory.Password)]));
        Assert.Equal(HttpStatusCode.BadRequest, signInWithoutToken.StatusCode);

        using var editor = await _app.SignedInAsync();
        using var pasteWithoutToken = await editor.Client.PostAsync("/upload?handler=Paste", new FormUrlEncodedContent(
            [KeyValuePair.Create("Paste.Text", "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile).")]));
        Assert.Equal(HttpStatusCode.BadRequest, pasteWithoutToken.StatusCode);
        Assert.Equal(0, await _app.QueryAsync(db => db.Articles.CountAsync()));
    }
}
