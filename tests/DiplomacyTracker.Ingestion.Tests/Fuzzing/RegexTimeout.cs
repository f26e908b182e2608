using System.Runtime.CompilerServices;

namespace DiplomacyTracker.Ingestion.Tests.Fuzzing;

internal static class RegexTimeout
{
    /// <summary>The same default match timeout the app sets first thing in Program.cs, so the tests meet what it meets.</summary>
    [ModuleInitializer]
    internal static void Set() => AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(10));
}
