using System.Data.Common;
using System.Globalization;

namespace Dyad.Storage;

/// <summary>The commands of one transaction through the ADO.NET provider, each prepared on first use and rebound after.</summary>
internal sealed class PreparedCommands(DbConnection connection, DbTransaction tx) : BatchStatements
{
    // Keyed by the statement's string object, one constant per call site: hashing the text of each statement
    // again at every row took as long as binding its values.
    private readonly Dictionary<string, DbCommand> _commands = new(ReferenceEqualityComparer.Instance);

    private DbCommand Bind(string sql, (string Name, object? Value)[] args)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = Commands.Create(connection, sql, tx, args);
            cmd.Prepare();
            _commands[sql] = cmd;
            return cmd;
        }
        for (var p = 0; p < args.Length; p++) cmd.Parameters[p].Value = args[p].Value ?? DBNull.Value;
        return cmd;
    }

    public override int Execute(string sql, params (string Name, object? Value)[] args) => Bind(sql, args).ExecuteNonQuery();

    public override object? Scalar(string sql, params (string Name, object? Value)[] args) => Bind(sql, args).ExecuteScalar();

    public override List<long> Longs(string sql, params (string Name, object? Value)[] args)
    {
        using var r = Bind(sql, args).ExecuteReader();
        var values = new List<long>();
        while (r.Read()) values.Add(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture));
        return values;
    }

    public override void Dispose()
    {
        foreach (var cmd in _commands.Values) cmd.Dispose();
    }
}
