using CoachingPlatform.Subscriptions.Domain;

namespace CoachingPlatform.UnitTests.Subscriptions;

public sealed class SubscriptionTokensTests
{
    [Fact]
    public void A_new_token_is_url_safe_and_long_enough_to_be_unguessable()
    {
        var (token, _) = SubscriptionTokens.New();

        Assert.Equal(token, Uri.EscapeDataString(token));
        Assert.Equal(43, token.Length);
    }

    [Fact]
    public void Every_token_is_different()
    {
        var (first, _) = SubscriptionTokens.New();
        var (second, _) = SubscriptionTokens.New();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_hash_is_the_hex_sha256_of_the_token_and_fits_the_column()
    {
        var (token, hash) = SubscriptionTokens.New();

        Assert.Equal(SubscriptionTokens.Hash(token), hash);
        Assert.Equal(SubscriptionTokens.HashLength, hash.Length);
        Assert.Matches("^[0-9A-F]+$", hash);
    }

    [Fact]
    public void A_different_token_has_a_different_hash()
    {
        var first = SubscriptionTokens.Hash("token-one");
        var second = SubscriptionTokens.Hash("token-two");

        Assert.NotEqual(first, second);
    }
}
