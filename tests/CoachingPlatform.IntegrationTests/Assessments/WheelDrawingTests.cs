using System.Net;
using System.Xml.Linq;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Assessments.WheelApi;

namespace CoachingPlatform.IntegrationTests.Assessments;

[Collection(AppCollection.Name)]
public sealed class WheelDrawingTests(AppFixture app) : IntegrationTest(app)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task The_wheel_is_served_as_svg_with_one_segment_per_area_at_its_score()
    {
        using var visitor = App.CreateClient();
        var scores = Scores(5, ("career", 9), ("finances", 2));
        var taken = await visitor.TakeWheelAsync(scores);

        using var response = await visitor.GetAsync($"/api/assessments/{taken.Id}/wheel.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        var segments = root.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "segment").ToList();
        Assert.Equal(AreaKeys, segments.Select(s => (string?)s.Attribute("data-area")));
        Assert.Equal(AreaKeys.Select(k => scores[k].ToString(System.Globalization.CultureInfo.InvariantCulture)), segments.Select(s => (string?)s.Attribute("data-score")));
        Assert.StartsWith("Wheel of Life, ", root.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_result_draws_the_same_bytes_every_time()
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(4, ("health", 8)));

        var first = await visitor.GetByteArrayAsync($"/api/assessments/{taken.Id}/wheel.svg");
        var second = await visitor.GetByteArrayAsync($"/api/assessments/{taken.Id}/wheel.svg");

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Comparing_with_the_client_s_earlier_result_overlays_its_outline()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var earlier = await client.Api.TakeWheelAsync(Scores(3));
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await client.Api.TakeWheelAsync(Scores(6));

        var svg = await client.Api.GetStringAsync($"/api/assessments/{later.Id}/wheel.svg?compare={earlier.Id}");

        var outline = Assert.Single(XDocument.Parse(svg).Descendants(Svg + "path"), p => (string?)p.Attribute("class") == "earlier");
        Assert.Equal(string.Join(" ", AreaKeys.Select(k => $"{k}:3")), (string?)outline.Attribute("data-scores"));
    }

    [Fact]
    public async Task The_coach_sees_the_overlay_too()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var earlier = await client.Api.TakeWheelAsync(Scores(3));
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await client.Api.TakeWheelAsync(Scores(6));
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);

        using var response = await coach.Api.GetAsync($"/api/assessments/{later.Id}/wheel.svg?compare={earlier.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"earlier\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparing_with_someone_else_s_or_an_anonymous_result_is_a_404()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var mine = await client.Api.TakeWheelAsync(Scores(6));
        using var visitor = App.CreateClient();
        var anonymous = await visitor.TakeWheelAsync(Scores(4));
        using var coach = await App.SignInAsPersonAsync(DemoUser.Coach);
        using var other = await App.AddClientAsync(coach, "other.client@example.com", "Other Client");
        var theirs = await other.Api.TakeWheelAsync(Scores(2));

        using var withAnonymous = await client.Api.GetAsync($"/api/assessments/{mine.Id}/wheel.svg?compare={anonymous.Id}");
        using var withTheirs = await client.Api.GetAsync($"/api/assessments/{mine.Id}/wheel.svg?compare={theirs.Id}");

        Assert.Equal(HttpStatusCode.NotFound, withAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withTheirs.StatusCode);
    }

    [Fact]
    public async Task Another_person_s_wheel_is_a_404_and_an_anonymous_one_is_drawn_for_anyone()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var owned = await client.Api.TakeWheelAsync(Scores(6));
        using var visitor = App.CreateClient();
        var anonymous = await visitor.TakeWheelAsync(Scores(4));
        using var stranger = App.CreateClient();

        using var ownedByStranger = await stranger.GetAsync($"/api/assessments/{owned.Id}/wheel.svg");
        using var anonymousByStranger = await stranger.GetAsync($"/api/assessments/{anonymous.Id}/wheel.svg");
        using var unknown = await stranger.GetAsync($"/api/assessments/{Guid.CreateVersion7()}/wheel.svg");

        Assert.Equal(HttpStatusCode.NotFound, ownedByStranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymousByStranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
