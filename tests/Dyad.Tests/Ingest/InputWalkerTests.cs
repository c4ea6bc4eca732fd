using Dyad.Ingest;
using Dyad.Tests.Storage;

namespace Dyad.Tests.Ingest;

public sealed class InputWalkerTests : TempStoreTest
{
    private string File(string relative)
    {
        var path = Path.Combine(Temp.Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, "Jordan reopened the crossing with Syria.");
        return path;
    }

    private (List<string> Files, List<IngestError> Errors) Walk(params string[] paths)
    {
        var errors = new List<IngestError>();
        var files = new InputWalker().Walk(paths, errors).Select(f => Path.GetRelativePath(Temp.Folder, f.Path)).ToList();
        return (files, errors);
    }

    [Fact]
    public void Walk_LinkBackToAnAncestor_IsReportedOnceAndNotFollowed()
    {
        File("a.txt");
        File("sub/b.txt");
        Directory.CreateSymbolicLink(Temp.PathOf("loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(Temp.Folder, "sub", "up"), "..");

        var (files, errors) = Walk(Temp.Folder);

        Assert.Equal(["a.txt", Path.Combine("sub", "b.txt")], files);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Input.EndsWith("loop", StringComparison.Ordinal) && e.Reason.Contains("already read", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Input.EndsWith("up", StringComparison.Ordinal));
    }

    [Fact]
    public void Walk_TwoLoopsAndALinkChain_EndAndReadEachFileOnce()
    {
        File("x/c.txt");
        Directory.CreateSymbolicLink(Path.Combine(Temp.Folder, "x", "l1"), Temp.PathOf("x"));
        Directory.CreateSymbolicLink(Path.Combine(Temp.Folder, "x", "l2"), Path.Combine(Temp.Folder, "x", "l1"));
        Directory.CreateSymbolicLink(Temp.PathOf("y"), Temp.PathOf("x"));

        var (files, errors) = Walk(Temp.Folder);

        Assert.Equal([Path.Combine("x", "c.txt")], files);
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Walk_TheSameFolderNamedTwice_IsReadOnce()
    {
        File("d.txt");
        var (files, errors) = Walk(Temp.Folder, Temp.Folder + "/.");
        Assert.Equal(["d.txt"], files);
        Assert.Single(errors);
    }
}
