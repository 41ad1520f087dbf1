using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.Programs;

internal sealed class ProgramsOptions
{
    public const string Section = "Programs";

    /// <summary>A step available this many days without activity earns the client one gentle reminder.</summary>
    [Range(1, 60)]
    public int ReminderAfterDays { get; set; } = 3;
}
