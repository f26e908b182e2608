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

    public static TheoryData<string> StageNames() => new(Articles.Pipeline.Steps.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(StageNames))]
    public void EveryStageStopsWhenCancelled(string name)
    {
        const string text = "LIMA, March 3 (Wire) - President Ana Silva of Chile arrived in Lima on Tuesday and held talks on trade with " +
                            "Peruvian President Luis Soto. \"We agreed on a great deal,\" Silva said.";
        var steps = Articles.Pipeline.Steps;
        var index = steps.ToList().FindIndex(s => s.Name == name);
        var document = index == 0
            ? new ArticleDocument(new DiplomacyTracker.Ingestion.Reading.SourceDocument("a.txt", text), text, IKnownTrips.None)
            : Articles.RunThrough(steps[index - 1].Name, text);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => steps[index].Stage.Run(document, cancelled.Token));
    }
}
