using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Identity.Persistence;
using CoachingPlatform.IntegrationTests.Assessments;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Accounts;

/// <summary>"My data": the export gathers every module's records of the caller; erasure reaches every module.</summary>
[Collection(AppCollection.Name)]
public sealed class MyDataTests(AppFixture app) : IntegrationTest(app)
{
    private const string Comment = "This guide helped me breathe again.";

    [Fact]
    public async Task The_export_holds_what_every_module_keeps_about_the_client()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await ArrangeDataInEveryModuleAsync(sam);

        using var response = await sam.Api.GetAsync("/api/me/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await response.ReadJsonAsync<JsonElement>();
        Assert.Equal(DemoUser.Client.Email, export.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal(["Client"], export.GetProperty("profile").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Single(export.GetProperty("coaches").EnumerateArray());
        var programs = export.GetProperty("programs");
        var assignment = programs.GetProperty("programs").EnumerateArray().Single(a => a.GetProperty("programTitle").GetString() == RebuildingTrust);
        Assert.Contains(assignment.GetProperty("completedSteps").EnumerateArray(), s => s.GetProperty("reflection").GetString() == "Private words");
        Assert.Contains(assignment.GetProperty("drafts").EnumerateArray(), d => d.GetProperty("reflection").GetString() == "Unfinished words");
        Assert.Contains(programs.GetProperty("wins").EnumerateArray(), w => w.GetProperty("text").GetString() == "We laughed together");
        Assert.Contains(programs.GetProperty("gratitude").EnumerateArray(), g => g.GetProperty("items")[0].GetString() == "Tea");
        Assert.Contains(programs.GetProperty("supportRequests").EnumerateArray(), s => s.GetProperty("message").GetString() == "Need a call");
        Assert.Single(export.GetProperty("assessments").EnumerateArray());
        Assert.Contains(export.GetProperty("comments").EnumerateArray(), c => c.GetProperty("body").GetString() == Comment);
        Assert.Equal("weekly", export.GetProperty("subscription").GetProperty("frequency").GetString());
    }

    [Fact]
    public async Task The_export_needs_a_sign_in_and_covers_only_the_caller()
    {
        using var anonymous = App.CreateClient();
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var refused = await anonymous.GetAsync("/api/me/export");
        using var coachExport = await coach.GetAsync("/api/me/export");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var export = await coachExport.ReadJsonAsync<JsonElement>();
        Assert.Equal(DemoUser.Coach.Email, export.GetProperty("profile").GetProperty("email").GetString());
        Assert.Empty(export.GetProperty("programs").GetProperty("programs").EnumerateArray());
    }

    [Fact]
    public async Task Erasure_needs_the_password()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);

        using var response = await sam.PostAsJsonAsync("/api/me/erasure", new { password = "not-my-password" });
        using var stillThere = await sam.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("password"));
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task Erasure_reaches_every_module_and_the_coach_is_told_without_the_content()
    {
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await ArrangeDataInEveryModuleAsync(sam);
        await App.Outbox.WaitUntilHandledAsync();
        App.Mail.Clear();

        using var erased = await sam.Api.PostAsJsonAsync("/api/me/erasure", new { password = DemoUser.Password });
        var coachMail = await App.Mail.WaitForAsync(m => m.IsTo(DemoUser.Coach.Email), "the coach's mail");
        await App.Outbox.WaitUntilHandledAsync();
        using var anonymous = App.CreateClient();
        using var signIn = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = DemoUser.Client.Email, password = DemoUser.Password });
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var clients = await coach.GetAsync("/api/clients");

        Assert.Equal(HttpStatusCode.Accepted, erased.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal("Sam Taylor has left CoachingPlatform", coachMail.Subject);
        Assert.DoesNotContain("Private words", coachMail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("We laughed together", coachMail.Text, StringComparison.Ordinal);
        Assert.Empty((await clients.ReadJsonAsync<JsonElement>()).EnumerateArray());
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var identity = services.GetRequiredService<IdentityDbContext>();
        var account = await identity.Users.AsNoTracking().SingleAsync(u => u.Id == sam.Id);
        Assert.Null(account.PasswordHash);
        Assert.DoesNotContain("sam", account.Email!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Former client", account.DisplayName);
        var programs = services.GetRequiredService<CoachingPlatform.Programs.Persistence.ProgramsDbContext>();
        Assert.False(await programs.Assignments.AnyAsync(a => a.ClientId == sam.Id));
        Assert.False(await programs.Completions.AnyAsync(c => c.Reflection == "Private words"));
        Assert.False(await programs.Drafts.AnyAsync(d => d.ClientId == sam.Id));
        Assert.False(await programs.Wins.AnyAsync(w => w.ClientId == sam.Id));
        Assert.False(await programs.Gratitude.AnyAsync(g => g.ClientId == sam.Id));
        Assert.False(await programs.SupportRequests.AnyAsync(s => s.ClientId == sam.Id));
        var assessments = services.GetRequiredService<CoachingPlatform.Assessments.Persistence.AssessmentsDbContext>();
        Assert.False(await assessments.WheelOfLifeAssessments.AnyAsync(a => a.OwnerId == sam.Id));
        var subscriptions = services.GetRequiredService<CoachingPlatform.Subscriptions.Persistence.SubscriptionsDbContext>();
        Assert.False(await subscriptions.Subscribers.AnyAsync(s => s.Email == DemoUser.Client.Email));
        var community = services.GetRequiredService<CommunityDbContext>();
        var comment = await community.Comments.AsNoTracking().SingleAsync(c => c.Body == Comment);
        Assert.Equal(("Former member", ""), (comment.AuthorName, comment.Email));
        var clientsDb = services.GetRequiredService<CoachingPlatform.Clients.Persistence.ClientsDbContext>();
        Assert.False(await clientsDb.CoachClients.AnyAsync(c => c.ClientId == sam.Id));
    }

    [Fact]
    public async Task Only_a_client_can_erase_their_account()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/me/erasure", new { password = DemoUser.Password });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Something in each module: a reflection, a draft, a win, gratitude, a support request, a wheel, a comment, a subscription.</summary>
    private async Task ArrangeDataInEveryModuleAsync(Person sam)
    {
        var assignment = await sam.Api.MyAssignmentAsync(RebuildingTrust);
        var open = assignment.Steps.Where(s => s.Status == "available").OrderBy(s => s.Order).ToList();
        await sam.Api.CompleteStepAsync(assignment.Id, open[0].Id, new { reflection = "Private words", shareWithCoach = false });
        (await sam.Api.PutAsJsonAsync($"/api/me/assignments/{assignment.Id}/steps/{open[1].Id}/draft", new { reflection = "Unfinished words" })).EnsureSuccessStatusCode();
        (await sam.Api.PostAsJsonAsync("/api/me/wins", new { text = "We laughed together" })).EnsureSuccessStatusCode();
        (await sam.Api.PutAsJsonAsync("/api/me/gratitude/today", new { items = new[] { "Tea", "Sun", "Rest" } })).EnsureSuccessStatusCode();
        await sam.Api.RaiseSupportAsync(new { assignmentId = assignment.Id, message = "Need a call" });
        (await sam.Api.PostAsJsonAsync("/api/assessments/wheel-of-life", new { scores = WheelOfLifeTests.Scores(6) })).EnsureSuccessStatusCode();
        using var anonymous = App.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/subscriptions", new { email = DemoUser.Client.Email, frequency = "weekly" })).EnsureSuccessStatusCode();
        await using var scope = App.Services.CreateAsyncScope();
        var community = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var article = await community.Articles.FirstAsync();
        community.Comments.Add(CoachingPlatform.Community.Domain.Comment.Post(article.Id, null, "Sam T.", DemoUser.Client.Email, Comment, addressHash: "", App.Clock.UtcNow()));
        await community.SaveChangesAsync();
    }
}
