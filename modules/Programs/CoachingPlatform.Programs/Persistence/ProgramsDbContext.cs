using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Persistence;

internal abstract class ProgramsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "programs";

    protected override string Schema => SchemaName;

    public DbSet<TrustProgram> Programs => Set<TrustProgram>();

    public DbSet<ProgramStep> Steps => Set<ProgramStep>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<StepCompletion> Completions => Set<StepCompletion>();

    public DbSet<StepDraft> Drafts => Set<StepDraft>();

    public DbSet<Win> Wins => Set<Win>();

    public DbSet<GratitudeEntry> Gratitude => Set<GratitudeEntry>();

    public DbSet<SupportRequest> SupportRequests => Set<SupportRequest>();

    public DbSet<ClientPreferences> Preferences => Set<ClientPreferences>();

    public DbSet<StepReminder> Reminders => Set<StepReminder>();

    public DbSet<ProgramSuggestion> Suggestions => Set<ProgramSuggestion>();
}

internal sealed class SqliteProgramsDbContext(DbContextOptions<SqliteProgramsDbContext> options) : ProgramsDbContext(options);

internal sealed class SqlServerProgramsDbContext(DbContextOptions<SqlServerProgramsDbContext> options) : ProgramsDbContext(options);

internal sealed class PostgresProgramsDbContext(DbContextOptions<PostgresProgramsDbContext> options) : ProgramsDbContext(options);

internal sealed class SqliteProgramsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteProgramsDbContext>(ProgramsDbContext.SchemaName);

internal sealed class SqlServerProgramsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerProgramsDbContext>(ProgramsDbContext.SchemaName);

internal sealed class PostgresProgramsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresProgramsDbContext>(ProgramsDbContext.SchemaName);
