using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Seeding;

namespace CoachingPlatform.UnitTests.Community;

public sealed class ArticleTests
{
    private static readonly DateTime PublishedAt = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_published_article_is_addressed_by_the_slug_of_its_title()
    {
        var article = Article.Publish("  Small Promises, Kept ", "  Trust comes back slowly.\n\nOne promise at a time.  ", PublishedAt);

        Assert.Equal("small-promises-kept", article.Slug);
        Assert.Equal("Small Promises, Kept", article.Title);
        Assert.Equal("Trust comes back slowly.\n\nOne promise at a time.", article.Body);
        Assert.Equal(PublishedAt, article.PublishedAt);
    }

    [Theory]
    [InlineData("", "A body.")]
    [InlineData("   ", "A body.")]
    [InlineData("A title", "")]
    [InlineData("A title", "  \n ")]
    public void An_article_needs_a_title_and_a_body(string title, string body)
    {
        var refused = Record.Exception(() => Article.Publish(title, body, PublishedAt));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void A_title_that_gives_no_slug_is_refused()
    {
        var refused = Record.Exception(() => Article.Publish("💔 ?!", "A body.", PublishedAt));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void A_title_or_body_longer_than_allowed_is_refused()
    {
        var longTitle = Record.Exception(() => Article.Publish(new string('a', Article.TitleMaxLength + 1), "A body.", PublishedAt));
        var longBody = Record.Exception(() => Article.Publish("A title", new string('a', Article.BodyMaxLength + 1), PublishedAt));

        Assert.IsType<ArgumentException>(longTitle);
        Assert.IsType<ArgumentException>(longBody);
    }

    [Fact]
    public void The_guide_loads_with_its_title_and_single_blank_lines_between_paragraphs()
    {
        var (title, body) = GuideArticle.Load();

        Assert.Equal("Rebuilding Trust After a Breakup or Betrayal: Steps to Heal and Grow", title);
        Assert.StartsWith("Trust is the cornerstone of any relationship.\n\nWhen it", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', body);
    }

    [Fact]
    public void The_guide_can_be_published_as_it_is()
    {
        var (title, body) = GuideArticle.Load();

        var article = Article.Publish(title, body, PublishedAt);

        Assert.Equal("rebuilding-trust-after-a-breakup-or-betrayal-steps-to-heal-and-grow", article.Slug);
    }
}
