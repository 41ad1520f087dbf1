using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.Web.Operations;

/// <summary>The nightly backup of the embedded SQLite database (other databases use their own tools).</summary>
internal sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where nightly backups go; relative paths start in the app's folder.</summary>
    [Required]
    public string Directory { get; set; } = "data/backups";

    /// <summary>Nightly backups older than this are deleted (the newest is always kept).</summary>
    [Range(1, 3650)]
    public int KeepDays { get; set; } = 14;

    /// <summary>The time of day (UTC) the nightly backup runs.</summary>
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    public string At { get; set; } = "02:30";
}
