using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

/// <summary>A response from the API: status, media type, headers and the body parsed as JSON (or kept as text).</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? MediaType, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public int[] ItemIds => Json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToArray();
}

public static class ApiCalls
{
    public static async Task<ApiResponse> SendAsync(this TrackerAppFactory app, HttpMethod method, string url)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(method, url);
        using var response = await client.SendAsync(request);
        return new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers, response.Content.Headers,
            await response.Content.ReadAsStringAsync());
    }

    public static Task<ApiResponse> GetAsync(this TrackerAppFactory app, string url) => app.SendAsync(HttpMethod.Get, url);

    /// <summary>The ids of every item of a list, sorted, for filters where order is not the point.</summary>
    public static async Task<int[]> IdsAsync(this TrackerAppFactory app, string url)
    {
        var response = await app.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return [.. response.ItemIds.Order()];
    }

    /// <summary>Asserts an RFC 7807 answer and returns its detail.</summary>
    public static string AssertProblem(this ApiResponse response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        var json = response.Json;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        var detail = json.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        return detail!;
    }

    /// <summary>The Link header (RFC 8288) as rel → target.</summary>
    public static Dictionary<string, string> Links(this ApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in response.Headers.GetValues("Link").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)))
        {
            var parts = value.Split(';', StringSplitOptions.TrimEntries);
            var target = parts[0].TrimStart('<').TrimEnd('>');
            var rel = parts.Skip(1).Select(p => p.Split('=', 2)).Single(p => p[0] == "rel")[1].Trim('"');
            links[rel] = target;
        }

        return links;
    }
}
