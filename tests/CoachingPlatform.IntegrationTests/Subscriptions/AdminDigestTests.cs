using System.Net;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

[Collection(AppCollection.Name)]
public sealed class AdminDigestTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Run_now_enqueues_the_digest_job_and_answers_its_id()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.PostAsync("/api/admin/digests/weekly/run", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.ReadJsonAsync<JsonElement>()).GetProperty("jobId").GetString()));
    }

    [Fact]
    public async Task Run_now_for_an_unknown_frequency_is_a_404()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.PostAsync("/api/admin/digests/monthly/run", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_recent_runs_show_recipients_sent_and_failed()
    {
        await App.SubscribeConfirmedAsync("robin.lane@example.com");
        await App.SubscribeConfirmedAsync("sam@example.com");
        await App.PublishArticleAsync("Counted edition");
        var runId = await App.RunDigestAsync();
        using var admin = await App.SignInAsync(DemoUser.Admin);

        var runs = await (await admin.GetAsync("/api/admin/digests")).ReadJsonAsync<JsonElement>();

        var run = Assert.Single(runs.EnumerateArray());
        Assert.Equal(runId, run.GetProperty("id").GetGuid());
        Assert.Equal("weekly", run.GetProperty("frequency").GetString());
        Assert.Equal(2, run.GetProperty("recipients").GetInt32());
        Assert.Equal(2, run.GetProperty("sent").GetInt32());
        Assert.Equal(0, run.GetProperty("failed").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, run.GetProperty("finishedAt").ValueKind);
    }

    [Theory]
    [InlineData("Coach")]
    [InlineData("Client")]
    public async Task Only_admins_may_run_or_list_digests(string role)
    {
        using var user = await App.SignInAsync(DemoUser.InRole(role));
        using var anonymous = App.CreateClient();

        using var run = await user.PostAsync("/api/admin/digests/weekly/run", null);
        using var list = await user.GetAsync("/api/admin/digests");
        using var anonymousList = await anonymous.GetAsync("/api/admin/digests");

        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
    }
}
