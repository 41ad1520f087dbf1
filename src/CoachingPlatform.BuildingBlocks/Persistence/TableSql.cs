using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>
/// The pieces of hand-written SQL for one mapped table, taken from the model: the table and column names with
/// the provider's quoting, parameter placeholders, and parameters with the provider's value conversions. The
/// delivery statements written by hand (the claim by key, the mark, the bulk mail insert) use it, so they run
/// on every provider.
/// </summary>
internal sealed class TableSql
{
    private readonly ISqlGenerationHelper sql;
    private readonly StoreObjectIdentifier table;

    private TableSql(DbContext context, Type entityType)
    {
        sql = context.GetService<ISqlGenerationHelper>();
        Entity = context.Model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType.Name} is not mapped.");
        table = StoreObjectIdentifier.Table(Entity.GetTableName()!, Entity.GetSchema());
    }

    public IEntityType Entity { get; }

    public string Table => sql.DelimitIdentifier(table.Name, table.Schema);

    public static TableSql Of<T>(DbContext context) => new(context, typeof(T));

    public string Column(string property) => Column(Property(property));

    public string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);

    public string Slot(string name) => sql.GenerateParameterNamePlaceholder(name);

    public string ParameterName(string name) => sql.GenerateParameterName(name);

    /// <summary>A parameter for the named slot holding a value of the given property.</summary>
    public DbParameter Parameter(DbCommand command, string slot, IProperty property, object? value) =>
        property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(slot), value, property.IsNullable);

    public DbParameter Parameter(DbCommand command, string slot, string property, object? value) => Parameter(command, slot, Property(property), value);

    private IProperty Property(string name) => Entity.FindProperty(name) ?? throw new InvalidOperationException($"{Entity.DisplayName()} has no property {name}.");
}
