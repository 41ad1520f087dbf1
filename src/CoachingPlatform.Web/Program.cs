using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.Web.Composition;
using CoachingPlatform.Web.Operations;

if (await OperationsCommands.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(AppFolder.Options(args));
builder.AddPlatform();

var app = builder.Build();
app.UsePlatform();

await app.Services.InitializeModulesAsync();
app.PrintWelcomeOnStart();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
