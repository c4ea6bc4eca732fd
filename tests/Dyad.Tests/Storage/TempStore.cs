using Microsoft.Data.Sqlite;

namespace Dyad.Tests.Storage;

/// <summary>
/// A temporary folder of a test's own for a SQLite store (<see cref="Db"/>) and the files the test writes beside it.
/// Disposing lets go of pooled connections, which would keep the store's files open, and deletes the folder. The web
/// tests compile this file too.
/// </summary>
public sealed class TempStore : IDisposable
{
    public TempStore(string prefix = "dyad-test-") => Folder = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Folder { get; }

    /// <summary>The store's file: dyad.db in the folder.</summary>
    public string Db => Path.Combine(Folder, "dyad.db");

    /// <summary>A path in the folder.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Writes a file in the folder (relative path, subfolders made as needed) and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        // A process that still holds a file (a watcher, an antivirus) must not fail the test that is over.
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
