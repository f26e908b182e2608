using System.Globalization;

namespace DiplomacyTracker.Web;

/// <summary>Numbers as SVG attributes want them: invariant culture, one decimal.</summary>
public static class Svg
{
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
