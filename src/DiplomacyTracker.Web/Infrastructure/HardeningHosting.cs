using DiplomacyTracker.Web.Editors;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>What keeps the site standing under hostile requests: headers, HTTPS, rate limits, sign-in lockout, early size checks.</summary>
public static class HardeningHosting
{
    public static WebApplicationBuilder AddTrackerHardening(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TrackerOptions.Section).Get<TrackerOptions>() ?? new TrackerOptions();
        builder.Services.AddTrackerRateLimits(options.RateLimits);
        builder.Services.AddSingleton<SignInLockout>();
        if (options.Https)
        {
            builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
            builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme,
                cookie => cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        }

        return builder;
    }

    /// <summary>First in the pipeline, so error pages carry the headers too.</summary>
    public static WebApplication UseTrackerSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        if (app.Configuration.GetValue<bool>($"{TrackerOptions.Section}:{nameof(TrackerOptions.Https)}"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    /// <summary>After routing (the size limit is the endpoint's): refuses oversized bodies unread.</summary>
    public static WebApplication UseTrackerRequestLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<UploadSizeGuard>();
        return app;
    }
}
