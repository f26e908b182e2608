using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Editors;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Api;

public sealed class CorrectionsApiTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.\n";

    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ScriptWithATokenCorrectsAMeetingWithTheSameAuditRecord()
    {
        var meeting = await IngestAsync();
        var token = await TokenAsync();
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.PostAsJsonAsync("/api/corrections",
            new { kind = "meeting", id = meeting, action = "edit", fields = new Dictionary<string, string> { ["city"] = "Valparaíso" }, reason = "wire correction" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(EditorAppFactory.UserName, body.RootElement.GetProperty("editor").GetString());
        Assert.Equal("api", body.RootElement.GetProperty("via").GetString());
        Assert.Equal("Valparaíso", await _app.QueryAsync(db => db.Meetings.Select(m => m.City).SingleAsync()));
        var stored = await _app.QueryAsync(db => db.Corrections.SingleAsync());
        Assert.Equal((EditorAppFactory.UserName, "wire correction", "edit"), (stored.Editor, stored.Reason, stored.Action));
        using var log = await client.GetAsync("/api/corrections");
        Assert.Contains("Valparaíso", await log.Content.ReadAsStringAsync());
        var page = await _app.GetPageAsync($"/meetings/{meeting}");
        Assert.StartsWith($"Corrected by {EditorAppFactory.UserName}", page.Document.QuerySelector(".corrected-by")!.TextContent.Trim());
    }

    [Fact]
    public async Task ScriptSplitsTwoPeopleTakenForOne()
    {
        await IngestAsync();
        await _app.Services.GetRequiredService<ArticleIngestor>().IngestAsync("b.txt",
            "2025-05-10: Luis Soto (Chile) in Peru meets Rosa Vega (Peru).\n"u8.ToArray(), CancellationToken.None);
        var (soto, b) = await _app.QueryAsync(async db => ((await db.Officials.SingleAsync(o => o.Name == "Luis Soto")).Id,
            (await db.Articles.SingleAsync(a => a.SourcePath == "b.txt")).Id));
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());

        using var nameless = await client.PostAsJsonAsync("/api/corrections", new { kind = "official", id = soto, action = "split", articles = new[] { b } });
        using var response = await client.PostAsJsonAsync("/api/corrections",
            new { kind = "official", id = soto, action = "split", articles = new[] { b }, name = "Luis Soto Vidal" });

        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Contains("Name the other person", await nameless.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var other = body.RootElement.GetProperty("otherId").GetInt32();
        Assert.Equal("split", body.RootElement.GetProperty("action").GetString());
        Assert.Equal(other, await _app.QueryAsync(db => db.Visits.Where(v => v.HostCountry == "Peru").Select(v => v.TravelerId).SingleAsync()));
        Assert.Equal("Luis Soto Vidal", await _app.QueryAsync(db => db.Officials.Where(o => o.Id == other).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task ScriptUndoesACorrection()
    {
        var meeting = await IngestAsync();
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        using var made = await client.PostAsJsonAsync("/api/corrections", new { kind = "meeting", id = meeting, action = "edit", fields = new { venue = "La Moneda" } });
        var id = JsonDocument.Parse(await made.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        using var undone = await client.PostAsync($"/api/corrections/{id}/undo", null);

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Null(await _app.QueryAsync(db => db.Meetings.Select(m => m.Venue).SingleAsync()));
    }

    [Fact]
    public async Task WithoutAValidTokenNothingIsCorrected()
    {
        var meeting = await IngestAsync();
        var token = await TokenAsync();
        var request = new { kind = "meeting", id = meeting, action = "edit", fields = new { city = "Lima" } };

        using var anonymous = _app.CreateClient();
        using var none = await anonymous.PostAsJsonAsync("/api/corrections", request);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token + "x");
        using var wrong = await anonymous.PostAsJsonAsync("/api/corrections", request);
        Assert.True(await _app.Services.GetRequiredService<EditorTokens>().RevokeAsync(token[..10], CancellationToken.None));
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var revoked = await anonymous.PostAsJsonAsync("/api/corrections", request);
        // A signed-in editor's cookie is not a token: a page on another site cannot make a script's request.
        using var editor = await _app.SignedInAsync();
        using var cookie = await editor.Client.PostAsJsonAsync("/api/corrections", request);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized],
            [none.StatusCode, wrong.StatusCode, revoked.StatusCode, cookie.StatusCode]);
        Assert.Equal(0, await _app.QueryAsync(db => db.Corrections.CountAsync()));
    }

    [Fact]
    public async Task TokenCommandPrintsATokenOnceAndStoresOnlyItsHash()
    {
        _ = _app.Server;
        var output = new StringWriter();

        Assert.Equal(0, await TokenCommand.RunAsync(_app.Services, ["create", EditorAppFactory.UserName], output, TextWriter.Null, CancellationToken.None));
        Assert.Equal(1, await TokenCommand.RunAsync(_app.Services, ["create", "mallory"], TextWriter.Null, TextWriter.Null, CancellationToken.None));

        var token = output.ToString().Trim();
        var stored = await _app.QueryAsync(db => db.EditorTokens.SingleAsync());
        Assert.NotEqual(token, stored.Hash);
        Assert.DoesNotContain(token, stored.Hash + stored.Prefix);
        Assert.Equal(EditorAppFactory.UserName, await _app.Services.GetRequiredService<EditorTokens>().EditorOfAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task BadCorrectionIsA400SayingWhy()
    {
        var meeting = await IngestAsync();
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());

        using var response = await client.PostAsJsonAsync("/api/corrections", new { kind = "meeting", id = meeting, action = "edit", fields = new { date = "soon" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a date", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    private async Task<string> TokenAsync() =>
        (await _app.Services.GetRequiredService<EditorTokens>().CreateAsync(EditorAppFactory.UserName, CancellationToken.None)).Token;

    private async Task<int> IngestAsync()
    {
        await _app.Services.GetRequiredService<ArticleIngestor>().IngestAsync("a.txt", System.Text.Encoding.UTF8.GetBytes(Talks), CancellationToken.None);
        return await _app.QueryAsync(db => db.Meetings.Select(m => m.Id).SingleAsync());
    }
}
