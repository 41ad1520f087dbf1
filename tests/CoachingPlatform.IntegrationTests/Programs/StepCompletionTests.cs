using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Programs.ProgramsApi;

namespace CoachingPlatform.IntegrationTests.Programs;

[Collection(AppCollection.Name)]
public sealed class StepCompletionTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Completing_a_step_returns_the_new_percent_and_keeps_the_answer()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var third = assignment.Steps.Single(s => s.Order == 3);

        using var response = await sam.CompleteAsync(assignment.Id, third.Id, new { reflection = "  Weekly check-ins feel fair.  ", shareWithCoach = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var completed = await response.ReadJsonAsync<Completed>();
        Assert.Equal((42, "completed", false, null), (completed.Percent, completed.Status, completed.ProgramCompleted, completed.CompletedAt));
        var page = await sam.MyStepAsync(assignment.Id, third.Id);
        Assert.Equal(("completed", "Weekly check-ins feel fair.", true), (page.Status, page.Completion?.Reflection, page.Completion?.SharedWithCoach));
        Assert.Equal(App.Clock.UtcNow(), page.Completion?.CompletedAt);
    }

    [Fact]
    public async Task Completing_a_step_twice_is_harmless()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var third = assignment.Steps.Single(s => s.Order == 3);
        var first = await sam.CompleteStepAsync(assignment.Id, third.Id, new { reflection = "First thoughts." });
        var completedAt = App.Clock.UtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        using var again = await sam.CompleteAsync(assignment.Id, third.Id);
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first, await again.ReadJsonAsync<Completed>());
        var page = await sam.MyStepAsync(assignment.Id, third.Id);
        Assert.Equal((42, "First thoughts.", completedAt), (page.Percent, page.Completion?.Reflection, page.Completion?.CompletedAt));
        Assert.Single(await sam.TimelineAsync(), i => i.Kind == "step" && i.Text == third.Title);
    }

    [Fact]
    public async Task Completing_a_locked_step_is_a_conflict()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await coach.AssignAsync(sam.Id, await coach.ProgramIdAsync(TrustInYourself), paceDays: 7);
        var paced = await sam.Api.MyAssignmentAsync(TrustInYourself);

        using var response = await sam.Api.CompleteAsync(paced.Id, paced.Steps.Single(s => s.Order == 2).Id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await response.ReadProblemAsync()).Status);
        Assert.Equal(0, (await sam.Api.MyAssignmentAsync(TrustInYourself)).Percent);
    }

    [Fact]
    public async Task A_locked_step_can_be_completed_once_its_day_has_come()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);
        using var sam = await App.SignInAsPersonAsync(DemoUser.Client);
        await coach.AssignAsync(sam.Id, await coach.ProgramIdAsync(TrustInYourself), paceDays: 7);
        var paced = await sam.Api.MyAssignmentAsync(TrustInYourself);
        App.Clock.Advance(TimeSpan.FromDays(7));
        using var later = await App.SignInAgainAsync(sam);

        using var response = await later.Api.CompleteAsync(paced.Id, paced.Steps.Single(s => s.Order == 2).Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["available", "completed", "locked", "locked"], (await later.Api.MyAssignmentAsync(TrustInYourself)).Steps.Select(s => s.Status));
    }

    [Fact]
    public async Task Ticking_the_self_healing_checklist_is_kept_with_the_step()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var selfHealing = assignment.Steps.Single(s => s.Order == 4);
        string[] ticked = ["Write down three things you're grateful for each day.", "Practice mindfulness to stay grounded."];

        using var response = await sam.CompleteAsync(assignment.Id, selfHealing.Id, new { checkedItems = ticked });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await sam.MyStepAsync(assignment.Id, selfHealing.Id);
        Assert.Equal(ticked, page.Completion?.CheckedItems);
    }

    [Fact]
    public async Task An_item_that_is_not_on_the_steps_checklist_is_refused()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var selfHealing = assignment.Steps.Single(s => s.Order == 4);

        using var response = await sam.CompleteAsync(assignment.Id, selfHealing.Id, new { checkedItems = new[] { "Practice mindfulness to stay grounded.", "Run a marathon" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblemAsync()).ErrorsFor("checkedItems");
        Assert.Contains(errors, e => e.Contains("Run a marathon", StringComparison.Ordinal));
        Assert.Equal("available", (await sam.MyAssignmentAsync(RebuildingTrust)).Steps.Single(s => s.Order == 4).Status);
    }

    [Fact]
    public async Task A_reflection_over_4000_characters_is_refused()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);

        using var response = await sam.CompleteAsync(assignment.Id, assignment.Steps.Single(s => s.Order == 3).Id, new { reflection = new string('x', 4001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("reflection"));
    }

    [Fact]
    public async Task Finishing_the_program_tells_the_client_and_mails_the_coach_once()
    {
        using var sam = await App.SignInAsync(DemoUser.Client);
        var assignment = await sam.MyAssignmentAsync(RebuildingTrust);
        var last = assignment.Steps.Single(s => s.Order == 7);

        var finished = await sam.CompleteRemainingStepsAsync(assignment);
        using var again = await sam.CompleteAsync(assignment.Id, last.Id, new { reflection = "Still celebrating." });
        var mail = await App.Mail.WaitForAsync(m => m.IsTo(DemoUser.Coach.Email) && m.Subject == "Sam Taylor completed a program", "the coach's mail");
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal((100, true), (finished.Percent, finished.ProgramCompleted));
        Assert.Equal(App.Clock.UtcNow(), finished.CompletedAt);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(RebuildingTrust, mail.Text, StringComparison.Ordinal);
        Assert.Single(App.Mail.To(DemoUser.Coach.Email));
        Assert.NotNull((await sam.MyAssignmentAsync(RebuildingTrust)).CompletedAt);
    }
}
