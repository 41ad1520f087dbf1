using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Community;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

[Collection(AppCollection.Name)]
public sealed class DigestTests(AppFixture app) : IntegrationTest(app)
{
    private const string Reader = "robin.lane@example.com";

    [Fact]
    public async Task A_confirmed_subscriber_receives_the_new_articles_in_html_and_text_with_a_greeting_and_one_click_unsubscribe_headers()
    {
        await App.SubscribeConfirmedAsync(Reader);
        await App.PublishArticleAsync("Small Promises, Kept");

        await App.RunDigestAsync();

        var digest = Assert.Single(App.DigestsTo(Reader));
        Assert.Contains("Small Promises, Kept", digest.Html, StringComparison.Ordinal);
        Assert.Contains("Small Promises, Kept", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Hello robin.lane,", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Hello robin.lane,", digest.Html, StringComparison.Ordinal);
        Assert.Contains(App.BaseAddress.ToString().TrimEnd('/') + "/articles/small-promises-kept", digest.Text, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Message.Headers["List-Unsubscribe-Post"]);
        var listUnsubscribe = digest.Message.Headers["List-Unsubscribe"];
        Assert.Matches(@"^<http[^>]+/api/subscriptions/unsubscribe\?token=[A-Za-z0-9_-]+>, <mailto:[^>]+>$", listUnsubscribe);
        Assert.Contains(Newsletter.PreferencesPath + "?token=" + digest.ManageToken(), digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_best_approved_comments_since_the_last_digest_are_in_it()
    {
        await App.SubscribeConfirmedAsync(Reader);
        var answered = await App.PostApprovedAsync("Keeping one promise a day changed how we talk.");
        await App.PostApprovedAsync("Thank you, this helped me too.", authorName: "Alex Kim", email: "alex@example.com", parentId: answered);
        await App.Outbox.WaitUntilHandledAsync();

        await App.RunDigestAsync();

        var digest = Assert.Single(App.DigestsTo(Reader));
        Assert.Contains("Keeping one promise a day changed how we talk.", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"#comment-{answered}", digest.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unconfirmed_paused_unsubscribed_and_other_frequency_addresses_receive_nothing()
    {
        await App.SubscribeAsync("pending@example.com");
        await App.SubscribeConfirmedAsync("daily@example.com", "daily");
        await App.SubscribeConfirmedAsync("paused@example.com");
        await App.SubscribeConfirmedAsync("gone@example.com");
        await App.SubscribeConfirmedAsync(Reader);
        await App.PublishArticleAsync("First edition");
        await App.RunDigestAsync();
        using var client = App.CreateClient();
        using var paused = await client.PutAsJsonAsync($"/api/subscriptions/preferences?token={App.DigestsTo("paused@example.com")[0].ManageToken()}", new { frequency = "weekly", paused = true });
        using var gone = await client.PostAsync($"/api/subscriptions/unsubscribe?token={App.DigestsTo("gone@example.com")[0].ManageToken()}", null);
        App.Mail.Clear();
        App.Clock.Advance(TimeSpan.FromDays(7));
        await App.PublishArticleAsync("Second edition");

        await App.RunDigestAsync();

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, gone.StatusCode);
        Assert.Single(App.DigestsTo(Reader));
        Assert.Empty(App.DigestsTo("paused@example.com"));
        Assert.Empty(App.DigestsTo("gone@example.com"));
        Assert.Empty(App.Mail.To("pending@example.com"));
        Assert.Empty(App.Mail.To("daily@example.com"));
    }

    [Fact]
    public async Task Running_the_same_edition_again_mails_nobody_twice()
    {
        await App.SubscribeConfirmedAsync(Reader);
        await App.SubscribeConfirmedAsync("sam@example.com");
        await App.PublishArticleAsync("Once only");

        await App.RunDigestAsync();
        await App.RunDigestAsync();

        Assert.Single(App.DigestsTo(Reader));
        Assert.Single(App.DigestsTo("sam@example.com"));
    }

    [Fact]
    public async Task Two_runs_started_at_the_same_moment_mail_each_subscriber_once()
    {
        var addresses = Enumerable.Range(1, 25).Select(i => $"reader{i}@example.com").ToList();
        foreach (var address in addresses)
        {
            await App.SubscribeConfirmedAsync(address);
        }

        await App.PublishArticleAsync("Raced edition");

        await Task.WhenAll(App.RunDigestAsync(), App.RunDigestAsync());

        Assert.All(addresses, a => Assert.Single(App.DigestsTo(a)));
    }

    [Fact]
    public async Task Without_new_content_no_digest_is_sent_and_the_next_one_holds_only_what_came_after_the_last()
    {
        await App.SubscribeConfirmedAsync(Reader);
        await App.PublishArticleAsync("Old news");
        await App.RunDigestAsync();
        App.Mail.Clear();

        App.Clock.Advance(TimeSpan.FromDays(7));
        await App.RunDigestAsync();
        var nothingNew = App.DigestsTo(Reader).Count;
        App.Clock.Advance(TimeSpan.FromDays(7));
        await App.PublishArticleAsync("Fresh news");
        await App.RunDigestAsync();

        Assert.Equal(0, nothingNew);
        var digest = Assert.Single(App.DigestsTo(Reader));
        Assert.Contains("Fresh news", digest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Old news", digest.Text, StringComparison.Ordinal);
    }
}
