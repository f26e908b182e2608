using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Editors;

/// <summary>
/// Checks editors' passwords against the hashes in <c>Tracker:Editors</c>. The hashes are ASP.NET Core
/// Identity's (PBKDF2 with a per-password salt, version-tagged so the parameters can be raised later), made by
/// the <c>hash-password</c> command.
/// </summary>
public sealed class EditorPasswords(IOptionsMonitor<TrackerOptions> options)
{
    private static readonly PasswordHasher<EditorAccount> Hasher = new();

    // Checked when the user name is unknown, so a wrong name takes as long as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(new EditorAccount(), Guid.NewGuid().ToString());

    public static string Hash(string password) => Hasher.HashPassword(new EditorAccount(), password);

    /// <summary>The editor's name as configured when the password is right, else null.</summary>
    public string? Verify(string? userName, string? password)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var account = options.CurrentValue.Editors.FirstOrDefault(e =>
            string.Equals(e.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(e.PasswordHash));
        var result = Check(account?.PasswordHash ?? DecoyHash, password);
        return account is not null && result != PasswordVerificationResult.Failed ? account.UserName : null;
    }

    private static PasswordVerificationResult Check(string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword(new EditorAccount(), hash, password);
        }
        catch (FormatException)
        {
            // A hash mangled in the settings file refuses the sign-in rather than failing the page.
            return PasswordVerificationResult.Failed;
        }
    }
}
