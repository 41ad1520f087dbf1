using System.Net;
using System.Text.RegularExpressions;
using CoachingPlatform.BuildingBlocks.Email;

namespace CoachingPlatform.UnitTests.BuildingBlocks;

public sealed partial class EmailContentTests
{
    private const string Link = "https://coaching.example/invitation?token=a-b_c&lang=en";
    private const string HostileUrl = "https://coaching.example/a?b=\"><script>";

    private static EmailContent Invitation() =>
        new("Morgan invited you", ["Hello Sam,", "Your first step is ready.\nTake your time."])
        {
            Action = ("Set my password", Link),
            Footer = "You receive this mail because someone invited this address.",
        };

    [Fact]
    public void Values_are_html_encoded_in_the_html_part()
    {
        var content = new EmailContent("<b>Hi</b> & welcome", ["<script>alert('x')</script>"])
        {
            Action = ("<i>Go</i>", HostileUrl),
            Footer = "<img src=x onerror=alert(1)>",
        };

        var html = content.Html();

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Hi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>Go", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HostileUrl, Assert.Single(Hrefs(html)));
        Assert.Contains("&lt;b&gt;Hi&lt;/b&gt; &amp; welcome", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_part_links_the_action_to_its_url()
    {
        var html = Invitation().Html();

        var href = Assert.Single(Hrefs(html));

        Assert.Equal(Link, href);
    }

    [Fact]
    public void Line_breaks_in_a_paragraph_become_html_line_breaks()
    {
        var html = Invitation().Html();

        Assert.Contains("Your first step is ready.<br>Take your time.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_part_has_the_same_words_and_the_link()
    {
        var content = Invitation();

        var text = content.Text();
        var htmlWords = Words(VisibleText(content.Html()));
        var textWords = Words(text);

        Assert.Contains(Link, text, StringComparison.Ordinal);
        Assert.Empty(htmlWords.Except(textWords).Except(["CoachingPlatform"]));
    }

    [Fact]
    public void The_text_part_contains_no_markup()
    {
        var text = Invitation().Text();

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mail_without_action_or_footer_has_neither_part()
    {
        var content = new EmailContent("Welcome", ["Glad you are here."]);

        var html = content.Html();
        var text = content.Text();

        Assert.Empty(Hrefs(html));
        Assert.DoesNotContain("--", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_to_an_address_carries_both_parts()
    {
        var content = Invitation();

        var message = content.To("sam@example.com", "You are invited", "Sam Taylor");

        Assert.Equal("sam@example.com", message.To);
        Assert.Equal("Sam Taylor", message.ToName);
        Assert.Equal("You are invited", message.Subject);
        Assert.Equal(content.Html(), message.Html);
        Assert.Equal(content.Text(), message.Text);
    }

    private static IEnumerable<string> Hrefs(string html) =>
        HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    private static string VisibleText(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, " "));

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
