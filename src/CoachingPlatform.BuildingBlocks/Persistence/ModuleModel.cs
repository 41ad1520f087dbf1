using Microsoft.EntityFrameworkCore;

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
    public static void Build(ModelBuilder builder, System.Reflection.Assembly configurations, string schema, bool isSqlite)
    {
        builder.ApplyConfigurationsFromAssembly(configurations);
        DeliveryModel.Map(builder);
        ApplySchema(builder, schema, isSqlite);
    }

    /// <summary>
    /// SQL Server keeps each module in its own schema. SQLite has no schemas, so there every table name
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
