using DiplomacyTracker.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Editors;

/// <summary>
/// Locks a user name after repeated wrong passwords (<c>Tracker:Lockout</c>, by default 5 within 15 minutes lock it
/// for 15 minutes). Kept in memory: a restart forgets it, which the per-address rate limit on sign-in makes up for.
/// Unknown names are counted as well, so a locked name does not reveal that it exists.
/// </summary>
public sealed class SignInLockout(IOptions<TrackerOptions> options, TimeProvider clock)
{
    private const int MaxTracked = 10_000;

    private readonly Dictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How long the name stays locked, or null when it may try.</summary>
    public TimeSpan? LockedFor(string? userName)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            return _failures.TryGetValue(Key(userName), out var failures) && failures.LockedUntil > now ? failures.LockedUntil - now : null;
        }
    }

    /// <summary>Counts a wrong password; returns how long the name is now locked, if this failure locked it.</summary>
    public TimeSpan? Failed(string? userName)
    {
        var settings = options.Value.Lockout;
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_failures.Count >= MaxTracked)
            {
                Prune(now, settings);
            }

            var key = Key(userName);
            if (!_failures.TryGetValue(key, out var failures))
            {
                _failures[key] = failures = new Failures();
            }

            var window = TimeSpan.FromMinutes(settings.WindowMinutes);
            failures.Times.RemoveAll(t => now - t > window);
            failures.Times.Add(now);
            if (settings.MaxFailures > 0 && failures.Times.Count >= settings.MaxFailures)
            {
                failures.LockedUntil = now + TimeSpan.FromMinutes(settings.LockMinutes);
                failures.Times.Clear();
                return failures.LockedUntil - now;
            }

            return null;
        }
    }

    public void Succeeded(string? userName)
    {
        lock (_gate)
        {
            _failures.Remove(Key(userName));
        }
    }

    private void Prune(DateTimeOffset now, LockoutOptions settings)
    {
        var window = TimeSpan.FromMinutes(settings.WindowMinutes);
        foreach (var (key, failures) in _failures.ToList())
        {
            if (failures.LockedUntil <= now && failures.Times.All(t => now - t > window))
            {
                _failures.Remove(key);
            }
        }

        // Still full of live entries (someone is trying thousands of names): forget the oldest half of the counts,
        // never a lock, so flooding with names cannot unlock one.
        if (_failures.Count >= MaxTracked)
        {
            foreach (var key in _failures.Where(f => f.Value.LockedUntil <= now).OrderBy(f => f.Value.Times.LastOrDefault())
                         .Take(MaxTracked / 2).Select(f => f.Key).ToList())
            {
                _failures.Remove(key);
            }
        }
    }

    private static string Key(string? userName)
    {
        var key = (userName ?? "").Trim().ToLowerInvariant();
        return key.Length > 128 ? key[..128] : key;
    }

    private sealed class Failures
    {
        public List<DateTimeOffset> Times { get; } = [];
        public DateTimeOffset LockedUntil { get; set; }
    }
}
