using CoachingPlatform.Community;
using CoachingPlatform.Community.Domain;

namespace CoachingPlatform.UnitTests.Community;

public sealed class SpamScorerTests
{
    private const string Kind = "Thank you for this guide. The part about small promises helped me with my sister.";

    private static readonly CommunityOptions Options = new()
    {
        SpamThreshold = 10,
        AutoApproveMaxScore = 2,
        MinimumSecondsOnPage = 5,
        FloodLimit = 5,
        FloodWindowMinutes = 10,
        BlockedDomains = ["casino.example", "pills.example"],
        BlockedWords = ["viagra", "crypto giveaway"],
    };

    private readonly SpamScorer scorer = new(Options);

    [Fact]
    public void A_kind_comment_read_for_a_while_scores_nothing()
    {
        var verdict = scorer.Score(Signals(Kind, onPage: TimeSpan.FromMinutes(2)));

        Assert.Equal(0, verdict.Score);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void Each_link_counts_and_the_reason_says_how_many()
    {
        var verdict = scorer.Score(Signals("See https://one.example/a and http://two.example and www.three.example for more."));

        Assert.Equal(3 * SpamScorer.PerLink, verdict.Score);
        Assert.Equal(["3 links"], verdict.Reasons);
    }

    [Fact]
    public void A_link_to_a_blocked_domain_names_the_domain()
    {
        var verdict = scorer.Score(Signals("Feeling low? Try https://www.CASINO.example/win today."));

        Assert.Equal(SpamScorer.PerLink + SpamScorer.BlockedDomain, verdict.Score);
        Assert.Contains("blocked domain casino.example", verdict.Reasons);
    }

    [Fact]
    public void A_domain_that_only_ends_like_a_blocked_one_is_not_blocked()
    {
        var verdict = scorer.Score(Signals("My friend runs notcasino.example.org, a book club."));

        Assert.DoesNotContain(verdict.Reasons, r => r.StartsWith("blocked domain", StringComparison.Ordinal));
    }

    [Fact]
    public void Blocked_words_count_as_whole_words_in_any_case()
    {
        var hit = scorer.Score(Signals("Cheap VIAGRA and a Crypto Giveaway here"));
        var inside = scorer.Score(Signals("My grandmother's viagrass garden story is unrelated"));

        Assert.Equal(2 * SpamScorer.BlockedWord, hit.Score);
        Assert.Contains("blocked word \"viagra\"", hit.Reasons);
        Assert.Contains("blocked word \"crypto giveaway\"", hit.Reasons);
        Assert.Equal(0, inside.Score);
    }

    [Fact]
    public void A_blocked_word_in_the_name_counts_too()
    {
        var verdict = scorer.Score(Signals(Kind) with { AuthorName = "Viagra Shop" });

        Assert.Contains("blocked word \"viagra\"", verdict.Reasons);
    }

    [Fact]
    public void Repeating_an_earlier_comment_counts()
    {
        var verdict = scorer.Score(Signals(Kind) with { RepeatsEarlierComment = true });

        Assert.Equal(SpamScorer.RepeatedText, verdict.Score);
        Assert.Equal(["repeats an earlier comment"], verdict.Reasons);
    }

    [Theory]
    [InlineData("buy now buy now buy now buy now buy now buy now buy now")]
    [InlineData("Great!!!!!!!!!!!!!!!!!!!!")]
    public void Text_said_over_and_over_counts_as_repeated(string body)
    {
        var verdict = scorer.Score(Signals(body));

        Assert.Equal(["repeated text"], verdict.Reasons);
    }

    [Fact]
    public void Posting_sooner_than_the_minimum_time_on_page_counts_but_the_api_has_no_time_to_judge()
    {
        var fast = scorer.Score(Signals(Kind, onPage: TimeSpan.FromSeconds(2)));
        var api = scorer.Score(Signals(Kind, onPage: null));

        Assert.Equal(SpamScorer.TooFast, fast.Score);
        Assert.Equal(["posted 2 s after opening the page"], fast.Reasons);
        Assert.Equal(0, api.Score);
    }

    [Fact]
    public void A_filled_honeypot_counts_heavily()
    {
        var verdict = scorer.Score(Signals(Kind) with { HoneypotFilled = true });

        Assert.Equal(SpamScorer.Honeypot, verdict.Score);
        Assert.Equal(["filled the hidden field"], verdict.Reasons);
    }

    [Fact]
    public void A_flood_from_one_address_counts_from_the_limit_on()
    {
        var below = scorer.Score(Signals(Kind) with { RecentFromAddress = 4 });
        var flood = scorer.Score(Signals(Kind) with { RecentFromAddress = 5 });

        Assert.Equal(0, below.Score);
        Assert.Equal(SpamScorer.Flood, flood.Score);
        Assert.Equal(["5 other comments from the same address in 10 minutes"], flood.Reasons);
    }

    [Fact]
    public void Findings_add_up()
    {
        var verdict = scorer.Score(new SpamSignals("Bot", "Visit https://pills.example now", true, TimeSpan.Zero, 9, true));

        Assert.Equal(SpamScorer.PerLink + SpamScorer.BlockedDomain + SpamScorer.RepeatedText + SpamScorer.TooFast + SpamScorer.Honeypot + SpamScorer.Flood, verdict.Score);
        Assert.Equal(6, verdict.Reasons.Count);
    }

    [Theory]
    [InlineData(10, false, "Spam")]
    [InlineData(10, true, "Spam")]
    [InlineData(9, true, "Pending")]
    [InlineData(3, true, "Pending")]
    [InlineData(2, true, "Approved")]
    [InlineData(0, true, "Approved")]
    [InlineData(0, false, "Pending")]
    public void Spam_past_the_threshold_a_trusted_returning_commenter_approved_everyone_else_waits(int score, bool returning, string expected)
    {
        var status = scorer.Classify(new SpamVerdict(score, []), returning);

        Assert.Equal(Enum.Parse<CommentStatus>(expected), status);
    }

    private static SpamSignals Signals(string body, TimeSpan? onPage = null) => new("Priya", body, false, onPage, 0, false);
}
