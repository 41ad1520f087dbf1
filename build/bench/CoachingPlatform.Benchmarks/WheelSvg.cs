using BenchmarkDotNet.Attributes;
using CoachingPlatform.Assessments.Drawing;

namespace CoachingPlatform.Benchmarks;

/// <summary>The Wheel of Life picture: eight areas, alone and compared with an earlier result.</summary>
[MemoryDiagnoser]
public class WheelSvg
{
    private static readonly string[] Areas = ["Health", "Career", "Finances", "Relationships", "Family and friends", "Personal growth", "Fun and recreation", "Environment"];

    private readonly WheelSpoke[] single = Areas.Select((name, i) => new WheelSpoke(name.ToLowerInvariant(), name, 2 + i)).ToArray();

    private readonly WheelSpoke[] compared = Areas.Select((name, i) => new WheelSpoke(name.ToLowerInvariant(), name, 2 + i, 9 - i)).ToArray();

    [Benchmark]
    public string Single() => WheelDrawing.Draw(single, "Your Wheel of Life");

    [Benchmark]
    public string Compared() => WheelDrawing.Draw(compared, "Your Wheel of Life", "the result of May 1");
}
