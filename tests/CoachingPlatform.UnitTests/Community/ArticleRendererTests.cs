using CoachingPlatform.Community.Rendering;

namespace CoachingPlatform.UnitTests.Community;

public sealed class ArticleRendererTests
{
    private readonly ArticleRenderer renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<ScRiPt>alert(1)</sCrIpT>")]
    public void Raw_html_in_markdown_comes_out_as_text(string markdown)
    {
        var html = renderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("![x](javascript:alert(1))")]
    public void Markdown_links_to_scripts_or_data_lose_their_address(string markdown)
    {
        var html = renderer.ToHtml(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ordinary_links_stay_and_do_not_hand_over_the_opener()
    {
        var html = renderer.ToHtml("[the practice](https://example.com/about)");

        Assert.Contains("href=\"https://example.com/about\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_excerpt_is_plain_text_cut_at_a_word()
    {
        var excerpt = renderer.Excerpt("# Title\n\n**Trust** is " + string.Join(' ', Enumerable.Repeat("healing", 60)));

        Assert.StartsWith("Title Trust is healing", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("healing…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= 281);
        Assert.DoesNotContain("*", excerpt, StringComparison.Ordinal);
    }
}
