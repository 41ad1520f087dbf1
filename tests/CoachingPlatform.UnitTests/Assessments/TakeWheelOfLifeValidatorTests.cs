using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Features.Wheel;

namespace CoachingPlatform.UnitTests.Assessments;

public sealed class TakeWheelOfLifeValidatorTests
{
    private readonly TakeWheelOfLifeValidator validator = new();

    [Fact]
    public void A_complete_wheel_with_goals_is_valid()
    {
        var request = new TakeWheelOfLife(WheelOfLifeScoringTests.Flat(7), null, [new GoalInput("health", "Walk every day")], null);

        var result = validator.Validate(request);

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
    }

    [Fact]
    public void Missing_scores_are_reported_on_the_scores_field()
    {
        var request = new TakeWheelOfLife(null, null, null, null);

        var result = validator.Validate(request);

        var failure = Assert.Single(result.Errors);
        Assert.Equal("Scores", failure.PropertyName);
    }

    [Fact]
    public void Each_problem_with_the_scores_is_reported_on_its_own_area()
    {
        var scores = WheelOfLifeScoringTests.Flat(5);
        scores.Remove("health");
        scores["career"] = 0;
        scores["spirituality"] = 8;

        var result = validator.Validate(new TakeWheelOfLife(scores, null, null, null));

        Assert.Equal(["scores.health", "scores.career", "scores.spirituality"], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void More_goals_than_allowed_are_reported_on_the_goals_field()
    {
        var goals = Enumerable.Range(1, WheelOfLifeAssessment.MaxGoals + 1).Select(i => new GoalInput("health", $"Goal {i}")).ToList();

        var result = validator.Validate(new TakeWheelOfLife(WheelOfLifeScoringTests.Flat(5), null, goals, null));

        var failure = Assert.Single(result.Errors);
        Assert.Equal("goals", failure.PropertyName);
    }

    [Fact]
    public void A_goal_s_unknown_area_and_empty_text_are_reported_on_that_goal()
    {
        var goals = new List<GoalInput> { new("health", "Walk every day"), new("spirituality", "  ") };

        var result = validator.Validate(new TakeWheelOfLife(WheelOfLifeScoringTests.Flat(5), null, goals, null));

        Assert.Equal(["Goals[1].area", "Goals[1].text"], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void A_goal_longer_than_allowed_is_reported_on_its_text()
    {
        var goals = new List<GoalInput> { new("health", new string('a', AssessmentGoal.TextMaxLength + 1)) };

        var result = validator.Validate(new TakeWheelOfLife(WheelOfLifeScoringTests.Flat(5), null, goals, null));

        var failure = Assert.Single(result.Errors);
        Assert.Equal("Goals[0].text", failure.PropertyName);
    }

    [Fact]
    public void A_goal_that_is_null_is_reported_on_that_goal()
    {
        var goals = new List<GoalInput> { new("health", "Walk every day"), null! };

        var result = validator.Validate(new TakeWheelOfLife(WheelOfLifeScoringTests.Flat(5), null, goals, null));

        var failure = Assert.Single(result.Errors);
        Assert.Equal("Goals[1]", failure.PropertyName);
    }
}
