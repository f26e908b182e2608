using DiplomacyTracker.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DiplomacyTracker.Web.Pages.Api;

/// <summary>The API reference: the OpenAPI document this app serves at /openapi/v1.json, read in process and shown as HTML.</summary>
public sealed class IndexModel(IServiceProvider services, Domain.TrackerDbContext db) : PageModel
{
    /// <summary>How many officials the reference lists as examples of ids.</summary>
    public const int OfficialExamples = 10;

    /// <summary>The values the filters take in this store: every issue slug, every country, some officials' ids.</summary>
    public IReadOnlyList<(string Slug, string Name)> IssueSlugs { get; private set; } = [];
    public IReadOnlyList<string> Countries { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Officials { get; private set; } = [];

    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public IReadOnlyList<Operation> Operations { get; private set; } = [];
    public IReadOnlyList<Schema> Schemas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiHosting.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        var issues = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Issues.OrderBy(i => i.Slug).Select(i => new { i.Slug, i.Name }), cancellationToken);
        IssueSlugs = issues.Select(i => (i.Slug, i.Name)).ToList();
        Countries = await Browsing.CountryTable.StoredAsync(db, cancellationToken);
        var officials = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Officials.Where(o => db.Visits.Any(v => v.TravelerId == o.Id)).OrderBy(o => o.Name).Take(OfficialExamples)
                .Select(o => new { o.Id, o.Name }), cancellationToken);
        Officials = officials.Select(o => (o.Id, o.Name)).ToList();
        Title = document.Info.Title ?? "API";
        Description = document.Info.Description;
        Operations = (document.Paths ?? [])
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => new Operation(
                op.Key.Method,
                path.Key,
                op.Value.Summary,
                (op.Value.Parameters ?? []).Select(p => new Parameter(p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", TypeOf(p.Schema), p.Description, p.Required)).ToList(),
                (op.Value.Responses ?? []).Select(r => new ResponseLine(r.Key, string.Join(", ", (r.Value.Content ?? new Dictionary<string, OpenApiMediaType>()).Select(c => $"{c.Key} {TypeOf(c.Value.Schema)}".TrimEnd())))).ToList())))
            .ToList();
        Schemas = (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new Schema(s.Key, (s.Value.Properties ?? new Dictionary<string, IOpenApiSchema>())
                .Select(p => new Property(p.Key, TypeOf(p.Value), p.Value.Description)).ToList()))
            .ToList();
    }

    /// <summary>A short name for a schema: a component's name, <c>T[]</c> for arrays, the JSON type with its format, <c>?</c> when it may be null.</summary>
    internal static string TypeOf(IOpenApiSchema? schema)
    {
        switch (schema)
        {
            case null:
                return "";
            case OpenApiSchemaReference reference:
                return reference.Reference.Id ?? "object";
        }

        // A nullable reference is written as a choice between null and the referenced schema.
        if ((schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf) is { Count: > 0 } choices)
        {
            var named = choices.Where(c => c.Type != JsonSchemaType.Null).Select(TypeOf);
            return string.Join(" | ", named) + (choices.Any(c => c.Type == JsonSchemaType.Null) ? "?" : "");
        }

        var type = schema.Type ?? 0;
        var nullableType = type.HasFlag(JsonSchemaType.Null) ? "?" : "";
        type &= ~JsonSchemaType.Null;
        var name = type switch
        {
            JsonSchemaType.Array => TypeOf(schema.Items) + "[]",
            0 => "any",
            _ => type.ToString().ToLowerInvariant(),
        };
        var format = schema.Format is { Length: > 0 } f ? $" ({f})" : "";
        var values = schema.Enum is { Count: > 0 } e ? " — " + string.Join(" or ", e.Select(v => v?.ToString())) : "";
        return name + format + nullableType + values;
    }

    public sealed record Operation(string Method, string Path, string? Summary, IReadOnlyList<Parameter> Parameters, IReadOnlyList<ResponseLine> Responses)
    {
        public string Anchor => (Method + Path).ToLowerInvariant().Replace('/', '-').Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).Replace('.', '-');
    }

    public sealed record Parameter(string Name, string In, string Type, string? Description, bool Required);

    public sealed record ResponseLine(string Status, string Content);

    public sealed record Schema(string Name, IReadOnlyList<Property> Properties);

    public sealed record Property(string Name, string Type, string? Description);
}
