using CoachingPlatform.Subscriptions.Domain;

namespace CoachingPlatform.UnitTests.Subscriptions;

public sealed class SubscriberTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_subscriber_is_unconfirmed_with_a_normalized_address()
    {
        var (subscriber, _) = Subscriber.Subscribe("  Sam.Rivera@Example.COM ", DigestFrequency.Daily, Now);

        Assert.Equal("sam.rivera@example.com", subscriber.Email);
        Assert.Equal(DigestFrequency.Daily, subscriber.Frequency);
        Assert.Equal(Now, subscriber.SubscribedAt);
        Assert.Equal(Now, subscriber.ConfirmationSentAt);
        Assert.False(subscriber.IsConfirmed);
        Assert.Null(subscriber.ConfirmedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-an-address")]
    public void An_address_without_an_at_sign_is_refused(string email)
    {
        var refused = Record.Exception(() => Subscriber.Subscribe(email, DigestFrequency.Weekly, Now));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void An_address_longer_than_allowed_is_refused()
    {
        var email = new string('a', Subscriber.EmailMaxLength - "@example.com".Length + 1) + "@example.com";

        var refused = Record.Exception(() => Subscriber.Subscribe(email, DigestFrequency.Weekly, Now));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void Only_the_hash_of_the_confirmation_token_is_kept()
    {
        var (subscriber, token) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);

        Assert.Equal(SubscriptionTokens.Hash(token), subscriber.ConfirmTokenHash);
        Assert.DoesNotContain(token, subscriber.ConfirmTokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_again_replaces_the_token_so_the_old_one_stops_working()
    {
        var (subscriber, first) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);

        var second = subscriber.RenewConfirmation(DigestFrequency.Weekly, Now.AddHours(1));

        Assert.NotEqual(first, second);
        Assert.Equal(SubscriptionTokens.Hash(second), subscriber.ConfirmTokenHash);
        Assert.NotEqual(SubscriptionTokens.Hash(first), subscriber.ConfirmTokenHash);
    }

    [Fact]
    public void Asking_again_keeps_the_frequency_chosen_last_and_restarts_the_lifetime()
    {
        var (subscriber, _) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);
        var askedAgainAt = Now.AddDays(6);

        subscriber.RenewConfirmation(DigestFrequency.Daily, askedAgainAt);

        Assert.Equal(DigestFrequency.Daily, subscriber.Frequency);
        Assert.Equal(askedAgainAt, subscriber.ConfirmationSentAt);
        Assert.True(subscriber.CanConfirm(Now + Subscriber.ConfirmationLifetime));
        Assert.Equal(Now, subscriber.SubscribedAt);
    }

    [Fact]
    public void A_confirmed_subscriber_gets_no_new_confirmation()
    {
        var (subscriber, _) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);
        subscriber.Confirm(Now.AddHours(1));
        var hash = subscriber.ConfirmTokenHash;

        var refused = Record.Exception(() => subscriber.RenewConfirmation(DigestFrequency.Daily, Now.AddHours(2)));

        Assert.IsType<InvalidOperationException>(refused);
        Assert.Equal(DigestFrequency.Weekly, subscriber.Frequency);
        Assert.Equal(hash, subscriber.ConfirmTokenHash);
    }

    [Fact]
    public void A_confirmation_link_works_until_just_before_it_expires()
    {
        var (subscriber, _) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);

        var atOnce = subscriber.CanConfirm(Now);
        var onLastMoment = subscriber.CanConfirm(Now + Subscriber.ConfirmationLifetime - TimeSpan.FromSeconds(1));

        Assert.True(atOnce);
        Assert.True(onLastMoment);
    }

    [Fact]
    public void A_confirmation_link_does_not_work_from_its_expiry_on()
    {
        var (subscriber, _) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);

        var atExpiry = subscriber.CanConfirm(Now + Subscriber.ConfirmationLifetime);
        var later = subscriber.CanConfirm(Now + Subscriber.ConfirmationLifetime + TimeSpan.FromDays(30));

        Assert.False(atExpiry);
        Assert.False(later);
    }

    [Fact]
    public void Confirming_in_time_confirms_the_subscriber()
    {
        var (subscriber, _) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);
        var confirmedAt = Now.AddDays(2);

        subscriber.Confirm(confirmedAt);

        Assert.True(subscriber.IsConfirmed);
        Assert.Equal(confirmedAt, subscriber.ConfirmedAt);
    }

    [Fact]
    public void Confirming_an_expired_link_is_refused_and_leaves_the_subscriber_unconfirmed()
    {
        var (subscriber, _) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);

        var refused = Record.Exception(() => subscriber.Confirm(Now + Subscriber.ConfirmationLifetime));

        Assert.IsType<InvalidOperationException>(refused);
        Assert.False(subscriber.IsConfirmed);
    }

    [Fact]
    public void Confirming_again_keeps_the_first_confirmation_even_after_the_link_expired()
    {
        var (subscriber, _) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);
        var firstConfirmation = Now.AddDays(1);
        subscriber.Confirm(firstConfirmation);

        var canConfirmLater = subscriber.CanConfirm(Now + Subscriber.ConfirmationLifetime + TimeSpan.FromDays(1));
        subscriber.Confirm(Now + Subscriber.ConfirmationLifetime + TimeSpan.FromDays(1));

        Assert.True(canConfirmLater);
        Assert.Equal(firstConfirmation, subscriber.ConfirmedAt);
    }

    [Fact]
    public void Subscribing_again_after_leaving_starts_a_new_opt_in_and_a_new_link_generation()
    {
        var (subscriber, token) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);
        subscriber.Confirm(Now);
        subscriber.ChangePreferences(DigestFrequency.Weekly, paused: true);
        subscriber.Unsubscribe(Now);

        var again = subscriber.Resubscribe(DigestFrequency.Daily, Now.AddDays(30));

        Assert.NotEqual(token, again);
        Assert.Equal(1, subscriber.LinkGeneration);
        Assert.Equal("pending", subscriber.Status);
        Assert.False(subscriber.Paused);
        Assert.Equal(DigestFrequency.Daily, subscriber.Frequency);
    }

    [Fact]
    public void An_ended_subscription_cannot_change_its_preferences()
    {
        var (subscriber, _) = Subscriber.Subscribe("sam@example.com", DigestFrequency.Weekly, Now);
        subscriber.Confirm(Now);
        subscriber.Unsubscribe(Now);

        Assert.Throws<InvalidOperationException>(() => subscriber.ChangePreferences(DigestFrequency.Daily, null));
        Assert.Equal("unsubscribed", subscriber.Status);
    }
}
