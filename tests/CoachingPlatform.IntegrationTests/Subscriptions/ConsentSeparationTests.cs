using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

/// <summary>Newsletter consent and coaching mail are separate: leaving one leaves the other as it was.</summary>
[Collection(AppCollection.Name)]
public sealed class ConsentSeparationTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_client_who_unsubscribes_from_the_newsletter_still_gets_their_coachs_mail()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        await App.SubscribeAsync(client.Email);
        var confirmation = await App.Mail.WaitForAsync(client.Email);
        using var anonymous = App.CreateClient();
        (await anonymous.PostAsync($"/api/subscriptions/unsubscribe?token={confirmation.ManageToken()}", null)).EnsureSuccessStatusCode();
        App.Mail.Clear();

        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var asked = await coach.PostAsync($"/api/clients/{client.Id}/assessments/retake-requests", null);
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Single(App.Mail.To(client.Email));
    }

    [Fact]
    public async Task A_client_who_turns_reminders_off_still_gets_the_newsletter()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        using var off = await client.Api.PutAsJsonAsync("/api/me/preferences",
            new { timeZone = "UTC", quietHoursStart = "21:00:00", quietHoursEnd = "08:00:00", weeklyReminderBudget = 0 });
        off.EnsureSuccessStatusCode();
        await App.SubscribeConfirmedAsync(client.Email);
        await App.PublishArticleAsync("Small Promises, Kept");

        await App.RunDigestAsync();

        Assert.Single(App.DigestsTo(client.Email));
    }
}
