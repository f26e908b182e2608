namespace DiplomacyTracker.Web.Pages.Map;

/// <summary>
/// The map's marks in the world map's coordinates: per route a curved arc from home to host (a quadratic curve bowed
/// to one side, so A to B and B to A are two arcs), its stroke growing with the number of trips; the host countries
/// shaded. Routes whose ends have no point on the map (an unknown home country) are left to the table.
/// </summary>
public sealed record MapLayout(IReadOnlyList<MapLayout.Arc> Arcs, IReadOnlyList<IndexModel.Route> Routes, IReadOnlySet<string> Hosts, int Unplaced)
{
    public sealed record Arc(IndexModel.Route Route, string D, double EndX, double EndY, double Width);

    public static MapLayout For(Browsing.WorldMap world, IReadOnlyList<IndexModel.Route> routes, Func<string, string?> iso2Of)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(iso2Of);
        var most = routes.Count == 0 ? 1 : routes.Max(r => r.Visits);
        var arcs = new List<Arc>();
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        var unplaced = 0;
        foreach (var route in routes)
        {
            if (iso2Of(route.Host) is { } hostCode)
            {
                hosts.Add(hostCode);
            }

            if (route.Home is not { } home || home == route.Host
                || iso2Of(home) is not { } from || !world.Points.TryGetValue(from, out var a)
                || iso2Of(route.Host) is not { } to || !world.Points.TryGetValue(to, out var b))
            {
                unplaced++;
                continue;
            }

            var (dx, dy) = (b.X - a.X, b.Y - a.Y);
            var length = Math.Sqrt(dx * dx + dy * dy);
            // The control point sits off the middle, to the left of the direction of travel, by a fifth of the length.
            var (cx, cy) = ((a.X + b.X) / 2 + dy * 0.2, (a.Y + b.Y) / 2 - dx * 0.2);
            var d = $"M{Svg.N(a.X)} {Svg.N(a.Y)} Q{Svg.N(cx)} {Svg.N(cy)} {Svg.N(b.X)} {Svg.N(b.Y)}";
            var width = 1.2 + 4.8 * Math.Sqrt((double)route.Visits / most);
            arcs.Add(new Arc(route, length < 1 ? $"M{Svg.N(a.X)} {Svg.N(a.Y)} l0.1 0" : d, b.X, b.Y, width));
        }

        // Thin arcs over thick ones, so every one can be reached with the pointer.
        return new MapLayout(arcs.OrderByDescending(a => a.Width).ToList(), routes, hosts, unplaced);
    }
}
