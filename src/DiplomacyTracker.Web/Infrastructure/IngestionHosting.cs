using DiplomacyTracker.Web.Editors;
using DiplomacyTracker.Web.Ingestion;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>Ingesting from the site: editors' sign-in, the upload limits, the ingestion queue and the inbox.</summary>
public static class IngestionHosting
{
    public const string UploadPage = "/Upload/Index";

    public static WebApplicationBuilder AddTrackerIngestion(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TrackerOptions.Section).Get<TrackerOptions>() ?? new TrackerOptions();

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/signout";
                cookie.AccessDeniedPath = "/signin";
                cookie.Cookie.Name = "DiplomacyTracker.Editor";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TokenAuthentication>(EditorTokens.Scheme, null);
        builder.Services.AddAuthorization(authorization => authorization.AddPolicy(EditorTokens.Scheme,
            policy => policy.AddAuthenticationSchemes(EditorTokens.Scheme).RequireAuthenticatedUser()));
        builder.Services.AddSingleton<EditorTokens>();
        builder.Services.AddSingleton<EditorPasswords>();

        // Anyone may browse; changing anything takes an editor. (PostConfigure: AddRazorPages' own setup, which may
        // run after this, would otherwise start the conventions afresh.)
        builder.Services.PostConfigure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizePage(UploadPage);
            pages.Conventions.AuthorizePage("/Ingestion/Reextract");
            pages.Conventions.AddPageApplicationModelConvention(UploadPage, page =>
            {
                // Refused before the body is read (Kestrel checks Content-Length), and again while reading the form.
                page.Filters.Add(new RequestSizeLimitAttribute(options.MaxUploadBytes));
                page.EndpointMetadata.Add(new RequestSizeLimitAttribute(options.MaxUploadBytes));
                page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = options.MaxUploadBytes });
            });
        });

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SharedIngestionQueue>();
        builder.Services.AddSingleton<IngestionQueue>();
        builder.Services.AddHostedService<IngestionWorker>();
        builder.Services.AddSingleton<IngestionLeadership>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IngestionLeadership>());
        builder.Services.AddHostedService<InboxWatcher>();
        return builder;
    }
}
