using DiplomacyTracker.Ingestion;

namespace DiplomacyTracker.Web.Commands;

/// <summary><c>reextract</c>: rebuilds every article's facts from its stored text; one line per article and a summary.</summary>
internal static class ReextractCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        if (await ReadOnlyCheck.RefuseAsync(services, "reextract", output, cancellationToken))
        {
            return 1;
        }

        var reextractor = services.GetRequiredService<ArticleReextractor>();
        int done = 0, failed = 0;
        await foreach (var outcome in reextractor.ReextractAsync(null, cancellationToken))
        {
            if (outcome.Status == IngestStatus.Failed)
            {
                failed++;
            }
            else
            {
                done++;
            }

            await output.WriteLineAsync(outcome.ToString());
        }

        await output.WriteLineAsync($"{done + failed} articles: {done} re-extracted, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
