using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Clients;

[Collection(AppCollection.Name)]
public sealed class ClientsAccessTests(AppFixture app) : IntegrationTest(app)
{
    public static TheoryData<string, string> CoachRoutes { get; } = new()
    {
        { "POST", "/api/clients" },
        { "GET", "/api/clients" },
        { "GET", "/api/clients/{id}" },
    };

    public static TheoryData<string, string, string> CoachRoutesForOtherRoles { get; } = Routes.ForRoles(CoachRoutes, "Client", "Admin");

    [Theory]
    [MemberData(nameof(CoachRoutes))]
    public async Task Anonymous_callers_get_401(string method, string path)
    {
        using var anonymous = App.CreateClient();

        using var response = await anonymous.CallAsync(method, Routes.WithIds(path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(CoachRoutesForOtherRoles))]
    public async Task Only_a_coach_may_use_the_clients_api(string method, string path, string role)
    {
        using var user = await App.SignInAsync(DemoUser.InRole(role));

        using var response = await user.CallAsync(method, Routes.WithIds(path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(App.Mail.All);
    }
}
