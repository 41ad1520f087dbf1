namespace CoachingPlatform.BuildingBlocks.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>
    /// Publish outbox messages from this process as soon as a commit writes them (and every 5 seconds).
    /// Off, only the recurring <c>outbox-dispatch</c> job publishes them: for a process that should leave
    /// dispatching to another, e.g. a second web instance beside a worker.
    /// </summary>
    public bool DispatchInBackground { get; set; } = true;
}
