using System.Globalization;

namespace DiplomacyTracker.Web.Pages;

/// <summary>
/// The home page's timeline, laid out on the server as SVG coordinates: one bar per visit from its first to its
/// last day, stacked in lanes so bars never overlap, with an axis of months or years.
/// </summary>
public sealed record VisitTimeline(int Width, int Height, IReadOnlyList<VisitTimeline.Bar> Bars, IReadOnlyList<VisitTimeline.Tick> Ticks)
{
    public const int ViewWidth = 960;
    private const int Margin = 12;
    private const int LaneHeight = 26;
    private const int BarHeight = 20;
    private const int AxisHeight = 28;
    private const double MinBarWidth = 8;
    private const double CharWidth = 6.6;

    public sealed record Span(int Id, string Traveler, string HostCountry, DateOnly Start, DateOnly? End);

    public enum LabelPlace
    {
        Inside,
        After,
        Before,
    }

    public sealed record Bar(int Id, string Label, string Description, double X, double Y, double Width, LabelPlace Place)
    {
        public int Height => BarHeight;
        public double TextX => Place switch { LabelPlace.Inside => X + 4, LabelPlace.After => X + Width + 4, _ => X - 4 };
        public double TextY => Y + 14;
        public string TextClass => Place == LabelPlace.Inside ? "inside" : Place == LabelPlace.After ? "after" : "before";
    }

    public sealed record Tick(double X, string Label);

    public static VisitTimeline Layout(IReadOnlyList<Span> visits)
    {
        ArgumentNullException.ThrowIfNull(visits);
        if (visits.Count == 0)
        {
            return new VisitTimeline(ViewWidth, 0, [], []);
        }

        var first = visits.Min(v => v.Start);
        var last = visits.Max(v => Max(v.Start, v.End ?? v.Start)).AddDays(1);
        var days = Math.Max(1, last.DayNumber - first.DayNumber);
        var scale = (ViewWidth - 2.0 * Margin) / days;
        double XOf(DateOnly d) => Margin + (d.DayNumber - first.DayNumber) * scale;

        var laneEnds = new List<double>();
        var bars = new List<Bar>();
        foreach (var visit in visits.OrderBy(v => v.Start).ThenBy(v => v.Id))
        {
            var end = Max(visit.Start, visit.End ?? visit.Start).AddDays(1);
            var x = XOf(visit.Start);
            var width = Math.Max(MinBarWidth, XOf(end) - x);
            var label = $"{visit.Traveler} → {visit.HostCountry}";
            var labelWidth = label.Length * CharWidth + 8;

            // The label goes inside the bar when it fits, else after it, else (at the right edge) before it;
            // a lane is free from where the bar or its label ends.
            var place = width >= labelWidth ? LabelPlace.Inside
                : x + width + labelWidth <= ViewWidth ? LabelPlace.After
                : LabelPlace.Before;
            var (left, right) = place switch
            {
                LabelPlace.Inside => (x, x + width),
                LabelPlace.After => (x, x + width + labelWidth),
                _ => (x - labelWidth, x + width),
            };
            var lane = laneEnds.FindIndex(e => e + 4 <= left);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(0);
            }

            laneEnds[lane] = right;
            var description = $"{visit.Traveler} in {visit.HostCountry}, {Format.Range(visit.Start, visit.End)}";
            bars.Add(new Bar(visit.Id, label, description, x, lane * LaneHeight, width, place));
        }

        var height = laneEnds.Count * LaneHeight + AxisHeight;
        return new VisitTimeline(ViewWidth, height, bars, TicksFor(first, last, XOf));
    }

    public double AxisY => Height - AxisHeight + 4;

    private static IReadOnlyList<Tick> TicksFor(DateOnly first, DateOnly last, Func<DateOnly, double> xOf)
    {
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        var step = months <= 12 ? 1 : months <= 24 ? 3 : months <= 72 ? 12 : 12 * (int)Math.Ceiling(months / 72.0);
        var format = step < 12 ? "MMM yyyy" : "yyyy";
        var ticks = new List<Tick>();
        var at = step < 12 ? new DateOnly(first.Year, first.Month, 1) : new DateOnly(first.Year, 1, 1);
        for (; at <= last; at = at.AddMonths(step))
        {
            if (at >= first)
            {
                ticks.Add(new Tick(xOf(at), at.ToString(format, CultureInfo.InvariantCulture)));
            }
        }

        if (ticks.Count == 0)
        {
            ticks.Add(new Tick(xOf(first), first.ToString("d MMM yyyy", CultureInfo.InvariantCulture)));
        }

        return ticks;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
