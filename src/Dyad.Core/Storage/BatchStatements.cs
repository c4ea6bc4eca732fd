namespace Dyad.Storage;

/// <summary>
/// The statements a batch runs in its transaction, each prepared on first use and rebound after. A call site passes
/// one constant string and its arguments always in the same order, so that a statement is found by its string
/// object and its parameters by position.
/// </summary>
internal abstract class BatchStatements : IDisposable
{
    /// <summary>Runs a statement; the number of rows it changed.</summary>
    public abstract int Execute(string sql, params (string Name, object? Value)[] args);

    /// <summary>The first value of the first row: null without a row, <see cref="DBNull"/> for a null value.</summary>
    public abstract object? Scalar(string sql, params (string Name, object? Value)[] args);

    /// <summary>The first value of every row, as integers.</summary>
    public abstract List<long> Longs(string sql, params (string Name, object? Value)[] args);

    /// <summary>Ends the batch's use of the statements.</summary>
    public abstract void Dispose();
}
