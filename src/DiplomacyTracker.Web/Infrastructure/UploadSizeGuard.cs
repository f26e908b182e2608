using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Refuses a request whose declared length is over its endpoint's size limit (<see cref="IRequestSizeLimitMetadata"/>)
/// with 413 before anything reads the body; the status page then says why. A body without a declared length is
/// cut off at the same limit by the server while it is read.
/// </summary>
internal sealed class UploadSizeGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: long limit })
        {
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.Connection = "close";
                return Task.CompletedTask;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
        }

        return next(context);
    }
}
