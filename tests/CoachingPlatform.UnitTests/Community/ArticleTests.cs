using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Rendering;
using CoachingPlatform.Community.Seeding;

namespace CoachingPlatform.UnitTests.Community;

public sealed class ArticleTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_published_article_is_addressed_by_the_slug_of_its_title()
    {
        var article = Article.Publish("  Small Promises, Kept ", "  Trust comes back slowly.\n\nOne promise at a time.  ", "Trust comes back slowly.", Now);

        Assert.Equal("small-promises-kept", article.Slug);
        Assert.Equal("Small Promises, Kept", article.Title);
        Assert.Equal("Trust comes back slowly.\n\nOne promise at a time.", article.Body);
        Assert.Equal(Now, article.PublishedAt);
        Assert.True(article.IsPublished);
    }

    [Fact]
    public void A_draft_is_not_published_until_it_is()
    {
        var article = Article.Draft("small-promises", "Small Promises", "Body.", "Body.", Now);

        Assert.False(article.IsPublished);
        Assert.True(article.Publish(Now.AddHours(1)));
        Assert.False(article.Publish(Now.AddHours(2)));
        Assert.Equal(Now.AddHours(1), article.PublishedAt);
    }

    [Fact]
    public void Unpublishing_takes_the_article_off_and_publishing_again_dates_it_anew()
    {
        var article = Article.Publish("Small Promises", "Body.", "Body.", Now);

        Assert.True(article.Unpublish(Now.AddDays(1)));
        Assert.False(article.Unpublish(Now.AddDays(1)));
        Assert.Null(article.PublishedAt);
        Assert.True(article.Publish(Now.AddDays(2)));
        Assert.Equal(Now.AddDays(2), article.PublishedAt);
    }

    [Fact]
    public void Revising_keeps_the_slug()
    {
        var article = Article.Publish("Small Promises", "Body.", "Body.", Now);

        article.Revise("Small Promises, Kept Weekly", "New body.", "New body.", Now.AddDays(1));

        Assert.Equal("small-promises", article.Slug);
        Assert.Equal("Small Promises, Kept Weekly", article.Title);
        Assert.Equal(Now.AddDays(1), article.UpdatedAt);
    }

    [Theory]
    [InlineData("", "A body.")]
    [InlineData("   ", "A body.")]
    [InlineData("A title", "")]
    [InlineData("A title", "  \n ")]
    public void An_article_needs_a_title_and_a_body(string title, string body)
    {
        var refused = Record.Exception(() => Article.Publish(title, body, "", Now));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void A_title_that_gives_no_slug_is_refused()
    {
        var refused = Record.Exception(() => Article.Publish("💔 ?!", "A body.", "", Now));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void A_title_or_body_longer_than_allowed_is_refused()
    {
        var longTitle = Record.Exception(() => Article.Publish(new string('a', Article.TitleMaxLength + 1), "A body.", "", Now));
        var longBody = Record.Exception(() => Article.Publish("A title", new string('a', Article.BodyMaxLength + 1), "", Now));

        Assert.IsType<ArgumentException>(longTitle);
        Assert.IsType<ArgumentException>(longBody);
    }

    [Fact]
    public void The_guide_loads_with_its_title_and_its_text_only()
    {
        var (title, body) = GuideArticle.Load();

        Assert.Equal("Rebuilding Trust After a Breakup or Betrayal: Steps to Heal and Grow", title);
        Assert.StartsWith("Trust is the cornerstone of any relationship.\n\nWhen it", body, StringComparison.Ordinal);
        Assert.EndsWith("for more tips on personal growth and relationship advice.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("COPYRIGHT", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("POWERED BY", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Free Life Assesment Tool", body, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', body);
    }

    [Fact]
    public void The_guide_renders_its_steps_as_headings_its_advice_as_lists_and_the_quote_as_a_quote()
    {
        var (title, body) = GuideArticle.Load();

        var html = new ArticleRenderer().ToHtml(body);

        Assert.Contains("<h2>Why Is Trust So Hard to Rebuild?</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>1. Acknowledge the Pain</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>7. Celebrate Small Wins</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Write down three things you’re grateful for each day.</li>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Equal("rebuilding-trust-after-a-breakup-or-betrayal-steps-to-heal-and-grow", Article.Publish(title, body, "", Now).Slug);
    }
}
