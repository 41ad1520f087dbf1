using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.BuildingBlocks.Web;

public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The address people reach the app at; links in mails start with it.</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Shown wherever someone may be in distress: the platform is not a crisis service.</summary>
    [Required]
    public string SupportLine { get; set; } =
        "CoachingPlatform is not a crisis service. If you are in danger or thinking of harming yourself, call your local emergency number now.";

    /// <summary>This process's name in logs and in the claims it takes on outbox, inbox and mail rows.</summary>
    [Required, MaxLength(80)]
    public string NodeName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    public string Link(string pathAndQuery) => $"{BaseUrl.TrimEnd('/')}/{pathAndQuery.TrimStart('/')}";
}
