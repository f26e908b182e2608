using DiplomacyTracker.Web.Pages;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class VisitTimelineTests
{
    [Fact]
    public void OverlappingVisitsGoToSeparateLanes()
    {
        var timeline = VisitTimeline.Layout([
            new(1, "A", "China", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 10)),
            new(2, "B", "Japan", new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 6)),
            new(3, "C", "India", new DateOnly(2024, 3, 1), null),
        ]);

        var bars = timeline.Bars.ToDictionary(b => b.Id);
        Assert.NotEqual(bars[1].Y, bars[2].Y);
        Assert.Equal(bars[1].Y, bars[3].Y);
        Assert.True(bars[1].X < bars[2].X && bars[2].X < bars[3].X);
        Assert.All(timeline.Bars, b => Assert.InRange(b.X + b.Width, 0, VisitTimeline.ViewWidth));
        Assert.Equal(["Jan 2024", "Feb 2024", "Mar 2024"], timeline.Ticks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void LongSpansTickByYear()
    {
        var timeline = VisitTimeline.Layout([
            new(1, "A", "China", new DateOnly(2019, 6, 1), null),
            new(2, "B", "Japan", new DateOnly(2024, 6, 1), null),
        ]);

        Assert.Equal(["2020", "2021", "2022", "2023", "2024"], timeline.Ticks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void ShortVisitsAreLabelledBesideTheBarAndLabelsNeverOverlap()
    {
        var timeline = VisitTimeline.Layout([
            new(1, "Antony Blinken", "China", new DateOnly(2024, 1, 1), null),
            new(2, "Janet Yellen", "China", new DateOnly(2024, 1, 3), null),
            new(3, "Wang Yi", "United States", new DateOnly(2024, 12, 31), null),
        ]);

        var bars = timeline.Bars.ToDictionary(b => b.Id);
        Assert.Equal(VisitTimeline.LabelPlace.After, bars[1].Place);
        Assert.NotEqual(bars[1].Y, bars[2].Y);
        Assert.Equal(VisitTimeline.LabelPlace.Before, bars[3].Place);
    }

    [Fact]
    public void NoVisitsDrawNothing() => Assert.Empty(VisitTimeline.Layout([]).Bars);
}
