using System.Text;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

public static class EmptyJson
{
    /// <summary>A request declared as JSON that carries no body at all.</summary>
    public static StringContent Body() => new("", Encoding.UTF8, "application/json");
}
