using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// The query parameters are bound as text so that bad values get a clear 400 (see <see cref="ApiArguments"/>); this
/// gives them their real types in the OpenAPI document: dates, whole numbers, the two statuses.
/// </summary>
internal sealed class OpenApiParameterTypes : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            parameter.Schema = parameter.Name switch
            {
                "from" or "to" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
                "page" or "pageSize" or "official" => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                "status" => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("held"), JsonValue.Create("planned")] },
                _ => parameter.Schema,
            };
        }

        return Task.CompletedTask;
    }
}
