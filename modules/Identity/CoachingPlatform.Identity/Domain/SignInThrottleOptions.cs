namespace CoachingPlatform.Identity.Domain;

/// <summary>Configuration section <c>SignIn</c>: how failed sign-ins slow down further attempts.</summary>
internal sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Failures per address before each further one makes the next attempt wait.</summary>
    public int FreeAttemptsPerAccount { get; set; } = 5;

    /// <summary>Failures from one network address (over every account) before it has to wait.</summary>
    public int FreeAttemptsPerNetworkAddress { get; set; } = 30;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures older than this are forgotten.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromDays(1);
}
