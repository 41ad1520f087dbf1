using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

[Collection(AppCollection.Name)]
public sealed class HealthTests(AppFixture app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_ok_to_anyone(string path)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
