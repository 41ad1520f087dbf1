using CoachingPlatform.Community.Domain;

namespace CoachingPlatform.UnitTests.Community;

public sealed class SlugsTests
{
    [Fact]
    public void A_title_becomes_lower_case_words_joined_by_hyphens()
    {
        var slug = Slugs.From("Rebuilding Trust After a Breakup or Betrayal: Steps to Heal and Grow");

        Assert.Equal("rebuilding-trust-after-a-breakup-or-betrayal-steps-to-heal-and-grow", slug);
    }

    [Theory]
    [InlineData("Café crème", "cafe-creme")]
    [InlineData("Señor Müller's Ångström", "senor-muller-s-angstrom")]
    public void Accents_are_dropped_and_the_letter_kept(string title, string expected)
    {
        var slug = Slugs.From(title);

        Assert.Equal(expected, slug);
    }

    [Theory]
    [InlineData("Trust -- and   then? Growth!", "trust-and-then-growth")]
    [InlineData("  ...Why trust?...  ", "why-trust")]
    [InlineData("Step 1: 7 days", "step-1-7-days")]
    public void Runs_of_other_characters_become_one_hyphen_and_none_lead_or_trail(string title, string expected)
    {
        var slug = Slugs.From(title);

        Assert.Equal(expected, slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?!")]
    [InlineData("💔 🙏")]
    public void A_title_without_letters_or_digits_has_an_empty_slug(string title)
    {
        var slug = Slugs.From(title);

        Assert.Equal("", slug);
    }

    [Fact]
    public void A_long_title_is_cut_to_the_maximum_length()
    {
        var title = string.Concat(Enumerable.Repeat("abcdefghij ", 20));

        var slug = Slugs.From(title);

        Assert.Equal(Slugs.MaxLength, slug.Length);
        Assert.StartsWith("abcdefghij-abcdefghij-", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_that_lands_on_a_hyphen_does_not_leave_it_trailing()
    {
        // Nine-letter words: the 120th character is the hyphen after the twelfth word.
        var title = string.Concat(Enumerable.Repeat("abcdefghi ", 30));

        var slug = Slugs.From(title);

        Assert.Equal(Slugs.MaxLength - 1, slug.Length);
        Assert.EndsWith("abcdefghi", slug, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_title_always_gives_the_same_slug()
    {
        var first = Slugs.From("Small Promises, Kept");
        var second = Slugs.From("Small Promises, Kept");

        Assert.Equal(first, second);
    }
}
