namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>Someone signed in for a test: their account, and an API client carrying their bearer token.</summary>
public sealed class Person(Guid id, string email, string password, HttpClient api) : IDisposable
{
    public Guid Id { get; } = id;

    public string Email { get; } = email;

    public string Password { get; } = password;

    public HttpClient Api { get; } = api;

    public void Dispose() => Api.Dispose();
}
