namespace CoachingPlatform.BuildingBlocks.Modules;

/// <summary>Start-up order: schemas first, then seed data in the order modules depend on each other.</summary>
public static class InitializerOrder
{
    public const int Migrate = 0;
    public const int SeedIdentity = 100;
    public const int SeedClients = 200;
    public const int SeedPrograms = 300;
    public const int SeedContent = 400;
    public const int SeedScale = 500;
    public const int ScheduleJobs = 1000;
}
