using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace CoachingPlatform.IntegrationTests.Identity;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture app) : IntegrationTest(app)
{
    [Theory]
    [MemberData(nameof(DemoUser.RoleNames), MemberType = typeof(DemoUser))]
    public async Task A_demo_user_signs_in_and_gets_a_bearer_token(string role)
    {
        var user = DemoUser.InRole(role);
        using var client = App.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = DemoUser.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.ReadJsonAsync<AccessTokenResponse>();
        Assert.Equal("Bearer", token.TokenType);
        Assert.False(string.IsNullOrWhiteSpace(token.AccessToken));
        Assert.False(string.IsNullOrWhiteSpace(token.RefreshToken));
        Assert.True(token.ExpiresIn > 0, $"expiresIn was {token.ExpiresIn}");
    }

    [Theory]
    [MemberData(nameof(DemoUser.RoleNames), MemberType = typeof(DemoUser))]
    public async Task A_signed_in_demo_user_sees_their_account_and_role(string role)
    {
        var user = DemoUser.InRole(role);
        using var client = await App.SignInAsync(user);

        var me = await client.GetFromJsonAsync<Me>("/api/me");

        Assert.NotNull(me);
        Assert.Equal(user.Email, me.Email);
        Assert.Equal([role], me.Roles);
        Assert.NotEqual(Guid.Empty, me.Id);
        Assert.False(string.IsNullOrWhiteSpace(me.DisplayName));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_401_problem()
    {
        using var client = App.CreateClient();

        using var wrongPassword = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoUser.Coach.Email, password = "Not-the-password-1" });
        using var unknownEmail = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = DemoUser.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail.StatusCode);
        var first = await wrongPassword.ReadProblemAsync();
        var second = await unknownEmail.ReadProblemAsync();
        Assert.Equal(401, first.Status);
        Assert.Equal((first.Title, first.Detail, first.Status), (second.Title, second.Detail, second.Status));
    }

    [Fact]
    public async Task Signing_in_without_email_and_password_names_both_fields()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("email"));
        Assert.NotEmpty(problem.ErrorsFor("password"));
    }

    [Fact]
    public async Task Signing_in_with_an_empty_body_names_both_fields()
    {
        using var client = App.CreateClient();

        using var response = await client.PostAsync("/api/auth/login", EmptyJson.Body());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("email"));
        Assert.NotEmpty(problem.ErrorsFor("password"));
    }

    [Fact]
    public async Task Me_without_credentials_is_401()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_with_a_forged_bearer_token_is_401()
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token-the-app-issued");

        using var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed record Me(Guid Id, string Email, string DisplayName, string[] Roles);
}
