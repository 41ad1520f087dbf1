using NetArchTest.Rules;

namespace CoachingPlatform.ArchitectureTests;

internal static class Rules
{
    /// <summary>Infrastructure a Contracts assembly must not drag into the modules that use it.</summary>
    public static readonly string[] Infrastructure = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MassTransit"];

    public static string Describe(TestResult result) =>
        result.IsSuccessful ? "" : "Failing types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
