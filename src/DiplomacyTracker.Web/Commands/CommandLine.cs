namespace DiplomacyTracker.Web.Commands;

/// <summary>
/// The executable's commands: <c>serve</c> (the default), <c>ingest PATH... [--db PATH]</c>,
/// <c>export [--db PATH] [--out FILE]</c>, <c>reextract [--db PATH]</c>, <c>hash-password</c>, <c>explain FILE...</c>. Anything else is
/// passed on to the web host.
/// </summary>
public sealed record CommandLine(string Verb, IReadOnlyList<string> Paths, string? DatabasePath, string? OutputPath, string[] HostArgs)
{
    public const string Usage = """
        usage:
          DiplomacyTracker.Web [serve] [--db PATH] [--urls URL]   serve the site (the default)
          DiplomacyTracker.Web ingest FILE-OR-FOLDER... [--db PATH] read articles (.txt, .html, .htm) into the store
          DiplomacyTracker.Web export [--db PATH] [--out FILE]      write the store as JSON (stdout without --out)
          DiplomacyTracker.Web reextract [--db PATH]                rebuild every article's facts from its stored text
          DiplomacyTracker.Web hash-password                        read a password, print its hash for Tracker:Editors
          DiplomacyTracker.Web explain FILE...                      print what the extraction finds in each file, stage by stage
          DiplomacyTracker.Web token create EDITOR|list|revoke ID  API tokens for editors' scripts (shown once, stored hashed)
        """;

    private static readonly string[] Verbs = ["serve", "ingest", "export", "reextract", "hash-password", "explain", "token"];

    public static CommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var verb = args.Length > 0 && Verbs.Contains(args[0]) ? args[0] : "serve";
        var rest = verb == "serve" && (args.Length == 0 || args[0] != "serve") ? args : args[1..];
        var paths = new List<string>();
        var hostArgs = new List<string>();
        string? db = null, output = null;
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--db":
                    db = ValueOf(rest, ref i);
                    break;
                case "--out":
                    output = ValueOf(rest, ref i);
                    break;
                case var arg when verb is "ingest" or "explain" or "token" && !arg.StartsWith("--", StringComparison.Ordinal):
                    paths.Add(arg);
                    break;
                default:
                    hostArgs.Add(rest[i]);
                    break;
            }
        }

        if (verb is "ingest" or "explain" && paths.Count == 0)
        {
            throw new CommandLineException($"{verb} needs at least one file{(verb == "ingest" ? " or folder" : "")}");
        }

        if (verb == "token" && !(paths is ["list"] or ["create", _] or ["revoke", _]))
        {
            throw new CommandLineException("token needs 'create EDITOR', 'list' or 'revoke ID-OR-PREFIX'");
        }

        return new CommandLine(verb, paths, db, output, [.. hostArgs]);
    }

    private static string ValueOf(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new CommandLineException($"{args[i - 1]} needs a value");
}

public sealed class CommandLineException(string message) : Exception(message);
