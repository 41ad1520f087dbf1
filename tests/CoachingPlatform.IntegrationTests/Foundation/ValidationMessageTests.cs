using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

/// <summary>Refusals read as plain sentences naming the field as the page labels it.</summary>
[Collection(AppCollection.Name)]
public sealed class ValidationMessageTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_program_step_without_how_to_names_the_field_as_the_editor_labels_it()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/programs", new
        {
            title = "Mine",
            steps = new[] { new { title = "One", whyItMatters = "Because.", howTo = "" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["How to do it is required."], (await response.ReadProblemAsync()).ErrorsFor("steps[0].howTo"));
    }

    [Fact]
    public async Task An_invitation_without_a_name_or_with_a_bad_address_says_so_plainly()
    {
        using var coach = await App.SignInAsync(DemoUser.Coach);

        using var response = await coach.PostAsJsonAsync("/api/clients", new { email = "not-an-address", displayName = "" });

        var problem = await response.ReadProblemAsync();
        Assert.Equal(["Name is required."], problem.ErrorsFor("displayName"));
        Assert.Equal(["Email is not a valid email address."], problem.ErrorsFor("email"));
    }
}
