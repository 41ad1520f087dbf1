using CoachingPlatform.Community.Domain;

namespace CoachingPlatform.UnitTests.Community;

public sealed class CommentTests
{
    private static readonly DateTime PostedAt = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid ArticleId = Guid.CreateVersion7();

    [Fact]
    public void A_new_comment_waits_for_moderation()
    {
        var comment = Post();

        Assert.Equal(CommentStatus.Pending, comment.Status);
        Assert.NotEqual(Guid.Empty, comment.Id);
        Assert.Equal(ArticleId, comment.ArticleId);
        Assert.Equal(PostedAt, comment.PostedAt);
    }

    [Fact]
    public void A_reply_names_its_parent()
    {
        var parent = Post();

        var reply = Comment.Post(ArticleId, parent.Id, "Morgan", "morgan@example.com", "Thank you for sharing.", PostedAt.AddHours(1));

        Assert.Equal(parent.Id, reply.ParentId);
        Assert.Null(parent.ParentId);
    }

    [Fact]
    public void Author_email_and_body_are_trimmed()
    {
        var comment = Comment.Post(ArticleId, null, "  Priya N. ", " priya@example.com ", "\n  Step one hit home.\nThank you. \n", PostedAt);

        Assert.Equal("Priya N.", comment.AuthorName);
        Assert.Equal("priya@example.com", comment.Email);
        Assert.Equal("Step one hit home.\nThank you.", comment.Body);
    }

    [Theory]
    [InlineData("", "priya@example.com", "A comment.")]
    [InlineData("  ", "priya@example.com", "A comment.")]
    [InlineData("Priya", "", "A comment.")]
    [InlineData("Priya", "priya@example.com", "")]
    [InlineData("Priya", "priya@example.com", " \n ")]
    public void A_comment_needs_an_author_an_email_and_a_body(string authorName, string email, string body)
    {
        var refused = Record.Exception(() => Comment.Post(ArticleId, null, authorName, email, body, PostedAt));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void Fields_longer_than_allowed_are_refused()
    {
        var longName = Record.Exception(() => Comment.Post(ArticleId, null, new string('a', Comment.AuthorNameMaxLength + 1), "a@example.com", "Body", PostedAt));
        var longEmail = Record.Exception(() => Comment.Post(ArticleId, null, "Priya", new string('a', Comment.EmailMaxLength + 1), "Body", PostedAt));
        var longBody = Record.Exception(() => Comment.Post(ArticleId, null, "Priya", "a@example.com", new string('a', Comment.BodyMaxLength + 1), PostedAt));

        Assert.IsType<ArgumentException>(longName);
        Assert.IsType<ArgumentException>(longEmail);
        Assert.IsType<ArgumentException>(longBody);
    }

    [Fact]
    public void Fields_of_exactly_the_maximum_length_are_accepted()
    {
        var comment = Comment.Post(ArticleId, null, new string('a', Comment.AuthorNameMaxLength), new string('b', Comment.EmailMaxLength),
            new string('c', Comment.BodyMaxLength), PostedAt);

        Assert.Equal(Comment.BodyMaxLength, comment.Body.Length);
    }

    [Theory]
    [InlineData(nameof(CommentStatus.Approved))]
    [InlineData(nameof(CommentStatus.Rejected))]
    [InlineData(nameof(CommentStatus.Spam))]
    public void A_moderator_decides_approve_reject_or_spam(string decisionName)
    {
        var comment = Post();
        var decision = Enum.Parse<CommentStatus>(decisionName);

        comment.Decide(decision);

        Assert.Equal(decision, comment.Status);
    }

    [Fact]
    public void A_decision_may_be_revised()
    {
        var comment = Post();
        comment.Decide(CommentStatus.Approved);

        comment.Decide(CommentStatus.Spam);

        Assert.Equal(CommentStatus.Spam, comment.Status);
    }

    [Fact]
    public void A_decision_never_puts_a_comment_back_to_pending()
    {
        var comment = Post();
        comment.Decide(CommentStatus.Approved);

        var refused = Record.Exception(() => comment.Decide(CommentStatus.Pending));

        Assert.IsType<ArgumentException>(refused);
        Assert.Equal(CommentStatus.Approved, comment.Status);
    }

    private static Comment Post() => Comment.Post(ArticleId, null, "Priya N.", "priya@example.com", "Step one hit home.", PostedAt);
}
