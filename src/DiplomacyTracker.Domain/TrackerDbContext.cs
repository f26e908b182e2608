using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Domain;

public sealed class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : DbContext(options)
{
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
    public DbSet<ArticleVersion> ArticleVersions => Set<ArticleVersion>();
    public DbSet<FactRedirect> FactRedirects => Set<FactRedirect>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<EditorToken> EditorTokens => Set<EditorToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
}
