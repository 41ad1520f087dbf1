using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

/// <summary>Moderation and writing are for admins: 401 without credentials, 403 for coaches and clients.</summary>
[Collection(AppCollection.Name)]
public sealed class CommunityAccessTests(AppFixture app) : IntegrationTest(app)
{
    public static TheoryData<string, string> AdminRoutes { get; } = new()
    {
        { "GET", "/api/moderation/comments?status=pending" },
        { "POST", "/api/moderation/comments/{id}/decision" },
        { "GET", "/api/moderation/comments/{id}/history" },
        { "POST", "/api/articles" },
        { "PUT", "/api/articles/some-article" },
        { "GET", "/api/admin/articles" },
        { "POST", "/api/admin/articles/preview" },
    };

    public static TheoryData<string, string, string> AdminRoutesForOthers { get; } = Routes.ForRoles(AdminRoutes, "Coach", "Client");

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Admin_routes_answer_401_without_credentials(string method, string path)
    {
        using var anonymous = App.CreateClient();

        using var response = await anonymous.CallAsync(method, Routes.WithIds(path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminRoutesForOthers))]
    public async Task Admin_routes_answer_403_to_coaches_and_clients(string method, string path, string role)
    {
        using var other = await App.SignInAsync(DemoUser.InRole(role));

        using var response = await other.CallAsync(method, Routes.WithIds(path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
