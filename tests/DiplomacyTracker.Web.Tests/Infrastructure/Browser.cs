using System.Net;
using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>
/// Fetches pages and submits their real forms: every field the form carries (the antiforgery token included) is
/// posted as the page rendered it, with the test's values over them.
/// </summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<HtmlPage> GetAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        return await ParseAsync(response);
    }

    public async Task<HtmlPage> SubmitAsync(IHtmlFormElement form, Dictionary<string, string>? values = null,
        IEnumerable<(string Field, string FileName, byte[] Content)>? files = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = Fields(form);
        foreach (var (name, value) in values ?? [])
        {
            fields.RemoveAll(f => f.Name == name);
            fields.Add((name, value));
        }

        using var content = Content(form, fields, files);
        using var response = await Client.PostAsync(form.Action, content);
        return await ParseAsync(response);
    }

    public void Dispose() => Client.Dispose();

    private static List<(string Name, string Value)> Fields(IHtmlFormElement form)
    {
        var fields = new List<(string, string)>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("file" or "submit" or "button"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add((input.Name!, input.Value));
                    }
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add((area.Name!, area.Value));
                    break;
            }
        }

        return fields;
    }

    private static HttpContent Content(IHtmlFormElement form, List<(string Name, string Value)> fields,
        IEnumerable<(string Field, string FileName, byte[] Content)>? files)
    {
        if (!string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        }

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, bytes) in files ?? [])
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : "text/html");
            multipart.Add(file, field, fileName);
        }

        return multipart;
    }

    private static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default)
            .OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
        return new HtmlPage(response.StatusCode, document);
    }
}

public static class HtmlPageExtensions
{
    public static IHtmlFormElement Form(this HtmlPage page, string selector) =>
        page.Document.QuerySelector<IHtmlFormElement>(selector) ?? throw new Xunit.Sdk.XunitException(
            $"no form {selector} on {page.Document.Url} ({page.Status}): {page.Document.Title}");

    public static string Text(this HtmlPage page, string selector) =>
        string.Join(" | ", page.Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()));

    public static bool Is(this HtmlPage page, HttpStatusCode status) => page.Status == status;
}
