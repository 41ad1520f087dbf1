using System.Globalization;
using System.Xml.Linq;

namespace CoachingPlatform.Assessments.Drawing;

/// <summary>
/// Draws a Wheel of Life as SVG: one segment per area filled to its score on a scale of ten rings, each
/// labelled, with a title and description for screen readers, and optionally the outline of an earlier
/// result. Pure and deterministic: the same input gives the same bytes (tests compare them), and the
/// drawing refers to nothing outside itself.
/// </summary>
internal static class WheelDrawing
{
    public const int Rings = 10;
    public const double Size = 480;
    public const double Center = Size / 2;
    public const double RingWidth = 15;
    public const double Radius = Rings * RingWidth;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // Eight hues told apart by colour-blind readers too; the text never sits on them.
    private static readonly string[] Fills = ["#2f7d6d", "#3d6fb6", "#c27c0e", "#c0456a", "#8a5cc2", "#4f8f2f", "#d2603a", "#5b7083"];

    public static string Draw(IReadOnlyList<WheelSpoke> spokes, string title, string? earlierLabel = null)
    {
        if (spokes.Count == 0)
        {
            throw new ArgumentException("A wheel needs at least one area.", nameof(spokes));
        }

        var step = 360.0 / spokes.Count;
        var root = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(Size)} {N(Size)}"),
            new XAttribute("width", N(Size)),
            new XAttribute("height", N(Size)),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", "wheel-title wheel-desc"),
            new XAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
            new XElement(Svg + "title", new XAttribute("id", "wheel-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", "wheel-desc"), Describe(spokes, earlierLabel)),
            new XElement(Svg + "rect", new XAttribute("width", N(Size)), new XAttribute("height", N(Size)), new XAttribute("fill", "#ffffff")),
            Grid(spokes.Count, step),
            new XElement(Svg + "g", new XAttribute("class", "segments"), spokes.Select((s, i) => Segment(s, i, step))),
            RingsOver());

        if (spokes.All(s => s.Earlier is not null))
        {
            root.Add(Outline(spokes, step));
        }

        root.Add(new XElement(Svg + "g", new XAttribute("class", "labels"), new XAttribute("font-size", "13"), new XAttribute("fill", "#2d2a26"),
            spokes.Select((s, i) => Label(s, i, step))));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static string Describe(IReadOnlyList<WheelSpoke> spokes, string? earlierLabel)
    {
        var scores = string.Join(", ", spokes.Select(s => s.Earlier is { } was && earlierLabel is not null ? $"{s.Name} {s.Score} (was {was})" : $"{s.Name} {s.Score}"));
        var average = Math.Round(spokes.Average(s => s.Score), 1, MidpointRounding.AwayFromZero);
        var earlier = earlierLabel is null ? "" : $" The dashed outline shows {earlierLabel}.";
        return $"Scores out of {Rings}: {scores}. Average {average.ToString("0.0", CultureInfo.InvariantCulture)}.{earlier}";
    }

    private static XElement Grid(int count, double step)
    {
        var grid = new XElement(Svg + "g", new XAttribute("class", "grid"), new XAttribute("fill", "none"), new XAttribute("aria-hidden", "true"));
        for (var ring = 1; ring <= Rings; ring++)
        {
            grid.Add(new XElement(Svg + "circle",
                new XAttribute("cx", N(Center)), new XAttribute("cy", N(Center)), new XAttribute("r", N(ring * RingWidth)),
                new XAttribute("stroke", ring % 5 == 0 ? "#8c8478" : "#ddd6cb"), new XAttribute("stroke-width", ring % 5 == 0 ? "1.5" : "1")));
        }

        for (var i = 0; i < count; i++)
        {
            var (x, y) = Point(Radius, i * step);
            grid.Add(new XElement(Svg + "line",
                new XAttribute("x1", N(Center)), new XAttribute("y1", N(Center)), new XAttribute("x2", N(x)), new XAttribute("y2", N(y)),
                new XAttribute("stroke", "#8c8478"), new XAttribute("stroke-width", "1")));
        }

        return grid;
    }

    /// <summary>The rings again, faintly over the segments, so a score can be counted ring by ring.</summary>
    private static XElement RingsOver() =>
        new(Svg + "g", new XAttribute("class", "rings-over"), new XAttribute("fill", "none"), new XAttribute("stroke", "#ffffff"),
            new XAttribute("stroke-opacity", "0.45"), new XAttribute("aria-hidden", "true"),
            Enumerable.Range(1, Rings - 1).Select(ring => new XElement(Svg + "circle",
                new XAttribute("cx", N(Center)), new XAttribute("cy", N(Center)), new XAttribute("r", N(ring * RingWidth)))));

    private static XElement Segment(WheelSpoke spoke, int index, double step) =>
        new(Svg + "path",
            new XAttribute("class", "segment"),
            new XAttribute("data-area", spoke.Key),
            new XAttribute("data-score", spoke.Score.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("d", Wedge(spoke.Score * RingWidth, index * step, (index + 1) * step)),
            new XAttribute("fill", Fills[index % Fills.Length]),
            new XAttribute("fill-opacity", "0.85"),
            new XAttribute("stroke", "#ffffff"),
            new XAttribute("stroke-width", "1.5"),
            new XElement(Svg + "title", $"{spoke.Name}: {spoke.Score} out of {Rings}"));

    /// <summary>The earlier result as one closed dashed line: an arc at each area's earlier score, joined by radial steps.</summary>
    private static XElement Outline(IReadOnlyList<WheelSpoke> spokes, double step)
    {
        var d = new List<string>();
        for (var i = 0; i < spokes.Count; i++)
        {
            var r = spokes[i].Earlier!.Value * RingWidth;
            var (x0, y0) = Point(r, i * step);
            var (x1, y1) = Point(r, (i + 1) * step);
            d.Add($"{(i == 0 ? "M" : "L")} {N(x0)} {N(y0)}");
            d.Add($"A {N(r)} {N(r)} 0 0 1 {N(x1)} {N(y1)}");
        }

        d.Add("Z");
        return new XElement(Svg + "path",
            new XAttribute("class", "earlier"),
            new XAttribute("data-scores", string.Join(" ", spokes.Select(s => $"{s.Key}:{s.Earlier}"))),
            new XAttribute("d", string.Join(" ", d)),
            new XAttribute("fill", "none"),
            new XAttribute("stroke", "#1f1b16"),
            new XAttribute("stroke-width", "2.5"),
            new XAttribute("stroke-dasharray", "6 4"));
    }

    private static XElement Label(WheelSpoke spoke, int index, double step)
    {
        var middle = (index + 0.5) * step;
        var (x, y) = Point(Radius + 22, middle);
        var horizontal = Math.Sin(middle * Math.PI / 180);
        var anchor = horizontal > 0.2 ? "start" : horizontal < -0.2 ? "end" : "middle";
        var lines = Lines(spoke.Name);
        lines.Add(spoke.Earlier is { } was ? $"{spoke.Score} (was {was})" : $"{spoke.Score}/{Rings}");

        // Labels below the wheel start at their point; those above end there, so no label crosses the wheel.
        var vertical = -Math.Cos(middle * Math.PI / 180);
        var firstLine = vertical > 0.2 ? 0.9 : vertical < -0.2 ? -(lines.Count - 1) * 1.15 : -(lines.Count - 1) * 0.55 + 0.35;
        var text = new XElement(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor));
        for (var i = 0; i < lines.Count; i++)
        {
            var span = new XElement(Svg + "tspan", new XAttribute("x", N(x)), new XAttribute("dy", $"{N(i == 0 ? firstLine : 1.15)}em"), lines[i]);
            if (i == lines.Count - 1)
            {
                span.Add(new XAttribute("font-weight", "700"));
            }

            text.Add(span);
        }

        return text;
    }

    /// <summary>Long names break at the first space after a few letters so the labels fit a phone's width.</summary>
    private static List<string> Lines(string name)
    {
        var space = name.IndexOf(' ', Math.Min(4, name.Length));
        return name.Length > 10 && space > 0 ? [name[..space], name[(space + 1)..]] : [name];
    }

    private static string Wedge(double r, double from, double to)
    {
        if (r <= 0)
        {
            return $"M {N(Center)} {N(Center)} Z";
        }

        var (x0, y0) = Point(r, from);
        var (x1, y1) = Point(r, to);
        var large = to - from > 180 ? 1 : 0;
        return $"M {N(Center)} {N(Center)} L {N(x0)} {N(y0)} A {N(r)} {N(r)} 0 {large} 1 {N(x1)} {N(y1)} Z";
    }

    /// <summary>Degrees clockwise from twelve o'clock.</summary>
    private static (double X, double Y) Point(double r, double degrees)
    {
        var radians = degrees * Math.PI / 180;
        return (Center + r * Math.Sin(radians), Center - r * Math.Cos(radians));
    }

    private static string N(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
