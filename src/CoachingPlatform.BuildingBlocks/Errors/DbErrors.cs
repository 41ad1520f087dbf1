using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Errors;

/// <summary>Recognizes a unique index or key violation, whatever the database provider.</summary>
public static class DbErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    /// <summary>
    /// The database chose this transaction as a deadlock's victim, or could not serialize it: another
    /// transaction won a race, and running this one again on fresh data is the answer. (Server databases
    /// only: SQLite's single writer never deadlocks.) EF may wrap it as a transient failure, so the whole
    /// chain of inner exceptions is searched.
    /// </summary>
    public static bool IsDeadlock(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqlException { Number: 1205 } || (inner is DbException { SqlState: "40P01" or "40001" } && inner is not SqlException))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        SqlException sql => sql.Number is 2601 or 2627,
        DbException other => other.SqlState == "23505",
        _ => false,
    };
}
