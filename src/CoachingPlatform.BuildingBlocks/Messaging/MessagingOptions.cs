namespace CoachingPlatform.BuildingBlocks.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>
    /// Run the delivery loops (events and mail) in this process, woken by each commit that gives them work
    /// and polling in between. Off, only the minutely <c>deliveries</c> job delivers: for a process that
    /// should leave the work to others.
    /// </summary>
    public bool DispatchInBackground { get; set; } = true;
}
