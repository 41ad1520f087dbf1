namespace CoachingPlatform.EndToEndTests.Accessibility;

/// <summary>Checks run inside the page; each returns a short description of every element at fault.</summary>
internal static class PageChecks
{
    private const string Describe = """
        const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} "${(el.textContent || el.name || "").trim().slice(0, 40)}"`;
        const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && r.right > 0; };
        """;

    /// <summary>Anything reaching past the right edge, or a page that scrolls sideways (off-screen skip links aside).</summary>
    public const string ElementsWiderThanTheViewport = "() => {" + Describe + """
        const width = document.documentElement.clientWidth;
        const faults = [...document.body.querySelectorAll("*")].filter(visible)
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .map((el) => `${describe(el)} reaches ${Math.round(el.getBoundingClientRect().right)} px`);
        if (document.documentElement.scrollWidth > width + 1) faults.unshift(`the page scrolls to ${document.documentElement.scrollWidth} px`);
        return faults.slice(0, 10);
        }
        """;

    public const string UnlabelledInputs = "() => {" + Describe + """
        return [...document.querySelectorAll("input, select, textarea")]
          .filter((el) => el.type !== "hidden")
          .filter((el) => el.labels.length === 0 && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby"))
          .map(describe);
        }
        """;

    /// <summary>Buttons, button-like links and text fields under 44 px high (links inside sentences are exempt).</summary>
    public const string SmallTouchTargets = "() => {" + Describe + """
        return [...document.querySelectorAll("button, .button, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, nav a, .crumbs a")]
          .filter(visible)
          .filter((el) => el.getBoundingClientRect().height < 43.5)
          .map((el) => `${describe(el)} is ${Math.round(el.getBoundingClientRect().height)} px high`);
        }
        """;

    /// <summary>One h1, and no level skipped on the way down (an h2 before any h3).</summary>
    public const string HeadingsOutOfOrder = "() => {" + Describe + """
        const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].filter(visible);
        const faults = [];
        if (headings.filter((h) => h.tagName === "H1").length !== 1) faults.push(`${headings.filter((h) => h.tagName === "H1").length} h1 elements`);
        let previous = 0;
        for (const h of headings) {
          const level = Number(h.tagName[1]);
          if (level > previous + 1) faults.push(`${describe(h)} follows h${previous}`);
          previous = level;
        }
        return faults;
        }
        """;
}
