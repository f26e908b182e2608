using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Web.Commands;

/// <summary>
/// <c>explain FILE...</c>: reads each file as ingest would and prints what every extraction stage found (people, titles,
/// meeting phrases, the trip, the facts, the warnings). Touches no database; for whoever extends the lexicons.
/// </summary>
internal static class ExplainCommand
{
    public static int Run(IReadOnlyList<string> files, TextWriter output, TextWriter errors)
    {
        var pipeline = new ExtractionPipeline(Lexicon.LoadDefault());
        var readers = new ArticleReaders();
        var status = 0;
        foreach (var file in files)
        {
            output.WriteLine($"=== {file}");
            try
            {
                output.Write(pipeline.Explain(readers.ReadFile(file)));
            }
            catch (Exception e) when (e is ArticleReadException or IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"{file}: {e.Message}");
                status = 1;
            }
        }

        return status;
    }
}
