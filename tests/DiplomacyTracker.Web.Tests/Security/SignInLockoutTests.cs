using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Security;

public sealed class SignInLockoutTests : IDisposable
{
    private readonly MovableClock _clock = new();
    private readonly EditorAppFactory _app;

    public SignInLockoutTests() =>
        _app = new EditorAppFactory(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task FiveWrongPasswordsLockTheNameEvenForTheRightPassword()
    {
        using var browser = _app.Browse();
        for (var i = 1; i <= 4; i++)
        {
            var wrong = await SignInAsync(browser, EditorAppFactory.UserName, "guess " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
            Assert.Equal("Wrong user name or password.", wrong.Text(".error"));
        }

        var fifth = await SignInAsync(browser, EditorAppFactory.UserName, "guess 5");
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.Status);
        Assert.Equal("Too many wrong passwords for this user name. Try again in 15 minutes.", fifth.Text(".error"));

        _clock.Advance(TimeSpan.FromMinutes(14));
        var right = await SignInAsync(browser, EditorAppFactory.UserName.ToUpperInvariant(), EditorAppFactory.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.Status);
        Assert.Contains("Try again in 1 minute.", right.Text(".error"));
        Assert.Equal(HttpStatusCode.Redirect, (await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/upload")).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(2));
        var after = await SignInAsync(browser, EditorAppFactory.UserName, EditorAppFactory.Password);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.NotNull(after.Document.QuerySelector("#upload-files"));
    }

    [Fact]
    public async Task FailuresSpreadOverMoreThanTheWindowDoNotLock()
    {
        using var browser = _app.Browse();
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(browser, EditorAppFactory.UserName, "wrong")).Status);
            _clock.Advance(TimeSpan.FromMinutes(4));
        }

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(browser, EditorAppFactory.UserName, EditorAppFactory.Password)).Status);
    }

    [Fact]
    public async Task LockingOneNameLeavesOthersAlone()
    {
        using var browser = _app.Browse();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(browser, "mallory", "wrong");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(browser, "mallory", "wrong")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(browser, EditorAppFactory.UserName, EditorAppFactory.Password)).Status);
    }

    private static async Task<HtmlPage> SignInAsync(Browser browser, string userName, string password)
    {
        var page = await browser.GetAsync("/signin");
        return await browser.SubmitAsync(page.Form("#signin"), new() { ["UserName"] = userName, ["Password"] = password });
    }
}
