using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Pipeline.Stages;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline;

public sealed class PipelineOrderTests
{
    [Fact]
    public void EveryStageReadsOnlyWhatAnEarlierStageAssigned()
    {
        // The production pipeline checks its own order when it is built; this keeps the check from being skipped.
        ExtractionPipeline.CheckOrder(Articles.Pipeline.Steps);
        Assert.Equal("facts", Articles.Pipeline.Steps[^1].Name);
    }

    [Fact]
    public void StageBeforeWhatItReadsIsRefusedByName()
    {
        var steps = Articles.Pipeline.Steps;
        var meetings = steps.Single(s => s.Name == "meetings");
        var reordered = steps.Where(s => s != meetings).Prepend(meetings).ToList();

        var refusal = Assert.Throws<InvalidOperationException>(() => ExtractionPipeline.CheckOrder(reordered));

        Assert.Contains("'meetings'", refusal.Message);
    }

    [Fact]
    public void EveryStageSaysWhatItAssigns()
    {
        Assert.All(Articles.Pipeline.Steps, s => Assert.NotEqual(DocumentPart.None, s.Stage.Assigns));
    }

    [Fact]
    public void ExtractionStopsWhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Articles.Pipeline.Extract(
            new DiplomacyTracker.Ingestion.Reading.SourceDocument("a.txt", "President Ana Silva arrived in Lima."), IKnownTrips.None, cancelled.Token));
    }
}
