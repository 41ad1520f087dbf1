using System.Globalization;
using System.Xml.Linq;
using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Drawing;

namespace CoachingPlatform.UnitTests.Assessments;

public sealed class WheelDrawingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly int[] Scores = [3, 8, 5, 2, 9, 6, 7, 10];
    private static readonly int[] Earlier = [2, 6, 5, 4, 9, 3, 7, 1];

    [Fact]
    public void The_drawing_is_well_formed_svg_with_a_title_and_description()
    {
        var svg = WheelDrawing.Draw(Spokes(), "Wheel of Life, March 1, 2026");

        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("Wheel of Life, March 1, 2026", root.Element(Svg + "title")?.Value);
        Assert.Equal("Scores out of 10: Health 3, Career 8, Finances 5, Relationships 2, Family and friends 9, Personal growth 6, Fun and recreation 7, Physical environment 10. Average 6.3.",
            root.Element(Svg + "desc")?.Value);
    }

    [Fact]
    public void There_is_one_segment_per_area_carrying_its_score()
    {
        var root = XDocument.Parse(WheelDrawing.Draw(Spokes(), "Wheel")).Root!;

        var segments = Segments(root);

        Assert.Equal(8, segments.Count);
        Assert.Equal(LifeAreas.All.Select(a => a.Key), segments.Select(s => (string?)s.Attribute("data-area")));
        Assert.Equal(Scores.Select(s => s.ToString(CultureInfo.InvariantCulture)), segments.Select(s => (string?)s.Attribute("data-score")));
    }

    [Fact]
    public void Each_segment_reaches_the_ring_of_its_score()
    {
        var root = XDocument.Parse(WheelDrawing.Draw(Spokes(), "Wheel")).Root!;

        var radii = Segments(root).Select(s => ArcRadius((string)s.Attribute("d")!)).ToList();

        Assert.Equal(Scores.Select(s => s * WheelDrawing.RingWidth), radii);
    }

    [Fact]
    public void Ten_rings_make_the_scale()
    {
        var root = XDocument.Parse(WheelDrawing.Draw(Spokes(), "Wheel")).Root!;

        var grid = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "grid");
        var rings = grid.Elements(Svg + "circle").Select(c => double.Parse((string)c.Attribute("r")!, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(Enumerable.Range(1, 10).Select(r => r * WheelDrawing.RingWidth), rings);
    }

    [Fact]
    public void Every_area_is_labelled_with_its_name_and_score()
    {
        var root = XDocument.Parse(WheelDrawing.Draw(Spokes(), "Wheel")).Root!;

        var labels = root.Descendants(Svg + "text").Select(t => string.Join(" ", t.Elements(Svg + "tspan").Select(s => s.Value))).ToList();

        Assert.Equal(LifeAreas.All.Select((a, i) => $"{a.Name} {Scores[i]}/10"), labels);
    }

    [Fact]
    public void Without_an_earlier_result_there_is_no_outline()
    {
        var root = XDocument.Parse(WheelDrawing.Draw(Spokes(), "Wheel")).Root!;

        Assert.DoesNotContain(root.Descendants(Svg + "path"), p => (string?)p.Attribute("class") == "earlier");
    }

    [Fact]
    public void An_earlier_result_is_overlaid_as_a_dashed_outline_at_its_scores()
    {
        var spokes = Spokes(withEarlier: true);

        var root = XDocument.Parse(WheelDrawing.Draw(spokes, "Wheel", "the result of February 1, 2026")).Root!;

        var outline = Assert.Single(root.Descendants(Svg + "path"), p => (string?)p.Attribute("class") == "earlier");
        Assert.Equal("none", (string?)outline.Attribute("fill"));
        Assert.NotNull(outline.Attribute("stroke-dasharray"));
        Assert.Equal(string.Join(" ", LifeAreas.All.Select((a, i) => $"{a.Key}:{Earlier[i]}")), (string?)outline.Attribute("data-scores"));
        var arcRadii = ((string)outline.Attribute("d")!).Split('A').Skip(1).Select(part => double.Parse(part.Trim().Split(' ')[0], CultureInfo.InvariantCulture));
        Assert.Equal(Earlier.Select(s => s * WheelDrawing.RingWidth), arcRadii);
        Assert.Contains("Health 3 (was 2)", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Contains("The dashed outline shows the result of February 1, 2026.", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_draws_the_same_bytes()
    {
        var first = WheelDrawing.Draw(Spokes(withEarlier: true), "Wheel", "earlier");
        var second = WheelDrawing.Draw(Spokes(withEarlier: true), "Wheel", "earlier");

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_drawing_refers_to_nothing_outside_itself()
    {
        var svg = WheelDrawing.Draw(Spokes(withEarlier: true), "Wheel", "earlier");
        var root = XDocument.Parse(svg).Root!;

        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes(), a => a.Name.LocalName == "href");
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "image" or "script" or "style" or "foreignObject" or "use");
        Assert.DoesNotContain("url(", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", svg.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_the_drawing_is_escaped()
    {
        var svg = WheelDrawing.Draw([new WheelSpoke("a", "<b>Tom & Jerry</b>", 5)], "A \"title\" <script>");

        var root = XDocument.Parse(svg).Root!;

        Assert.Equal("A \"title\" <script>", root.Element(Svg + "title")!.Value);
        Assert.Empty(root.Descendants(Svg + "script"));
    }

    [Fact]
    public void The_drawing_does_not_depend_on_the_current_culture()
    {
        var invariant = WheelDrawing.Draw(Spokes(), "Wheel");
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, WheelDrawing.Draw(Spokes(), "Wheel"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static List<WheelSpoke> Spokes(bool withEarlier = false) =>
        LifeAreas.All.Select((a, i) => new WheelSpoke(a.Key, a.Name, Scores[i], withEarlier ? Earlier[i] : null)).ToList();

    private static List<XElement> Segments(XElement root) =>
        root.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "segment").ToList();

    private static double ArcRadius(string d) =>
        double.Parse(d.Split('A')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
}
