namespace CoachingPlatform.Assessments.Domain;

/// <summary>The spread between the highest and lowest area, named and explained for the person who took the wheel.</summary>
internal sealed record WheelBalance(int Spread, string Level, string Explanation)
{
    /// <summary>
    /// A gap of 0–1 points reads as even, 2–3 as fairly balanced, 4–5 as uneven, 6 or more as lopsided:
    /// on a 1–10 scale a gap of half the scale or more means one part of life is carrying the rest.
    /// </summary>
    public static WheelBalance Of(int highest, int lowest)
    {
        var spread = highest - lowest;
        return spread switch
        {
            <= 1 => new(spread, "even", "Your wheel is even: every area is within a point of the others, so it would roll smoothly."),
            <= 3 => new(spread, "fairly balanced", $"Your wheel is fairly balanced: {spread} points separate your strongest and weakest areas."),
            <= 5 => new(spread, "uneven", $"Your wheel is uneven: {spread} points separate your strongest and weakest areas, so the ride gets bumpy. Lifting a growth area would steady it."),
            _ => new(spread, "lopsided", $"Your wheel is lopsided: {spread} points separate your strongest and weakest areas. One part of life is carrying the rest; the growth areas are where a small change counts most."),
        };
    }
}
