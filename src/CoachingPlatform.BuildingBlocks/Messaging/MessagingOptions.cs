using System.ComponentModel.DataAnnotations;
using CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

namespace CoachingPlatform.BuildingBlocks.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>
    /// How outbox messages reach the consumers' inboxes: <c>InMemory</c> (MassTransit's mediator, inside this
    /// process) or <c>RabbitMq</c> (a durable queue per consumer shared by every node).
    /// </summary>
    public MessageTransport Transport { get; set; } = MessageTransport.InMemory;

    /// <summary>
    /// Run the delivery loops (events and mail) in this process, woken by each commit that gives them work
    /// and polling in between. Off, only the minutely <c>deliveries</c> job delivers: for a process that
    /// should leave the work to others.
    /// </summary>
    public bool DispatchInBackground { get; set; } = true;

    [Required]
    public RabbitMqOptions RabbitMq { get; set; } = new();
}

public enum MessageTransport
{
    InMemory,
    RabbitMq,
}
