using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.Web.Composition;

var builder = WebApplication.CreateBuilder(AppFolder.Options(args));
builder.AddPlatform();

var app = builder.Build();
app.UsePlatform();

await app.Services.InitializeModulesAsync();
app.PrintWelcomeOnStart();
await app.RunAsync();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
