namespace DiplomacyTracker.Web.Tests.Security;

/// <summary>A clock the test moves forward, for lockouts that end.</summary>
internal sealed class MovableClock : TimeProvider
{
    private DateTimeOffset _now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
