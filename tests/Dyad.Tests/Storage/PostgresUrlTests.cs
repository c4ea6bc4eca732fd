using Npgsql;

namespace Dyad.Tests.Storage;

public sealed class PostgresUrlTests
{
    [Theory]
    [InlineData("postgres://alice@db.example.org:5433/events", "db.example.org", 5433, "alice", "events", null)]
    [InlineData("postgresql://bob:s%40cret@127.0.0.1/dyad", "127.0.0.1", 5432, "bob", "dyad", "s@cret")]
    [InlineData("Host=h;Port=6000;Username=u;Password=p;Database=d", "h", 6000, "u", "d", "p")]
    public void ToConnectionString_ReadsUrlsAndConnectionStrings(string db, string host, int port, string user, string database, string? password)
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(db));
        Assert.Equal((host, port, user, database), (b.Host, b.Port, b.Username, b.Database));
        if (password is not null) Assert.Equal(password, b.Password);
    }

    [Fact]
    public void ToConnectionString_QueryParameters()
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString("postgres://u@h/d?sslmode=require&application_name=dyad"));
        Assert.Equal(SslMode.Require, b.SslMode);
        Assert.Equal("dyad", b.ApplicationName);
    }

    [Fact]
    public void ToConnectionString_Garbage_IsAStoreErrorWithoutThePassword()
    {
        var e = Assert.Throws<StoreException>(() => PostgresUrl.ToConnectionString("Host=h;Password=hunter2;Bogus Key=1"));
        Assert.DoesNotContain("hunter2", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://u@h/d", true)]
    [InlineData("POSTGRESQL://u@h/d", true)]
    [InlineData("Host=localhost;Database=d", true)]
    [InlineData("dyad.db", false)]
    [InlineData("/data/postgres/dyad.db", false)]
    public void IsPostgres(string db, bool expected) => Assert.Equal(expected, StoreFactory.IsPostgres(db));
}
