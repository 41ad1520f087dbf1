using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.UnitTests.Programs;

public sealed class BuiltInProgramsTests
{
    [Fact]
    public void The_guide_s_seven_steps_come_in_its_order()
    {
        var titles = BuiltInPrograms.RebuildingTrust.Steps.Select(s => s.Title);

        Assert.Equal([
            "Acknowledge the Pain", "Rebuild Communication", "Set Realistic Expectations", "Focus on Self-Healing",
            "Rebuild Through Consistency", "Seek Professional Guidance", "Celebrate Small Wins",
        ], titles);
    }

    [Fact]
    public void The_self_healing_step_carries_the_guide_s_checklist()
    {
        var selfHealing = BuiltInPrograms.RebuildingTrust.Steps[3];

        Assert.Equal(3, selfHealing.Checklist.Count);
        Assert.Contains(selfHealing.Checklist, item => item.Contains("three things you're grateful for", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_step_says_why_it_matters_how_to_do_it_and_asks_something()
    {
        var steps = BuiltInPrograms.All.SelectMany(p => p.Steps).ToList();

        Assert.All(steps, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.WhyItMatters));
            Assert.False(string.IsNullOrWhiteSpace(s.HowTo));
            Assert.NotEmpty(s.Prompts);
        });
    }

    [Fact]
    public void Trust_in_yourself_asks_the_guide_s_forgiveness_questions()
    {
        var prompts = BuiltInPrograms.TrustInYourself.Steps.SelectMany(s => s.Prompts).ToList();

        Assert.Contains("Am I ready to forgive?", prompts);
        Assert.Contains("What steps can I take to release resentment?", prompts);
    }
}
