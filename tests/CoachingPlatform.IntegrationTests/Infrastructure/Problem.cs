namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>An RFC 7807 answer as a client reads it.</summary>
public sealed record Problem(string? Type, string? Title, int? Status, string? Detail, IReadOnlyDictionary<string, string[]>? Errors)
{
    public string[] ErrorsFor(string field) =>
        Errors is not null && Errors.TryGetValue(field, out var messages) ? messages : [];
}
