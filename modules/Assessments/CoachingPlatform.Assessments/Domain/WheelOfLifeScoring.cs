namespace CoachingPlatform.Assessments.Domain;

/// <summary>
/// The rules of the Wheel of Life, kept free of storage and HTTP so they can be tested on their own.
/// <list type="bullet">
/// <item>Every one of the eight areas is scored once, with a whole number from 1 to 10.</item>
/// <item>The average is the mean of the eight scores, rounded to one decimal (halves away from zero).</item>
/// <item>Strengths are the areas that share the highest score, growth areas those that share the lowest,
/// both in the wheel's own order. Ties are all listed: singling one out would be arbitrary.</item>
/// <item>The balance is the spread between the highest and lowest score, explained in words (<see cref="WheelBalance"/>).</item>
/// <item>A flat wheel (every score equal) has no high or low points, so the score itself decides: at or
/// above <see cref="FlatWheelStrengthFrom"/> every area is a strength, below it every area is a growth
/// area. An area is never both.</item>
/// </list>
/// </summary>
internal static class WheelOfLifeScoring
{
    public const int MinScore = 1;

    public const int MaxScore = 10;

    /// <summary>Just above the middle of the 1–10 scale: a wheel flat at 6 or more is doing well everywhere.</summary>
    public const int FlatWheelStrengthFrom = 6;

    /// <summary>Every reason the scores cannot be scored, keyed by the area at fault; empty when they are complete and in range.</summary>
    public static IReadOnlyList<(string Area, string Message)> Check(IReadOnlyDictionary<string, int> scores)
    {
        var problems = new List<(string Area, string Message)>();
        foreach (var area in LifeAreas.All)
        {
            if (!scores.TryGetValue(area.Key, out var score))
            {
                problems.Add((area.Key, $"Score {area.Name} from {MinScore} to {MaxScore}."));
            }
            else if (score is < MinScore or > MaxScore)
            {
                problems.Add((area.Key, $"The score for {area.Name} must be from {MinScore} to {MaxScore}."));
            }
        }

        foreach (var key in scores.Keys.Where(k => !LifeAreas.IsKnown(k)))
        {
            problems.Add((key, "This is not one of the eight life areas."));
        }

        return problems;
    }

    public static WheelOfLifeScore Score(IReadOnlyDictionary<string, int> scores)
    {
        var problems = Check(scores);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The wheel cannot be scored: {string.Join(" ", problems.Select(p => p.Message))}", nameof(scores));
        }

        var ordered = LifeAreas.All.Select(a => (a.Key, Score: scores[a.Key])).ToList();
        var average = Math.Round(ordered.Average(a => a.Score), 1, MidpointRounding.AwayFromZero);
        var highest = ordered.Max(a => a.Score);
        var lowest = ordered.Min(a => a.Score);

        var balance = WheelBalance.Of(highest, lowest);
        if (highest == lowest)
        {
            var all = ordered.Select(a => a.Key).ToList();
            return highest >= FlatWheelStrengthFrom ? new(average, balance, all, []) : new(average, balance, [], all);
        }

        return new(
            average,
            balance,
            ordered.Where(a => a.Score == highest).Select(a => a.Key).ToList(),
            ordered.Where(a => a.Score == lowest).Select(a => a.Key).ToList());
    }
}
