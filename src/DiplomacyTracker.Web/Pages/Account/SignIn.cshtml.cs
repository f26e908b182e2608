using System.Security.Claims;
using DiplomacyTracker.Web.Editors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Account;

/// <summary>Editors sign in with a name and password from <c>Tracker:Editors</c>.</summary>
public sealed class SignInModel(EditorPasswords passwords, SignInLockout lockout, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The password is checked even for a locked name, so a locked name answers as slowly as any other.
        var locked = lockout.LockedFor(UserName);
        var editor = passwords.Verify(UserName, Password);
        if (locked is null && editor is null)
        {
            locked = lockout.Failed(UserName);
        }

        if (locked is TimeSpan wait)
        {
            logger.LogWarning("Refused a sign-in as {UserName}: locked for {Minutes} minutes", UserName, Math.Ceiling(wait.TotalMinutes));
            Error = $"Too many wrong passwords for this user name. Try again in {Format.Count((int)Math.Ceiling(wait.TotalMinutes), "minute")}.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        if (editor is null)
        {
            logger.LogWarning("Refused a sign-in as {UserName}", UserName);
            Error = "Wrong user name or password.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        lockout.Succeeded(UserName);

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, editor)], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/upload");
    }
}
