namespace Dyad.Ingest;

/// <summary>One input found on the command line: a file, the meta.json entries of its folder, and any problem with it.</summary>
public sealed record InputFile(string Path, string Id, MetaEntry? Meta);

/// <summary>
/// Expands files and folders into article files in a stable order (folders recursively, names sorted), with
/// each folder's meta.json. A path that does not exist, an unsupported file named directly, or a broken
/// meta.json is reported and the walk goes on.
/// </summary>
public sealed class InputWalker
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, MetaEntry>> _meta = new(StringComparer.Ordinal);

    /// <summary>
    /// The article files <paramref name="paths"/> name, lazily, in a stable order. Each problem (a missing path, an unsupported
    /// file named directly, a broken meta.json) is added to <paramref name="errors"/> as it is met, and the walk goes on.
    /// </summary>
    public IEnumerable<InputFile> Walk(IEnumerable<string> paths, List<IngestError> errors)
    {
        // Folders already walked, by their real path: a link back up ("loop -> .") is reported once, not followed.
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Folder(path, walked, errors)) yield return Input(f, errors);
            }
            else if (File.Exists(path))
            {
                if (!IsArticle(path))
                {
                    errors.Add(new IngestError(path, $"unsupported file type '{System.IO.Path.GetExtension(path)}' (expected {string.Join(", ", ArticleReader.Extensions)})"));
                    continue;
                }
                yield return Input(path, errors);
            }
            else
            {
                errors.Add(new IngestError(path, "no such file or folder"));
            }
        }
    }

    // A folder's files and subfolders in name order, one folder listed at a time: an archive of a million files
    // is walked without holding its million paths. A folder that cannot be read is an error, not an empty folder.
    private static IEnumerable<string> Folder(string path, HashSet<string> walked, List<IngestError> errors)
    {
        List<(string Name, string Path, bool IsFolder)> entries;
        try
        {
            var real = RealPath(path);
            if (!walked.Add(real))
            {
                errors.Add(new IngestError(path, $"a link to a folder already read ('{real}'): skipped, so that a loop of links ends"));
                yield break;
            }
            var options = new EnumerationOptions { IgnoreInaccessible = false };
            entries = Directory.EnumerateFiles(path, "*", options).Where(IsArticle).Select(f => (System.IO.Path.GetFileName(f), f, false))
                .Concat(Directory.EnumerateDirectories(path, "*", options).Select(d => (System.IO.Path.GetFileName(d), d, true)))
                .OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new IngestError(path, e.Message));
            yield break;
        }
        foreach (var (_, entry, isFolder) in entries)
        {
            if (!isFolder) yield return entry;
            else foreach (var f in Folder(entry, walked, errors)) yield return f;
        }
    }

    // The folder's path with every link resolved, component by component from the root ("a/loop/loop" is "a").
    private static string RealPath(string path)
    {
        var info = new DirectoryInfo(Path.GetFullPath(path));
        if (info.LinkTarget is not null)
        {
            // Resolving a link to a link to ... ends with an IOException from the system, caught by the caller.
            return RealPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
        }
        return info.Parent is { } parent ? Path.Combine(RealPath(parent.FullName), info.Name) : info.FullName;
    }

    private static bool IsArticle(string path) =>
        ArticleReader.Extensions.Contains(System.IO.Path.GetExtension(path).ToLowerInvariant());

    // The full path of the last file's folder, by the folder as written: files come folder by folder, and the full form
    // of a relative path asked the system for the working directory at every file.
    private (string Written, string Full)? _lastFolder;

    private InputFile Input(string path, List<IngestError> errors)
    {
        var id = System.IO.Path.GetFileNameWithoutExtension(path);
        var written = System.IO.Path.GetDirectoryName(path) ?? "";
        if (_lastFolder is not { } folder || folder.Written != written)
            _lastFolder = folder = (written, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var meta = MetaFor(folder.Full, errors);
        return new InputFile(path, id, meta.GetValueOrDefault(id));
    }

    private IReadOnlyDictionary<string, MetaEntry> MetaFor(string dir, List<IngestError> errors)
    {
        if (_meta.TryGetValue(dir, out var cached)) return cached;
        var path = System.IO.Path.Combine(dir, "meta.json");
        IReadOnlyDictionary<string, MetaEntry> entries = new Dictionary<string, MetaEntry>();
        if (File.Exists(path))
        {
            var (read, error) = MetaFile.Read(path);
            if (error is not null) errors.Add(error);
            entries = read;
        }
        _meta[dir] = entries;
        return entries;
    }
}
