using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CoachingPlatform.ArchitectureTests.Migrations;

/// <summary>
/// No SQL Server runs here, so the SQL Server migrations are verified by parsing: the idempotent script of
/// every module (what production applies, as build/sqlserver-script.sh writes it) goes through the T-SQL
/// parser, and so does every statement EF wraps in <c>EXEC(N'...')</c>. This checks syntax, not names.
/// </summary>
public sealed class SqlServerScriptTests
{
    public static TheoryData<string> Modules { get; } = new(ProviderContexts.All.Select(row => (string)row[0]).Distinct());

    [Theory]
    [MemberData(nameof(Modules))]
    public void The_idempotent_SQL_Server_script_of_every_module_parses(string module)
    {
        using var db = ProviderContexts.Create(module, "SqlServer");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var errors = TSqlScript.Errors(script);

        Assert.Contains("CREATE TABLE", script, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, $"{module}:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void A_syntax_error_inside_an_EXEC_string_is_found()
    {
        const string script = """
            IF NOT EXISTS (SELECT * FROM [programs].[__EFMigrationsHistory] WHERE [MigrationId] = N'x')
            BEGIN
                EXEC(N'CREATE UNIQUE INDEX [IX_a] ON [programs].[assignments] ([CoachId]) WHERE [CompletedAt] IS NULL AND');
            END;
            GO
            """;

        Assert.NotEmpty(TSqlScript.Errors(script));
        Assert.Empty(TSqlScript.Errors(script.Replace(" AND')", "')", StringComparison.Ordinal)));
    }
}
