using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class ReportTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_report_is_accepted_and_puts_the_comment_in_the_reported_queue_with_its_reason()
    {
        var id = await App.PostApprovedAsync("A comment someone dislikes.");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        using var reader = App.CreateClient();

        using var response = await reader.PostAsJsonAsync($"/api/comments/{id}/reports", new { reason = "Unkind to other readers." });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var reported = await admin.QueuedAsync("reported", id);
        Assert.Equal(1, reported.ReportCount);
        Assert.Equal(["Unkind to other readers."], reported.ReportReasons);
        Assert.Contains(await reader.PublicCommentsAsync(), c => c.Id == id);
    }

    [Fact]
    public async Task Past_the_configured_number_of_reports_a_comment_is_hidden_until_an_admin_decides_again()
    {
        await using var strict = App.CreateFactory(new Dictionary<string, string?> { ["Community:HideAfterReports"] = "2" });
        var id = await App.PostApprovedAsync("A comment several people dislike.");
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        // Two readers behind two addresses: the test host tells them apart by the forwarded address it is given.
        await ReportAsync(strict, id, "10.0.0.1");
        using var reader = strict.CreateClient();
        Assert.Contains(await reader.PublicCommentsAsync(), c => c.Id == id);
        await ReportAsync(strict, id, "10.0.0.2");

        Assert.DoesNotContain(await reader.PublicCommentsAsync(), c => c.Id == id);
        Assert.DoesNotContain(await reader.GetStringAsync(CommunityApi.GuidePath), "A comment several people dislike.", StringComparison.Ordinal);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var reported = await admin.QueuedAsync("reported", id);
        Assert.Equal(2, reported.ReportCount);

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await admin.DecideAsync(id, "approve", reported.Version);

        Assert.Contains(await reader.PublicCommentsAsync(), c => c.Id == id);
        Assert.DoesNotContain(await admin.QueueAsync("reported"), i => i.Id == id);
    }

    [Fact]
    public async Task The_same_reader_reporting_again_counts_once()
    {
        var id = await App.PostApprovedAsync("Reported twice by one reader.");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        using var reader = App.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            using var response = await reader.PostAsJsonAsync($"/api/comments/{id}/reports", new { reason = $"Report {i}" });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        using var admin = await App.SignInAsync(DemoUser.Admin);
        Assert.Equal(1, (await admin.QueuedAsync("reported", id)).ReportCount);
        Assert.Contains(await reader.PublicCommentsAsync(), c => c.Id == id);
    }

    [Fact]
    public async Task Reporting_an_unknown_or_unpublished_comment_is_404()
    {
        using var reader = App.CreateClient();
        var pending = await reader.PostCommentAsync("Not published yet.");

        using var unknown = await reader.PostAsJsonAsync($"/api/comments/{Guid.NewGuid()}/reports", new { reason = "Spam." });
        using var unpublished = await reader.PostAsJsonAsync($"/api/comments/{pending.Id}/reports", new { reason = "Spam." });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_report_without_a_reason_is_a_400_naming_the_field(string? reason)
    {
        var id = await App.PostApprovedAsync("A comment.");
        using var reader = App.CreateClient();

        using var response = await reader.PostAsJsonAsync($"/api/comments/{id}/reports", new { reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("reason"));
    }

    private static async Task ReportAsync(CoachingAppFactory host, Guid commentId, string address)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/comments/{commentId}/reports")
        {
            Content = JsonContent.Create(new { reason = "Not kind." }),
        };
        request.Headers.Add(RemoteAddress.Header, address);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
