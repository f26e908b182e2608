using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Per-client-address limits on what is costly or guessable: sign-in attempts, uploads and searches. Over the limit
/// the answer is 429 with Retry-After; the status page (or ProblemDetails under /api) says so. Everything else is
/// not limited. Behind a reverse proxy the client address is the proxy's unless forwarded headers are configured.
/// </summary>
internal static class RateLimits
{
    /// <summary>
    /// The policy of routes whose answer costs much memory or time (an article's text, full-text search): at most
    /// <see cref="RateLimitOptions.Expensive"/> run at once, the next <see cref="RateLimitOptions.ExpensiveQueue"/>
    /// wait, later ones get 503 at once. Bounds the server's memory however many clients ask at the same moment.
    /// </summary>
    public const string Expensive = "expensive";

    public static IServiceCollection AddTrackerRateLimits(this IServiceCollection services, RateLimitOptions limits)
    {
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Expensive, _ => limits.Expensive <= 0
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetConcurrencyLimiter(Expensive, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.Expensive,
                    QueueLimit = Math.Max(0, limits.ExpensiveQueue),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                // A fixed window says when it opens again; the concurrency limit has no such time: soon.
                var windowed = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                var seconds = windowed ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 1;
                if (!windowed && rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Expensive)
                {
                    response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                }

                response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
                if (rejected.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    await Results.Problem(statusCode: response.StatusCode, title: response.StatusCode == StatusCodes.Status429TooManyRequests ? "Too many requests" : "Busy",
                        detail: $"Try again in {seconds} seconds.").ExecuteAsync(rejected.HttpContext);
                }

                // Otherwise the body stays empty and the status page is rendered in its place.
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        var (name, permits) = Classify(context.Request, limits);
        if (name is null || permits <= 0)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{name} {client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(Math.Max(1, limits.WindowSeconds)),
            QueueLimit = 0,
        });
    }

    private static (string? Name, int Permits) Classify(HttpRequest request, RateLimitOptions limits)
    {
        var path = request.Path;
        if (HttpMethods.IsPost(request.Method))
        {
            if (path.StartsWithSegments("/signin", StringComparison.OrdinalIgnoreCase))
            {
                return ("signin", limits.SignIn);
            }

            if (path.StartsWithSegments("/upload", StringComparison.OrdinalIgnoreCase))
            {
                return ("upload", limits.Upload);
            }
        }
        else if (path.StartsWithSegments("/search", StringComparison.OrdinalIgnoreCase)
                 || !string.IsNullOrWhiteSpace(request.Query["q"].ToString()))
        {
            // Every full-text search counts, whichever page or endpoint runs it (/?q=, /api/articles?q=, ...).
            return ("search", limits.Search);
        }

        return (null, 0);
    }
}
