using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Email;

namespace CoachingPlatform.UnitTests.BuildingBlocks;

public sealed class DeliveryItemTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly RetryPolicy Policy = new(MaxAttempts: 3, BaseDelay: TimeSpan.FromSeconds(5), MaxDelay: TimeSpan.FromSeconds(12));

    [Fact]
    public void Retries_wait_twice_as_long_each_time_up_to_the_maximum()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), Policy.DelayAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(10), Policy.DelayAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(12), Policy.DelayAfter(3));
        Assert.Equal(TimeSpan.FromSeconds(12), Policy.DelayAfter(60));
    }

    [Fact]
    public void A_failure_waits_for_its_backoff_and_the_last_allowed_one_makes_a_dead_letter()
    {
        var mail = NewMail();

        mail.MarkFailed("refused", Now, Policy);
        var firstRetry = mail.NextAttemptAt;
        mail.MarkFailed("refused", Now, Policy);
        mail.MarkFailed("refused again", Now, Policy);

        Assert.Equal(Now.AddSeconds(5), firstRetry);
        Assert.Equal(3, mail.Attempts);
        Assert.True(mail.IsDead);
        Assert.Equal("refused again", mail.Error);
    }

    [Fact]
    public void A_permanent_failure_is_dead_at_once()
    {
        var mail = NewMail();

        mail.MarkFailed("550 no such user", Now, Policy, permanent: true);

        Assert.True(mail.IsDead);
        Assert.Equal(1, mail.Attempts);
    }

    [Fact]
    public void A_retried_dead_letter_gets_a_fresh_set_of_attempts_due_now_and_a_discarded_one_is_no_longer_dead()
    {
        var retried = NewMail();
        var discarded = NewMail();
        retried.MarkFailed("refused", Now, Policy, permanent: true);
        discarded.MarkFailed("refused", Now, Policy, permanent: true);

        retried.Retry(Now.AddHours(1));
        discarded.Discard(Now.AddHours(1));

        Assert.False(retried.IsDead);
        Assert.Equal(0, retried.Attempts);
        Assert.Equal(Now.AddHours(1), retried.NextAttemptAt);
        Assert.False(discarded.IsDead);
        Assert.NotNull(discarded.DiscardedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_mail_needs_a_key(string key) =>
        Assert.Throws<ArgumentException>(() => OutgoingMail.Create(key, new EmailMessage("a@example.com", "Hi", "<p>Hi</p>", "Hi"), Now));

    [Fact]
    public void A_queued_mail_gives_back_the_message_it_was_made_from()
    {
        var message = new EmailMessage("a@example.com", "Hi", "<p>Hi</p>", "Hi") { ToName = "A", Headers = new Dictionary<string, string> { ["List-Id"] = "news" } };

        var back = OutgoingMail.Create("key", message, Now).ToMessage();

        Assert.Equal(message with { Headers = back.Headers }, back);
        Assert.Equal("news", back.Headers["List-Id"]);
    }

    private static OutgoingMail NewMail() => OutgoingMail.Create("key", new EmailMessage("a@example.com", "Hi", "<p>Hi</p>", "Hi"), Now);
}
