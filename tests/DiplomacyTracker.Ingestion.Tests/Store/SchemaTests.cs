using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DiplomacyTracker.Ingestion.Tests.Store;

public sealed class SchemaTests : IDisposable
{
    private readonly StoreFixture _store = new(new ScriptedExtractor());

    public void Dispose() => _store.Dispose();

    [Fact]
    public void TheMigrationsBuildTheModelTheConfigurationsDescribe()
    {
        using var db = _store.Db();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Theory]
    [InlineData(JoinTables.MeetingParticipants.Entity, JoinTables.MeetingParticipants.Table, JoinTables.MeetingParticipants.MeetingId, JoinTables.MeetingParticipants.OfficialId)]
    [InlineData(JoinTables.MeetingReportParticipants.Entity, JoinTables.MeetingReportParticipants.Table, JoinTables.MeetingReportParticipants.MeetingReportId, JoinTables.MeetingReportParticipants.OfficialId)]
    [InlineData(JoinTables.VisitReportExcerpts.Entity, JoinTables.VisitReportExcerpts.Table, JoinTables.VisitReportExcerpts.VisitReportId, JoinTables.VisitReportExcerpts.ExcerptId)]
    public void EachJoinTableHasTheNamesItsConfigurationGivesIt(string entity, string table, string first, string second)
    {
        using var db = _store.Db();

        var join = db.Model.FindEntityType(entity);
        Assert.NotNull(join);
        Assert.Equal(table, join.GetTableName());
        var columns = join.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(table))).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), columns);
    }
}
