using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// The tables and columns of the EF model, delimited as the provider's SQL generator delimits them, for the writer's
/// hand-written statements: <c>{s.T&lt;Visit&gt;()}</c>, <c>{s.C&lt;Visit&gt;(nameof(Visit.Start))}</c>. A name the model does
/// not map is refused when the statement is built, so a statement cannot name a column that is not there. One per
/// model; each statement is built once and kept (<see cref="Text"/>). Values are converted to what the database stores
/// by the converters the model gives their types (an enum to its number, a list to its JSON).
/// </summary>
internal sealed class StoreSchema
{
    private static readonly ConditionalWeakTable<IModel, StoreSchema> ByModel = [];

    private readonly IModel _model;
    private readonly ISqlGenerationHelper _sql;
    private readonly ConcurrentDictionary<Func<StoreSchema, string>, string> _statements = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, ValueConverter?> _converters = [];

    private StoreSchema(IModel model, ISqlGenerationHelper sql)
    {
        _model = model;
        _sql = sql;
        foreach (var property in model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var converter = property.GetTypeMapping().Converter;
            if (_converters.TryGetValue(property.ClrType, out var known) && !SameConversion(known, converter))
            {
                // Two columns of one type stored two ways: a value of that type cannot say which it is.
                throw new InvalidOperationException($"The model stores {property.ClrType.Name} in more than one way; bind such values by column.");
            }

            _converters[property.ClrType] = converter;
        }
    }

    public static StoreSchema Of(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var helper = db.GetService<ISqlGenerationHelper>();
        return ByModel.GetValue(db.Model, model => new StoreSchema(model, helper));
    }

    /// <summary>The statement's text, built the first time it is asked for.</summary>
    public string Text(Func<StoreSchema, string> statement) => _statements.GetOrAdd(statement, s => s(this));

    /// <summary>The table an entity is mapped to.</summary>
    public string T<TEntity>() => T(Entity(typeof(TEntity)));

    /// <summary>The table a shared-type entity (a join entity, <see cref="Domain.JoinTables"/>) is mapped to.</summary>
    public string T(string entityName) => T(Entity(entityName));

    /// <summary>The column a property of an entity is mapped to.</summary>
    public string C<TEntity>(string property) => C(Entity(typeof(TEntity)), property);

    public string C(string entityName, string property) => C(Entity(entityName), property);

    /// <summary>Several columns, comma-separated: for an insert's column list.</summary>
    public string Columns<TEntity>(params string[] properties) => string.Join(", ", properties.Select(C<TEntity>));

    /// <summary>The parameters named after these properties (<c>@Title, @Text</c>): for an insert's values.</summary>
    public static string Parameters(params string[] properties) => string.Join(", ", properties.Select(p => "@" + p));

    /// <summary>Each column set to the parameter named after its property (<c>"Title" = @Title</c>): for an update.</summary>
    public string Assignments<TEntity>(params string[] properties) => string.Join(", ", properties.Select(p => $"{C<TEntity>(p)} = @{p}"));

    /// <summary>A value as the database stores it, converted by the model's converter for its type.</summary>
    public object Stored(object? value)
    {
        if (value is null)
        {
            return DBNull.Value;
        }

        if (!_converters.TryGetValue(value.GetType(), out var converter))
        {
            if (value.GetType().IsEnum || value is System.Collections.IEnumerable and not string and not byte[])
            {
                throw new InvalidOperationException($"No column of the model stores a {value.GetType().Name}: bind a value of a column's own type.");
            }

            return value;
        }

        return converter is null ? value : converter.ConvertToProvider(value) ?? DBNull.Value;
    }

    private static bool SameConversion(ValueConverter? a, ValueConverter? b) =>
        a?.GetType() == b?.GetType() && a?.ProviderClrType == b?.ProviderClrType;

    private IEntityType Entity(Type clrType) =>
        _model.FindEntityType(clrType) ?? throw new InvalidOperationException($"The model has no entity {clrType.Name}.");

    private IEntityType Entity(string name) =>
        _model.FindEntityType(name) ?? throw new InvalidOperationException($"The model has no entity {name}.");

    private string T(IEntityType entity) =>
        _sql.DelimitIdentifier(entity.GetTableName() ?? throw new InvalidOperationException($"{entity.DisplayName()} is not mapped to a table."));

    private string C(IEntityType entity, string property)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var column = entity.FindProperty(property)?.GetColumnName(table)
                     ?? throw new InvalidOperationException($"{entity.DisplayName()} maps no property {property} to a column of {table.Name}.");
        return _sql.DelimitIdentifier(column);
    }
}
