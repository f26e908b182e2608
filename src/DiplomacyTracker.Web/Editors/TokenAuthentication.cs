using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Editors;

/// <summary>
/// <c>Authorization: Bearer dtk_...</c> on the API's correction endpoints. A header a page cannot make another
/// site's browser send, so these endpoints need no antiforgery token; they accept no cookie.
/// </summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, EditorTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (await tokens.EditorOfAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted) is not { } editor)
        {
            return AuthenticateResult.Fail("The token is unknown or revoked.");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, editor), new Claim("via", "api")], EditorTokens.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), EditorTokens.Scheme));
    }
}
