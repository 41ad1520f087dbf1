using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>Model rules every module's DbContext shares, whatever it derives from.</summary>
public static class ModuleModel
{
    public static void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<string>().HaveMaxLength(400);
    }

    /// <summary>Everything a module's model adds to its own configurations: outbox, inbox, mail queue, schema, id rules.</summary>
    public static void Build(ModelBuilder builder, System.Reflection.Assembly configurations, string schema, DatabaseFacade database)
    {
        builder.ApplyConfigurationsFromAssembly(configurations);
        DeliveryModel.Map(builder);
        ApplySchema(builder, schema, database.IsSqlite());
        if (database.IsNpgsql())
        {
            UnboundedText(builder);
        }
    }

    /// <summary>
    /// "No limit" is written as <see cref="int.MaxValue"/> characters (nvarchar(max) on SQL Server), but
    /// PostgreSQL refuses a varchar longer than 10,485,760: there such a column is plain <c>text</c>.
    /// </summary>
    private static void UnboundedText(ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.GetMaxLength() == int.MaxValue))
        {
            property.SetMaxLength(null);
        }
    }

    /// <summary>
    /// A server database (PostgreSQL, SQL Server) keeps each module in its own schema. SQLite has no schemas, so there every table name
    /// carries the schema as a prefix and stays unique across the one database file.
    /// </summary>
    private static void ApplySchema(ModelBuilder builder, string schema, bool isSqlite)
    {
        // Ids are made by the domain (Guid v7), never by the database: a new child with its id already
        // set must be inserted, not taken for an existing row.
        foreach (var key in builder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }

        if (!isSqlite)
        {
            builder.HasDefaultSchema(schema);
            return;
        }

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            entity.SetTableName($"{schema}_{entity.GetTableName()}");
        }
    }

    public static string HistoryTable(string schema, bool isSqlite) =>
        isSqlite ? $"__EFMigrationsHistory_{schema}" : "__EFMigrationsHistory";
}
