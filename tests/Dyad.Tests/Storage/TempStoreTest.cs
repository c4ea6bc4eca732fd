namespace Dyad.Tests.Storage;

/// <summary>
/// A test class whose every test has a temporary folder of its own for a store and its files, <see cref="Temp"/>: xunit
/// makes an instance per test and disposes it after, which deletes the folder.
/// </summary>
public abstract class TempStoreTest : IDisposable
{
    protected TempStoreTest() => Temp = new TempStore($"dyad-{GetType().Name}-");

    protected TempStore Temp { get; }

    public virtual void Dispose() => Temp.Dispose();
}
