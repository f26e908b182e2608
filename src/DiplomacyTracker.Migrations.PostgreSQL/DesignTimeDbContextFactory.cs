using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DiplomacyTracker.Migrations.PostgreSQL;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the context for PostgreSQL. Adding a migration needs no server; one
/// that is applied by <c>dotnet ef database update</c> uses <c>TRACKER_POSTGRES</c> when set.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext(string[] args) =>
        new(TrackerDatabase.Options(new TrackerStore(StoreProvider.PostgreSQL,
            Environment.GetEnvironmentVariable("TRACKER_POSTGRES") ?? "Host=localhost;Database=tracker_design")));
}
