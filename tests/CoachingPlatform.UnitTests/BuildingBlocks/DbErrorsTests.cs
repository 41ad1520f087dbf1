using CoachingPlatform.BuildingBlocks.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoachingPlatform.UnitTests.BuildingBlocks;

public sealed class DbErrorsTests
{
    [Theory]
    [InlineData("40P01", true)]
    [InlineData("40001", true)]
    [InlineData("23505", false)]
    public void A_deadlock_or_serialization_failure_is_a_lost_race_however_EF_wraps_it(string sqlState, bool lostRace)
    {
        var postgres = new PostgresException("conflict", "ERROR", "ERROR", sqlState);
        var wrapped = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new DbUpdateException("An error occurred while saving the entity changes.", postgres));

        Assert.Equal(lostRace, DbErrors.IsDeadlock(wrapped));
    }

    [Fact]
    public void A_PostgreSQL_unique_violation_is_recognized()
    {
        var unique = new DbUpdateException("duplicate", new PostgresException("duplicate key", "ERROR", "ERROR", "23505"));

        Assert.True(DbErrors.IsUniqueViolation(unique));
        Assert.False(DbErrors.IsDeadlock(unique));
    }
}
