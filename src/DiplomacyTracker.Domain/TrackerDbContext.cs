using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Domain;

public sealed class TrackerDbContext : DbContext
{
    public TrackerDbContext(DbContextOptions<TrackerDbContext> options) : base(options)
    {
        // Every save in a transaction, even of one statement: on PostgreSQL the commit is what tells the other
        // instances the store changed (StoreCommits).
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Excerpt> Excerpts => Set<Excerpt>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<OfficialTitle> OfficialTitles => Set<OfficialTitle>();
    public DbSet<OfficialNameToken> OfficialNameTokens => Set<OfficialNameToken>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitReport> VisitReports => Set<VisitReport>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingReport> MeetingReports => Set<MeetingReport>();
    public DbSet<Issue> Issues => Set<Issue>();
    public DbSet<IssueMention> IssueMentions => Set<IssueMention>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<IngestionEvent> IngestionEvents => Set<IngestionEvent>();
    public DbSet<IngestionRequest> IngestionRequests => Set<IngestionRequest>();
    public DbSet<ArticleVersion> ArticleVersions => Set<ArticleVersion>();
    public DbSet<FactRedirect> FactRedirects => Set<FactRedirect>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<EditorToken> EditorTokens => Set<EditorToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (this.IsPostgreSql())
        {
            // PostgreSQL keeps an instant (timestamptz), not the offset it was written with, and Npgsql refuses any
            // offset but UTC: the same instant is stored, and read back in UTC. SQLite keeps the offset as written.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstant>();
        }
    }

    private sealed class UtcInstant() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(), value => value);
}
