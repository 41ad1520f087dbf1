using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Assessments.Persistence;

internal abstract class AssessmentsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "assessments";

    public DbSet<WheelOfLifeAssessment> WheelOfLifeAssessments => Set<WheelOfLifeAssessment>();

    public DbSet<RetakeInvitation> RetakeInvitations => Set<RetakeInvitation>();

    protected override string Schema => SchemaName;
}

internal sealed class SqliteAssessmentsDbContext(DbContextOptions<SqliteAssessmentsDbContext> options) : AssessmentsDbContext(options);

internal sealed class SqlServerAssessmentsDbContext(DbContextOptions<SqlServerAssessmentsDbContext> options) : AssessmentsDbContext(options);

internal sealed class PostgresAssessmentsDbContext(DbContextOptions<PostgresAssessmentsDbContext> options) : AssessmentsDbContext(options);

internal sealed class SqliteAssessmentsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteAssessmentsDbContext>(AssessmentsDbContext.SchemaName);

internal sealed class SqlServerAssessmentsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerAssessmentsDbContext>(AssessmentsDbContext.SchemaName);

internal sealed class PostgresAssessmentsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresAssessmentsDbContext>(AssessmentsDbContext.SchemaName);
