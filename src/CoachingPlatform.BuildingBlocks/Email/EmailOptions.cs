using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.BuildingBlocks.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    [AllowedValues(EmailDelivery.Pickup, EmailDelivery.Smtp)]
    public string Delivery { get; set; } = EmailDelivery.Pickup;

    [Required]
    public string PickupDirectory { get; set; } = "data/mail";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "hello@coaching.example";

    [Required]
    public string FromName { get; set; } = "CoachingPlatform";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public bool UseStartTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long connecting, and each SMTP command, may take before the attempt counts as failed.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// SMTP connections one process sends over at once. A second one opens only while the queue holds more
    /// than a full batch, so a few mails still go out over one.
    /// </summary>
    [Range(1, 64)]
    public int Connections { get; set; } = 4;

    /// <summary>Mails one process sends per second at most, over all its connections; 0 for no limit.</summary>
    [Range(0, 100_000)]
    public int MaxPerSecond { get; set; }
}

public static class EmailDelivery
{
    public const string Pickup = "Pickup";
    public const string Smtp = "Smtp";
}
