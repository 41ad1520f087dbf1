using CoachingPlatform.Community.Domain;

namespace CoachingPlatform.UnitTests.Community;

public sealed class CommentTests
{
    private static readonly DateTime PostedAt = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid ArticleId = Guid.CreateVersion7();

    [Fact]
    public void A_new_comment_waits_for_moderation_and_starts_its_own_thread()
    {
        var comment = Post();

        Assert.Equal(CommentStatus.Pending, comment.Status);
        Assert.NotEqual(Guid.Empty, comment.Id);
        Assert.Equal(ArticleId, comment.ArticleId);
        Assert.Equal(PostedAt, comment.PostedAt);
        Assert.Equal(comment.Id, comment.ThreadId);
        Assert.Equal(0, comment.Depth);
    }

    [Fact]
    public void A_reply_names_its_parent_and_joins_the_parent_s_thread_one_level_deeper()
    {
        var parent = Post();
        var reply = Comment.Post(ArticleId, parent, "Morgan", "morgan@example.com", "Thank you for sharing.", "", PostedAt.AddHours(1));

        var replyToReply = Comment.Post(ArticleId, reply, "Priya", "priya@example.com", "Thank you, Morgan.", "", PostedAt.AddHours(2));

        Assert.Equal(parent.Id, reply.ParentId);
        Assert.Equal(parent.Id, replyToReply.ThreadId);
        Assert.Equal(2, replyToReply.Depth);
        Assert.Null(parent.ParentId);
    }

    [Fact]
    public void A_reply_belongs_to_the_article_of_its_parent()
    {
        var parent = Post();

        var refused = Record.Exception(() => Comment.Post(Guid.CreateVersion7(), parent, "Morgan", "m@example.com", "Hello there.", "", PostedAt));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void Author_and_email_are_trimmed_and_the_body_keeps_its_inner_line_breaks()
    {
        var comment = Comment.Post(ArticleId, null, "  Priya N. ", " priya@example.com ", "\r\n  Step one hit home.\r\n\r\nThank you. \n", "", PostedAt);

        Assert.Equal("Priya N.", comment.AuthorName);
        Assert.Equal("priya@example.com", comment.Email);
        Assert.Equal("Step one hit home.\n\nThank you.", comment.Body);
    }

    [Theory]
    [InlineData("", "priya@example.com", "A comment.")]
    [InlineData("  ", "priya@example.com", "A comment.")]
    [InlineData("Priya", "", "A comment.")]
    [InlineData("Priya", "priya@example.com", "")]
    [InlineData("Priya", "priya@example.com", " \n ")]
    [InlineData("Priya", "priya@example.com", " a ")]
    public void A_comment_needs_an_author_an_email_and_a_body_of_two_characters_or_more(string authorName, string email, string body)
    {
        var refused = Record.Exception(() => Comment.Post(ArticleId, null, authorName, email, body, "", PostedAt));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void Fields_longer_than_allowed_are_refused()
    {
        var longName = Record.Exception(() => Comment.Post(ArticleId, null, new string('a', Comment.AuthorNameMaxLength + 1), "a@example.com", "Body", "", PostedAt));
        var longEmail = Record.Exception(() => Comment.Post(ArticleId, null, "Priya", new string('a', Comment.EmailMaxLength + 1), "Body", "", PostedAt));
        var longBody = Record.Exception(() => Comment.Post(ArticleId, null, "Priya", "a@example.com", new string('a', Comment.BodyMaxLength + 1), "", PostedAt));

        Assert.IsType<ArgumentException>(longName);
        Assert.IsType<ArgumentException>(longEmail);
        Assert.IsType<ArgumentException>(longBody);
    }

    [Fact]
    public void Fields_of_exactly_the_limits_are_accepted()
    {
        var longest = Comment.Post(ArticleId, null, new string('a', Comment.AuthorNameMaxLength), new string('b', Comment.EmailMaxLength),
            new string('c', Comment.BodyMaxLength), "", PostedAt);
        var shortest = Comment.Post(ArticleId, null, "P", "p@example.com", "ok", "", PostedAt);

        Assert.Equal(5000, longest.Body.Length);
        Assert.Equal(2, shortest.Body.Length);
    }

    [Fact]
    public void Screening_keeps_the_score_the_reasons_and_the_status()
    {
        var comment = Post();

        comment.Screen(new SpamVerdict(12, ["3 links", "blocked word \"casino\""]), CommentStatus.Spam);

        Assert.Equal(CommentStatus.Spam, comment.Status);
        Assert.Equal(12, comment.SpamScore);
        Assert.Equal(["3 links", "blocked word \"casino\""], comment.Reasons);
    }

    [Theory]
    [InlineData(nameof(CommentStatus.Approved))]
    [InlineData(nameof(CommentStatus.Rejected))]
    [InlineData(nameof(CommentStatus.Spam))]
    public void A_moderator_decides_approve_reject_or_spam_and_the_decision_returns_the_previous_status(string decisionName)
    {
        var comment = Post();
        var decision = Enum.Parse<CommentStatus>(decisionName);

        var from = comment.Decide(decision, PostedAt.AddHours(1));

        Assert.Equal(CommentStatus.Pending, from);
        Assert.Equal(decision, comment.Status);
        Assert.Equal(PostedAt.AddHours(1), comment.StatusChangedAt);
    }

    [Fact]
    public void A_decision_may_be_revised()
    {
        var comment = Post();
        comment.Decide(CommentStatus.Approved, PostedAt);

        var from = comment.Decide(CommentStatus.Spam, PostedAt.AddDays(1));

        Assert.Equal(CommentStatus.Approved, from);
        Assert.Equal(CommentStatus.Spam, comment.Status);
    }

    [Fact]
    public void A_decision_never_puts_a_comment_back_to_pending()
    {
        var comment = Post();
        comment.Decide(CommentStatus.Approved, PostedAt);

        var refused = Record.Exception(() => comment.Decide(CommentStatus.Pending, PostedAt));

        Assert.IsType<ArgumentException>(refused);
        Assert.Equal(CommentStatus.Approved, comment.Status);
    }

    private static Comment Post() => Comment.Post(ArticleId, null, "Priya N.", "priya@example.com", "Step one hit home.", "", PostedAt);
}
