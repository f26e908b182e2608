namespace DiplomacyTracker.Domain;

/// <summary>A command that writes was given a database it can only read.</summary>
public sealed class ReadOnlyDatabaseException(string path, string why) : IOException($"the database {path} is read-only and {why}");
