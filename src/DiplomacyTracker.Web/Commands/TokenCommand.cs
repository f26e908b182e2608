using System.Globalization;
using DiplomacyTracker.Web.Editors;

namespace DiplomacyTracker.Web.Commands;

/// <summary><c>token create EDITOR</c> (prints the token once), <c>token list</c>, <c>token revoke ID-OR-PREFIX</c>.</summary>
internal static class TokenCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var tokens = services.GetRequiredService<EditorTokens>();
        switch (args)
        {
            case ["create", var editor]:
                try
                {
                    var (token, stored) = await tokens.CreateAsync(editor, cancellationToken);
                    await output.WriteLineAsync(token);
                    await error.WriteLineAsync($"token {stored.Id} ({stored.Prefix}...) for {editor}; it is shown only now and stored hashed");
                    return 0;
                }
                catch (InvalidOperationException e)
                {
                    await error.WriteLineAsync(e.Message);
                    return 1;
                }
            case ["revoke", var which]:
                if (await tokens.RevokeAsync(which, cancellationToken))
                {
                    await output.WriteLineAsync($"revoked {which}");
                    return 0;
                }

                await error.WriteLineAsync($"no valid token {which}");
                return 1;
            default:
                foreach (var t in await tokens.ListAsync(cancellationToken))
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{t.Id}\t{t.Prefix}...\t{t.Editor}\tcreated {t.CreatedAt:yyyy-MM-dd}\t{(t.RevokedAt is { } r ? $"revoked {r:yyyy-MM-dd}" : "valid")}"));
                }

                return 0;
        }
    }
}
