namespace Dyad.Storage;

internal sealed partial class SqlStore
{
    public byte[]? KeptAnswer(string name, string version, CancellationToken cancellationToken = default)
    {
        // A primary-key read of one row: the version is compared here, so that a stale answer is never sent.
        using var reading = Reading.Start(_readers, "SELECT version, body FROM kept_answers WHERE name = @name", [("@name", name)], cancellationToken);
        if (!reading.Next() || reading.Reader.GetString(0) != version) return null;
        return (byte[])reading.Reader.GetValue(1);
    }

    public void KeepAnswer(string name, string version, byte[] body)
    {
        lock (_gate)
        {
            // An upsert, as SetJobState: two processes keeping the same answer at once both succeed, the last one wins;
            // a reader compares the version it expects, so an answer of an older mark written last is only computed again.
            Execute("INSERT INTO kept_answers (name, version, body) VALUES (@n, @v, @b) ON CONFLICT (name) DO UPDATE SET version = excluded.version, body = excluded.body",
                null, ("@n", name), ("@v", version), ("@b", body));
        }
    }

    public IReadOnlyList<(string Name, string Version)> KeptAnswers(CancellationToken cancellationToken = default)
    {
        using var reading = Reading.Start(_readers, "SELECT name, version FROM kept_answers ORDER BY name", [], cancellationToken);
        var kept = new List<(string, string)>();
        while (reading.Next()) kept.Add((reading.Reader.GetString(0), reading.Reader.GetString(1)));
        return kept;
    }
}
