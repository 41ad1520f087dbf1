using System.Net;
using System.Net.Http.Headers;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Security.Matrix;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>The security headers on every page and API answer, signed in or not; no inline script or style in any page.</summary>
[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.AnyDatabase)]
public sealed class SecurityHeaderTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Every_page_and_route_answers_with_the_security_headers_and_pages_carry_no_inline_script_or_style()
    {
        using var tenants = await Tenants.CreateAsync(App);
        var wrong = new List<string>();
        foreach (var route in RouteDeclarations.All.Keys.Where(r => r.StartsWith("GET ", StringComparison.Ordinal) || r.StartsWith("PAGE ", StringComparison.Ordinal)))
        {
            var path = tenants.Fill(route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            foreach (var persona in new[] { Persona.Anonymous, Persona.CoachA, Persona.ClientA, Persona.Admin })
            {
                using var response = await tenants[persona].GetAsync(path);
                var problems = Check(response, signedIn: persona != Persona.Anonymous, path);
                if (route.StartsWith("PAGE ", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.OK)
                {
                    problems.AddRange(InlineCode(await response.Content.ReadAsStringAsync()));
                }

                wrong.AddRange(problems.Select(p => $"{path} as {persona}: {p}"));
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Static_files_and_error_answers_carry_the_headers_too()
    {
        using var client = App.CreateClient();

        foreach (var path in new[] { "/css/site.css", "/js/app.js", "/no-such-page", "/api/no-such-route" })
        {
            using var response = await client.GetAsync(path);
            Assert.Empty(Check(response, signedIn: false, path));
        }
    }

    [Fact]
    public async Task The_not_found_page_is_a_page_with_404_and_the_api_answers_problem_details()
    {
        using var client = App.CreateClient();

        using var page = await client.GetAsync("/no-such-page");
        using var api = await client.GetAsync("/api/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("We could not find this page", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(404, (await api.ReadProblemAsync()).Status);
    }

    private static List<string> Check(HttpResponseMessage response, bool signedIn, string path)
    {
        var problems = new List<string>();
        var csp = Header(response, "Content-Security-Policy");
        // Hangfire's dashboard and the API reference (Scalar), both for admins outside Development, ship inline code.
        if (csp is null || (!path.StartsWith("/hangfire", StringComparison.Ordinal) && !path.StartsWith("/reference", StringComparison.Ordinal)
            && (csp.Contains("unsafe-inline", StringComparison.Ordinal) || !csp.Contains("script-src 'self'", StringComparison.Ordinal) || !csp.Contains("style-src 'self'", StringComparison.Ordinal))))
        {
            problems.Add($"Content-Security-Policy is '{csp}'");
        }

        // The article preview is the one page the site frames itself (in the editor); no other site may.
        var ancestors = path.StartsWith("/admin/articles/preview", StringComparison.Ordinal) ? "frame-ancestors 'self'" : "frame-ancestors 'none'";
        if (csp is null || !csp.Contains(ancestors, StringComparison.Ordinal))
        {
            problems.Add($"no {ancestors}");
        }

        Expect(problems, response, "X-Content-Type-Options", "nosniff");
        Expect(problems, response, "Referrer-Policy", "same-origin");
        if (Header(response, "Permissions-Policy") is not { } permissions || !permissions.Contains("camera=()", StringComparison.Ordinal))
        {
            problems.Add("no Permissions-Policy");
        }

        if ((signedIn || path.StartsWith("/api", StringComparison.Ordinal)) && response.Headers.CacheControl?.NoStore != true)
        {
            problems.Add($"Cache-Control is '{response.Headers.CacheControl}', expected no-store");
        }

        return problems;
    }

    private static void Expect(List<string> problems, HttpResponseMessage response, string name, string value)
    {
        if (Header(response, name) != value)
        {
            problems.Add($"{name} is '{Header(response, name)}', expected '{value}'");
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static IEnumerable<string> InlineCode(string html)
    {
        if (System.Text.RegularExpressions.Regex.IsMatch(html, "<script(?![^>]*\\bsrc=)[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            yield return "an inline <script>";
        }

        if (html.Contains("<style", StringComparison.OrdinalIgnoreCase))
        {
            yield return "an inline <style>";
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(html, "\\sstyle\\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            yield return "a style attribute";
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(html, "\\son[a-z]+\\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            yield return "an inline event handler";
        }
    }
}
