using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class ProgramsAccessTests(AppFixture app) : IntegrationTest(app)
{
    public static TheoryData<string, string> CoachRoutes { get; } = new()
    {
        { "GET", "/api/programs" },
        { "GET", "/api/programs/{id}" },
        { "POST", "/api/programs" },
        { "PUT", "/api/programs/{id}" },
        { "POST", "/api/programs/{id}/copies" },
        { "POST", "/api/clients/{id}/assignments" },
        { "GET", "/api/clients/{id}/assignments" },
        { "GET", "/api/clients/{id}/assignments/{id}" },
        { "GET", "/api/clients/{id}/assignments/{id}/reflections" },
        { "GET", "/api/clients/{id}/timeline" },
        { "GET", "/api/clients/{id}/support-requests" },
        { "POST", "/api/clients/{id}/support-requests/{id}/resolution" },
    };

    public static TheoryData<string, string> ClientRoutes { get; } = new()
    {
        { "GET", "/api/me/assignments" },
        { "GET", "/api/me/assignments/{id}/steps/{id}" },
        { "POST", "/api/me/assignments/{id}/steps/{id}/completion" },
        { "POST", "/api/me/wins" },
        { "GET", "/api/me/timeline" },
        { "GET", "/api/me/gratitude" },
        { "PUT", "/api/me/gratitude/today" },
        { "GET", "/api/me/preferences" },
        { "PUT", "/api/me/preferences" },
        { "POST", "/api/me/support-requests" },
    };

    public static TheoryData<string, string> AllRoutes { get; } = Concat(CoachRoutes, ClientRoutes);

    public static TheoryData<string, string, string> CoachRoutesForOtherRoles { get; } = Routes.ForRoles(CoachRoutes, "Client", "Admin");

    public static TheoryData<string, string, string> ClientRoutesForOtherRoles { get; } = Routes.ForRoles(ClientRoutes, "Coach", "Admin");

    [Theory]
    [MemberData(nameof(AllRoutes))]
    public async Task Anonymous_callers_get_401(string method, string path)
    {
        using var anonymous = App.CreateClient();

        using var response = await anonymous.CallAsync(method, Routes.WithIds(path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(CoachRoutesForOtherRoles))]
    public async Task Only_a_coach_may_use_the_coach_routes(string method, string path, string role)
    {
        using var user = await App.SignInAsync(DemoUser.InRole(role));

        using var response = await user.CallAsync(method, Routes.WithIds(path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ClientRoutesForOtherRoles))]
    public async Task Only_a_client_may_use_the_portal_routes(string method, string path, string role)
    {
        using var user = await App.SignInAsync(DemoUser.InRole(role));

        using var response = await user.CallAsync(method, Routes.WithIds(path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_support_line_is_open_to_anyone()
    {
        using var anonymous = App.CreateClient();

        using var response = await anonymous.GetAsync("/api/support-line");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("CoachingPlatform is not a crisis service.", (await response.ReadJsonAsync<SupportLineBody>()).SupportLine, StringComparison.Ordinal);
    }

    private static TheoryData<string, string> Concat(params TheoryData<string, string>[] tables)
    {
        var all = new TheoryData<string, string>();
        foreach (var row in tables.SelectMany(t => t))
        {
            all.Add((string)row[0], (string)row[1]);
        }

        return all;
    }

    private sealed record SupportLineBody(string SupportLine);
}
