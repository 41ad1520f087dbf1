using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

[Collection(AppCollection.Name)]
public sealed class BindingErrorTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_query_value_of_the_wrong_type_names_its_field()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/api/articles?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor("page"));
        Assert.DoesNotContain("bind", problem.Detail ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
