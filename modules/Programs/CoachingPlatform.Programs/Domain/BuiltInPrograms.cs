namespace CoachingPlatform.Programs.Domain;

/// <summary>The practice's method as read-only templates, in the words of its guide.</summary>
internal static class BuiltInPrograms
{
    public const string RebuildingTrustKey = "rebuilding-trust";
    public const string TrustInYourselfKey = "trust-in-yourself";

    public static readonly BuiltInTemplate RebuildingTrust = new(
        RebuildingTrustKey,
        "Rebuilding Trust After a Breakup or Betrayal",
        "Seven steps to heal and grow after trust was broken, whether with a partner, a friend, or yourself. Rebuilding trust is possible: it requires patience, communication, and a commitment to healing.",
        [
            new("Acknowledge the Pain",
                "Healing begins with validation. Pretending everything is fine only prolongs the hurt.",
                "Take time to process what happened. Journaling or speaking with a trusted friend can help you articulate your feelings. If you're the one who caused the breach, acknowledge the harm done and offer a genuine apology.",
                "Use \"I\" statements like \"I feel hurt because…\" or \"I regret my actions and want to make amends.\"",
                [],
                ["I feel hurt because…", "What happened, in my own words?", "If I caused the breach: I regret my actions and want to make amends by…"]),
            new("Rebuild Communication",
                "Trust thrives on open, honest communication.",
                "If you're working to repair a relationship, establish boundaries for discussing sensitive topics. For example, set a specific time to have a heart-to-heart conversation where both parties can express their feelings without interruptions.",
                "Example conversation starter: \"I want to understand what went wrong and how we can rebuild. Can we talk about this when we're both ready?\"",
                [],
                ["What boundaries do I need for discussing sensitive topics?", "When could we have a heart-to-heart without interruptions?", "My own conversation starter:"]),
            new("Set Realistic Expectations",
                "Rebuilding trust takes time. Unrealistic expectations can lead to frustration.",
                "Create small, actionable steps. For example, if infidelity occurred, transparency might mean sharing schedules or regular check-ins. However, both parties should agree on what feels fair, not invasive.",
                "Remember: progress is measured in steps, not leaps.",
                [],
                ["One small, actionable step I can take this week:", "What feels fair to both of us, and what would feel invasive?"]),
            new("Focus on Self-Healing",
                "You can't rebuild a relationship without first rebuilding yourself.",
                "Engage in self-care practices like therapy, meditation, or physical exercise. Surround yourself with people who uplift and support you. Healing involves rediscovering your self-worth and resilience.",
                null,
                ["Write down three things you're grateful for each day.", "Practice mindfulness to stay grounded.", "Seek professional counseling if emotions feel unmanageable."],
                ["Three things I'm grateful for today:", "Who uplifts and supports me?"]),
            new("Rebuild Through Consistency",
                "Actions speak louder than words.",
                "If you're working to regain trust, focus on consistent behavior over time. Follow through on promises, be reliable, and practice active listening.",
                "Example: if you promise to communicate better, show it by replying thoughtfully to messages or actively participating in conversations.",
                [],
                ["A promise I will follow through on this week:", "Where did I practice active listening, and how did it go?"]),
            new("Seek Professional Guidance",
                "Sometimes, rebuilding trust requires outside help.",
                "Consider couples' therapy, individual counseling, or support groups. Professionals can provide tools and strategies tailored to your specific situation.",
                null,
                [],
                ["What kind of support would help me most right now: couples' therapy, individual counseling or a support group?"]),
            new("Celebrate Small Wins",
                "Recognizing progress keeps you motivated.",
                "Celebrate moments of restored trust, like having a meaningful conversation or sharing a vulnerable moment without fear. These milestones matter.",
                null,
                [],
                ["A moment of restored trust I want to celebrate:", "What made it possible?"]),
        ],

        // Halfway, once the client has focused on self-healing, and at the end: before and after in one view.
        RetakeWheelAfter: [4, 7]);

    public static readonly BuiltInTemplate TrustInYourself = new(
        TrustInYourselfKey,
        "Rebuilding Trust in Yourself",
        "Betrayal can damage the trust you have in your own judgment. Through forgiveness, lessons learned, boundaries and self-compassion, rebuild it.",
        [
            new("The Role of Forgiveness",
                "Forgiveness doesn't mean forgetting: it means letting go of the anger that holds you back.",
                "Forgiveness is a gradual process and can look different for everyone. Take your time with the questions below and answer honestly.",
                "\"Forgiveness is a gift you give yourself. It frees you from carrying the burden of past hurt.\" – Maya Angelou",
                [],
                ["Am I ready to forgive?", "What steps can I take to release resentment?"]),
            new("Reflect on Lessons Learned",
                "Sometimes, betrayal damages the trust you have in your own judgment.",
                "Look back on the experience and name what it taught you about yourself and your boundaries.",
                null,
                [],
                ["What did the experience teach me about myself?", "What did it teach me about my boundaries?"]),
            new("Set Personal Boundaries",
                "Clear boundaries let you trust your own judgment again.",
                "Define what you will and won't accept moving forward.",
                null,
                [],
                ["Moving forward, I will accept…", "Moving forward, I won't accept…"]),
            new("Practice Self-Compassion",
                "Healing is a journey: progress isn't linear, and setbacks don't mean failure.",
                "Remind yourself that mistakes are part of being human.",
                null,
                [],
                ["What would I say to a friend in my place?", "A mistake I am ready to forgive myself for:"]),
        ]);

    public static readonly IReadOnlyList<BuiltInTemplate> All = [RebuildingTrust, TrustInYourself];
}
