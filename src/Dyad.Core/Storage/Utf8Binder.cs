using System.Text;
using SQLitePCL;

namespace Dyad.Storage;

/// <summary>
/// Binds text to a SQLite statement through one reused UTF-8 buffer. SQLitePCL's string overload encodes each value
/// into a new array: a batch binds about forty texts per document, the document's whole text among them, and those
/// arrays were a tenth of the writer's allocations. The bytes are those of <see cref="Encoding.UTF8"/>, as before.
/// </summary>
internal sealed class Utf8Binder
{
    private byte[] _buffer = new byte[4096];

    /// <summary>Binds <paramref name="value"/> (null as NULL) to parameter <paramref name="index"/>; SQLite copies it.</summary>
    public int Bind(sqlite3_stmt statement, int index, string? value)
    {
        if (value is null) return raw.sqlite3_bind_null(statement, index);
        // An empty span would be bound through a null pointer, which SQLite takes for NULL.
        if (value.Length == 0) return raw.sqlite3_bind_text(statement, index, value);
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _buffer.Length) _buffer = new byte[Math.Max(most, _buffer.Length * 2)];
        var length = Encoding.UTF8.GetBytes(value, _buffer);
        return raw.sqlite3_bind_text(statement, index, _buffer.AsSpan(0, length));
    }
}
