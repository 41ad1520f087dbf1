namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// The transport itself cannot take messages now (the broker is unreachable or did not confirm in time),
/// as opposed to one message failing: the outbox stops its batch instead of waiting on every message.
/// </summary>
public sealed class TransportDownException(string message, Exception innerException) : Exception(message, innerException);
