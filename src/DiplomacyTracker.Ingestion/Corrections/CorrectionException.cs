namespace DiplomacyTracker.Ingestion.Corrections;

/// <summary>A correction that cannot be made as asked (an unknown fact or field, a bad date); the message says why.</summary>
public sealed class CorrectionException(string message) : Exception(message);
