using System.Globalization;
using System.Text.Encodings.Web;
using CoachingPlatform.Programs.Contracts;

namespace CoachingPlatform.Subscriptions.Features.Digests;

/// <summary>The client's next program step, shown above the articles of their digest when they asked for it.</summary>
internal sealed record NextStepBlock(string Html, string Text)
{
    public static NextStepBlock From(NextStep step, string stepUrl, DateTime now)
    {
        var where = $"Step {step.Order} of {step.TotalSteps} in {step.ProgramTitle}";
        var when = step.AvailableFrom > now
            ? $"It opens on {step.AvailableFrom.ToString("MMMM d", CultureInfo.InvariantCulture)}."
            : "It is open for you now.";
        var enc = HtmlEncoder.Default;
        var html = "<div style=\"margin:0 0 24px;padding:16px;border:1px solid #c9bfb2;border-radius:6px;background:#fff\">"
            + "<p style=\"font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:#5f564c;margin:0 0 8px\">Your next step</p>"
            + $"<p style=\"font-size:18px;margin:0 0 8px\"><a style=\"color:#2f5d4e\" href=\"{enc.Encode(stepUrl)}\">{enc.Encode(step.StepTitle)}</a></p>"
            + $"<p style=\"font-size:14px;color:#5f564c;margin:0\">{enc.Encode(where)}. {enc.Encode(when)}</p></div>";
        var text = $"Your next step: {step.StepTitle}\n{where}. {when}\n{stepUrl}\n\n";
        return new NextStepBlock(html, text);
    }
}
