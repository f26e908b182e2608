using System.Globalization;
using DiplomacyTracker.Web.Browsing;

namespace DiplomacyTracker.Web.Pages.Issues;

/// <summary>
/// An issue's mentions month by month, laid out on the server as SVG: a sparkline (one polyline, for the issues list)
/// or a bar chart with a year axis (for the issue's page). Every chart of one page shares its months, so lines compare.
/// </summary>
public sealed record TrendChart(int FirstMonth, IReadOnlyList<int> Counts)
{
    public int Max => Counts.Count == 0 ? 0 : Counts.Max();

    public int Total => Counts.Sum();

    public static TrendChart For(IReadOnlyDictionary<int, int>? byMonth, int firstMonth, int lastMonth)
    {
        var counts = Enumerable.Range(firstMonth, Math.Max(0, lastMonth - firstMonth + 1)).Select(m => byMonth?.GetValueOrDefault(m) ?? 0).ToList();
        return new TrendChart(firstMonth, counts);
    }

    public string MonthLabel(int i) => IssueMonths.MonthOf(FirstMonth + i).ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public DateOnly MonthStart(int i) => IssueMonths.MonthOf(FirstMonth + i);

    /// <summary>"12 mentions from Jan 2023 to Apr 2024, most in Mar 2024 (5)".</summary>
    public string Description
    {
        get
        {
            if (Total == 0)
            {
                return "No mentions in this period";
            }

            var peak = Counts.ToList().IndexOf(Max);
            return $"{Format.Count(Total, "mention")} from {MonthLabel(0)} to {MonthLabel(Counts.Count - 1)}, most in {MonthLabel(peak)} ({Max})";
        }
    }

    public const int SparkWidth = 120;
    public const int SparkHeight = 24;

    /// <summary>The sparkline's points, "x,y x,y ...".</summary>
    public string SparkPoints
    {
        get
        {
            if (Counts.Count == 0)
            {
                return "";
            }

            var step = Counts.Count == 1 ? 0 : (SparkWidth - 2.0) / (Counts.Count - 1);
            var top = Math.Max(1, Max);
            return string.Join(' ', Counts.Select((c, i) =>
                $"{Svg.N(1 + (Counts.Count == 1 ? (SparkWidth - 2) / 2.0 : i * step))},{Svg.N(SparkHeight - 2 - (SparkHeight - 4.0) * c / top)}"));
        }
    }

    public const int ChartWidth = 720;
    public const int ChartHeight = 180;
    public const int AxisHeight = 20;
    public const int LeftMargin = 28;

    public double BarWidth => Counts.Count == 0 ? 0 : (ChartWidth - LeftMargin - 4.0) / Counts.Count;

    public double BarX(int i) => LeftMargin + i * BarWidth;

    public double BarHeight(int i) => Max == 0 ? 0 : (ChartHeight - AxisHeight - 8.0) * Counts[i] / Max;

    public double BarY(int i) => ChartHeight - AxisHeight - BarHeight(i);

    /// <summary>January of each year, or every few years when there are many, for the axis.</summary>
    public IEnumerable<(double X, string Label)> YearTicks()
    {
        var years = (Counts.Count + 11) / 12;
        var every = Math.Max(1, (int)Math.Ceiling(years / 10.0));
        for (var i = 0; i < Counts.Count; i++)
        {
            var month = MonthStart(i);
            if ((i == 0 && month.Month <= 9) || (i > 0 && month.Month == 1 && month.Year % every == 0))
            {
                yield return (BarX(i), month.Year.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
