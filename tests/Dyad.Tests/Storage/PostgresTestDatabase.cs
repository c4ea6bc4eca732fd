using Npgsql;

namespace Dyad.Tests.Storage;

/// <summary>
/// A fresh database on the test server named by DYAD_TEST_PG (an Npgsql connection string; `source .ci/postgres.sh; pg_start`
/// starts one and sets it), created with a random name and dropped when disposed.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "DYAD_TEST_PG";

    private readonly string _admin;

    public PostgresTestDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"{Variable} is not set, and CI=true requires the PostgreSQL tests to run: start a server with `source .ci/postgres.sh && pg_start` " +
                $"(or set {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Database=dyad_test\").");
        _admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString;
        Name = "dyad_t_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE DATABASE {Name} TEMPLATE template0 ENCODING 'UTF8'");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run (a server is configured, or CI=true demands them).</summary>
    public static string? SkipReason =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) ? null
        : string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? null
        : $"{Variable} is not set: no PostgreSQL test server (start one with `source .ci/postgres.sh && pg_start`)";

    public string Name { get; }

    /// <summary>An Npgsql connection string to the fresh database; also what --db takes.</summary>
    public string ConnectionString { get; }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => Admin($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
}
