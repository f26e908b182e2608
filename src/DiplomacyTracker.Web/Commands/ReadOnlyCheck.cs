using DiplomacyTracker.Domain;

namespace DiplomacyTracker.Web.Commands;

/// <summary>Writing commands say at once that the database is read-only, instead of failing article by article.</summary>
internal static class ReadOnlyCheck
{
    public static async Task<bool> RefuseAsync(IServiceProvider services, string verb, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        if (!await TrackerDatabase.IsReadOnlyAsync(db, cancellationToken))
        {
            return false;
        }

        await output.WriteLineAsync($"error: the database {Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database).DataSource} is read-only; {verb} writes to it");
        return true;
    }
}
