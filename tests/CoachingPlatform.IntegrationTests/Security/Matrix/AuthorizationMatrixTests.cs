using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Security.Matrix;

/// <summary>
/// Every route and page the app serves, read from its endpoint data source, tried as each of six personas,
/// against the access declared in <see cref="RouteDeclarations"/>: anonymous callers get 401 (pages: sent to
/// sign in), the wrong role 403 (pages: the denied page), the other tenant 404, the allowed caller never
/// 401/403/404 and nobody ever a 5xx. A route without a declaration fails the first test.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AuthorizationMatrixTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public void Every_route_and_page_has_a_declared_access()
    {
        var served = AppRoutes.Of(App.Services);

        Assert.Empty(served.Except(RouteDeclarations.All.Keys));
        Assert.Empty(RouteDeclarations.All.Keys.Except(served));
    }

    [Fact]
    public async Task Every_persona_gets_the_declared_answer_from_every_route()
    {
        using var tenants = await Tenants.CreateAsync(App);
        var wrong = new List<string>();
        var routes = RouteDeclarations.All.OrderBy(r => r.Value.EndsSession).ToList();

        foreach (var (route, access) in routes)
        {
            foreach (var persona in Enum.GetValues<Persona>())
            {
                var verdict = await TryAsync(tenants, route, access, persona);
                if (verdict is not null)
                {
                    wrong.Add($"{route} as {persona}: {verdict}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>Null when the answer is the declared one, else what was wrong.</summary>
    private static async Task<string?> TryAsync(Tenants tenants, string route, Access access, Persona persona)
    {
        var (method, template) = (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var path = tenants.Fill(template);
        var isPage = method == "PAGE" || !path.StartsWith("/api", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method is "PAGE" or "ANY" ? "GET" : method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(tenants.BodyFor(route));
        }

        using var response = await tenants[persona].SendAsync(request);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location is { } target ? (target.IsAbsoluteUri ? target.PathAndQuery : target.OriginalString) : "";
        if (status >= 500)
        {
            return $"{status}";
        }

        if (!access.Lets(persona))
        {
            var expected = persona == Persona.Anonymous
                ? (isPage ? (status == 302 && location.StartsWith("/signin", StringComparison.Ordinal)) : status == 401)
                : (isPage ? (status == 302 && location.StartsWith("/denied", StringComparison.Ordinal)) : status == 403);
            return expected ? null : $"{status} {location}, expected to be refused";
        }

        if (access.Owners is { } owners && !owners.Contains(persona))
        {
            return status == 404 ? null : $"{status}, expected 404 for another tenant's record";
        }

        if (access.Status is { } fixedStatus)
        {
            return status == fixedStatus ? null : $"{status}, expected {fixedStatus}";
        }

        if (isPage && method == "PAGE")
        {
            return status == 200 ? null : $"{status} {location}, expected the page";
        }

        return status is 401 or 403 or 404 ? $"{status}, expected to be let in" : null;
    }
}
