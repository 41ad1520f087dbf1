namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>A module's DbContext type, registered once per module: where that module's inbox, outbox and mails live.</summary>
public sealed record ModuleStore(Type ContextType);
