using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Security;

/// <summary>
/// Every endpoint that changes something needs an editor. The audit reads the app's own endpoints, so a page or API
/// added later with a POST handler and no authorization fails here until it is protected or listed as public.
/// </summary>
public sealed class AccessTests : IDisposable
{
    // Signing in must be open; signing out only ends the caller's own session.
    private static readonly string[] PublicChanges = ["/Account/SignIn", "/Account/SignOut"];

    // Endpoints that take other methods only to refuse them (405 with Allow: GET); the API tests check the refusal.
    private static readonly string[] Refusals = ["/api/{**rest}"];

    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task EveryHandlerThatChangesSomethingRequiresSignIn()
    {
        var open = new List<string>();
        var protectedPages = new List<string>();
        var loader = _app.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in _app.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            var requiresEditor = endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var changes = compiled.HandlerMethods.Where(h => !HttpMethods.IsGet(h.HttpMethod) && !HttpMethods.IsHead(h.HttpMethod)).ToList();
                if (changes.Count > 0 && !requiresEditor && !PublicChanges.Contains(page.ViewEnginePath))
                {
                    open.Add($"{page.ViewEnginePath}: {string.Join(", ", changes.Select(h => h.HttpMethod + " " + (h.Name ?? "")))}");
                }

                if (changes.Count > 0 && requiresEditor)
                {
                    protectedPages.Add(((RouteEndpoint)endpoint).RoutePattern.RawText!);
                }
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods
                     && methods.HttpMethods.Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m) && !HttpMethods.IsOptions(m))
                     && !requiresEditor
                     && !Refusals.Contains(((RouteEndpoint)endpoint).RoutePattern.RawText))
            {
                open.Add($"{endpoint.DisplayName}: {string.Join(", ", methods.HttpMethods)}");
            }
        }

        Assert.Empty(open);
        Assert.Equal(["corrections/{kind}/{id:int}", "ingestion/reextract", "upload"], protectedPages.Order(StringComparer.Ordinal));

        // And through HTTP: an anonymous POST, even with a valid antiforgery token, is sent to sign in.
        using var browser = _app.Browse();
        var signIn = await browser.GetAsync("/signin");
        var token = signIn.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { "/upload?handler=Paste", "/upload?handler=Files", "/ingestion/reextract", "/corrections/meeting/1?handler=Edit" })
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Paste.Text"] = "x" });
            using var response = await client.PostAsync(url, content);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }
}
