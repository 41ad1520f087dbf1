using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CoachingPlatform.ArchitectureTests.Migrations;

/// <summary>Syntax errors of a T-SQL script (batches split by GO), including the SQL inside its EXEC strings.</summary>
public static class TSqlScript
{
    public static IReadOnlyList<string> Errors(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var fragment = parser.Parse(new StringReader(script), out var parseErrors);
        var errors = parseErrors.Select(e => $"line {e.Line}: {e.Message}").ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        var strings = new ExecutedStrings();
        fragment.Accept(strings);
        foreach (var sql in strings.Found)
        {
            parser.Parse(new StringReader(sql), out var inner);
            errors.AddRange(inner.Select(e => $"in EXEC(N'{sql}'): {e.Message}"));
        }

        return errors;
    }

    private sealed class ExecutedStrings : TSqlFragmentVisitor
    {
        public List<string> Found { get; } = [];

        // EF builds some statements from a variable that holds a quoted name (a default constraint it looked
        // up): any such variable stands for a name here.
        public override void Visit(ExecutableStringList node) =>
            Found.Add(string.Concat(node.Strings.Select(s => s is StringLiteral literal ? literal.Value : "[name]")));
    }
}
