using System.Net.Http.Json;
using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.Programs.Persistence;
using CoachingPlatform.Programs.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Programs;

namespace CoachingPlatform.IntegrationTests.Assessments;

/// <summary>The built-in program invites the client to retake the wheel after step 4 and at completion.</summary>
[Collection(AppCollection.Name)]
public sealed class RetakeMilestoneTests(AppFixture app) : IntegrationTest(app)
{
    public sealed record MilestoneStep(int Order, bool RetakeWheel);

    public sealed record MilestoneProgram(IReadOnlyList<MilestoneStep> Steps);

    [Fact]
    public async Task The_built_in_program_marks_step_four_and_the_last_step_as_milestones()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        var programId = await coach.Api.ProgramIdAsync(ProgramsApi.RebuildingTrust);

        using var response = await coach.Api.GetAsync($"/api/programs/{programId}");

        var program = await response.ReadJsonAsync<MilestoneProgram>();
        Assert.Equal([4, 7], program.Steps.Where(s => s.RetakeWheel).Select(s => s.Order));
    }

    [Fact]
    public async Task Completing_step_four_invites_the_client_to_retake_the_wheel_once()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.AddClientAsync(coach, "new.client@example.com", "New Client");
        await coach.Api.AssignAsync(client.Id, await coach.Api.ProgramIdAsync(ProgramsApi.RebuildingTrust));
        var assignment = await client.Api.MyAssignmentAsync(ProgramsApi.RebuildingTrust);
        var steps = assignment.Steps.OrderBy(s => s.Order).ToList();
        for (var i = 0; i < 3; i++)
        {
            await client.Api.CompleteStepAsync(assignment.Id, steps[i].Id);
        }

        await App.Outbox.WaitUntilHandledAsync();
        Assert.DoesNotContain(App.Mail.To(client.Email), m => m.Subject.Contains("Wheel of Life", StringComparison.Ordinal));

        using var fourth = await client.Api.CompleteAsync(assignment.Id, steps[3].Id);
        using var again = await client.Api.CompleteAsync(assignment.Id, steps[3].Id);
        await App.Outbox.WaitUntilHandledAsync();

        Assert.True((await fourth.ReadJsonAsync<System.Text.Json.JsonElement>()).GetProperty("retakeWheel").GetBoolean());
        Assert.False((await again.ReadJsonAsync<System.Text.Json.JsonElement>()).GetProperty("retakeWheel").GetBoolean());
        var mail = Assert.Single(App.Mail.To(client.Email), m => m.Subject.Contains("Wheel of Life", StringComparison.Ordinal));
        Assert.Contains("step 4", mail.Text, StringComparison.Ordinal);
        Assert.Equal("/wheel-of-life", mail.LinkTo("/wheel-of-life").AbsolutePath);
    }

    [Fact]
    public async Task Completing_the_program_invites_the_client_again()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var client = await App.AddClientAsync(coach, "new.client@example.com", "New Client");
        await coach.Api.AssignAsync(client.Id, await coach.Api.ProgramIdAsync(ProgramsApi.RebuildingTrust));

        await client.Api.CompleteRemainingStepsAsync(await client.Api.MyAssignmentAsync(ProgramsApi.RebuildingTrust));
        await App.Outbox.WaitUntilHandledAsync();

        var invitations = App.Mail.To(client.Email).Where(m => m.Subject.Contains("Wheel of Life", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, invitations.Count);
        Assert.Contains(invitations, m => m.Text.Contains($"You have completed \"{ProgramsApi.RebuildingTrust}\".", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_coach_marks_a_step_of_their_own_program_as_a_milestone()
    {
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var created = await coach.Api.PostAsJsonAsync("/api/programs", new
        {
            title = "Two steps",
            summary = "A short program.",
            steps = new[] { ProgramsApi.NewStep("First"), new { title = "Second", whyItMatters = "Why.", howTo = "How.", retakeWheel = true } },
        });
        var programId = (await created.ReadJsonAsync<ProgramsApi.Created>()).Id;
        using var client = await App.AddClientAsync(coach, "new.client@example.com", "New Client");
        await coach.Api.AssignAsync(client.Id, programId);

        using var response = await coach.Api.GetAsync($"/api/programs/{programId}");
        await client.Api.CompleteRemainingStepsAsync(await client.Api.MyAssignmentAsync("Two steps"));
        await App.Outbox.WaitUntilHandledAsync();

        Assert.Equal([2], (await response.ReadJsonAsync<MilestoneProgram>()).Steps.Where(s => s.RetakeWheel).Select(s => s.Order));
        Assert.Single(App.Mail.To(client.Email), m => m.Subject.Contains("Wheel of Life", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Starting_again_marks_the_milestones_of_a_built_in_program_seeded_before_they_existed()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProgramsDbContext>();
            var steps = await db.Steps.Where(s => s.RetakeWheel).ToListAsync();
            steps.ForEach(s => s.MarkRetakeWheel(false));
            await db.SaveChangesAsync();
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IModuleInitializer>().OfType<ProgramsSeeder>().Single().InitializeAsync(CancellationToken.None);
        }

        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var response = await coach.Api.GetAsync($"/api/programs/{await coach.Api.ProgramIdAsync(ProgramsApi.RebuildingTrust)}");
        Assert.Equal([4, 7], (await response.ReadJsonAsync<MilestoneProgram>()).Steps.Where(s => s.RetakeWheel).Select(s => s.Order));
    }
}
