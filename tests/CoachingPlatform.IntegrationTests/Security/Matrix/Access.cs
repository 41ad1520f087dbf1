namespace CoachingPlatform.IntegrationTests.Security.Matrix;

/// <summary>The six people every route is tried with: two tenants (a coach and their client each) and an admin.</summary>
public enum Persona
{
    Anonymous,
    ClientA,
    ClientB,
    CoachA,
    CoachB,
    Admin,
}

/// <summary>
/// Who may call a route. <see cref="Owners"/>: the route's path names records of tenant A; every other
/// persona that may call the route gets 404 for them. <see cref="Status"/>: the one status an allowed call
/// answers, when it is fixed (else any but 401, 403, 404 and 5xx).
/// </summary>
public sealed record Access(string? Role, bool Anonymous, IReadOnlyList<Persona>? Owners = null, int? Status = null, bool EndsSession = false)
{
    public static Access Public { get; } = new(null, Anonymous: true);

    public static Access SignedIn { get; } = new(null, Anonymous: false);

    public static Access Client { get; } = new("Client", Anonymous: false);

    public static Access Coach { get; } = new("Coach", Anonymous: false);

    public static Access Admin { get; } = new("Admin", Anonymous: false);

    /// <summary>Only these personas reach the record; others the route lets in get 404.</summary>
    public Access OwnedBy(params Persona[] owners) => this with { Owners = owners };

    public Access Answers(int status) => this with { Status = status };

    /// <summary>Calling it signs the caller out; it is tried after every other route.</summary>
    public Access SignsOut() => this with { EndsSession = true };

    public bool Lets(Persona persona) => persona switch
    {
        Persona.Anonymous => Anonymous,
        _ when Role is null => true,
        Persona.ClientA or Persona.ClientB => Role == "Client",
        Persona.CoachA or Persona.CoachB => Role == "Coach",
        Persona.Admin => Role == "Admin",
        _ => false,
    };
}
