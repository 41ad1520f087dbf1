using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Assessments;

[Collection(AppCollection.Name)]
public sealed class RetakeRequestTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_coach_s_request_mails_the_client_a_link_to_the_wheel()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);

        using var response = await coach.Api.PostAsync($"/api/clients/{client.Id}/assessments/retake-requests", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = await App.Mail.WaitForAsync(DemoUser.Client.Email);
        Assert.Contains("Wheel of Life", mail.Subject, StringComparison.Ordinal);
        Assert.Equal(new Uri(App.BaseAddress, "/wheel-of-life"), mail.LinkTo("/wheel-of-life"));
    }

    [Fact]
    public async Task A_second_request_within_a_week_is_a_409_and_sends_nothing()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        using var first = await coach.Api.PostAsync($"/api/clients/{client.Id}/assessments/retake-requests", null);
        await App.Mail.WaitForAsync(DemoUser.Client.Email);
        App.Clock.Advance(TimeSpan.FromDays(6));
        using var coachLater = await App.SignInAgainAsync(coach);

        using var second = await coachLater.Api.PostAsync($"/api/clients/{client.Id}/assessments/retake-requests", null);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("ask again", (await second.ReadProblemAsync()).Detail, StringComparison.Ordinal);
        Assert.Single(App.Mail.To(DemoUser.Client.Email));
    }

    [Fact]
    public async Task A_week_later_the_coach_may_ask_again()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        using var first = await coach.Api.PostAsync($"/api/clients/{client.Id}/assessments/retake-requests", null);
        App.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        using var coachLater = await App.SignInAgainAsync(coach);

        using var second = await coachLater.Api.PostAsync($"/api/clients/{client.Id}/assessments/retake-requests", null);

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        await Eventually.UntilAsync(() => Task.FromResult(App.Mail.To(DemoUser.Client.Email).Count), count => count == 2, "two retake mails");
    }

    [Fact]
    public async Task Another_coach_s_client_is_a_404_and_a_client_cannot_ask()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        using var otherCoach = await App.AddCoachAsync("other.coach@example.com", "Other Coach");

        using var byOtherCoach = await otherCoach.Api.PostAsync($"/api/clients/{client.Id}/assessments/retake-requests", null);
        using var byClient = await client.Api.PostAsync($"/api/clients/{client.Id}/assessments/retake-requests", null);

        Assert.Equal(HttpStatusCode.NotFound, byOtherCoach.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byClient.StatusCode);
        Assert.Empty(App.Mail.To(DemoUser.Client.Email));
    }

    [Fact]
    public async Task Two_requests_at_once_send_one_mail()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => coach.Api.PostAsync($"/api/clients/{client.Id}/assessments/retake-requests", null)));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        await App.Mail.WaitForAsync(DemoUser.Client.Email);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Single(App.Mail.To(DemoUser.Client.Email));
        Array.ForEach(answers, a => a.Dispose());
    }
}
