using System.Runtime.InteropServices;

namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>
/// Reads only regular files. A symbolic link in a watched folder would publish whatever file the service can read
/// (<c>ln -s /etc/passwd inbox/x.txt</c>), and a FIFO or device would block the reader for good, so both are refused
/// with a reason, before they are opened; after opening, the file actually opened must still be the one named (a
/// link swapped in between is caught on Linux through <c>/proc/self/fd</c>).
/// </summary>
internal static partial class RegularFile
{
    // The type bits of st_mode as .NET's own native layer reports them (pal_io.h: PAL_S_IFMT and friends).
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000, CharacterDevice = 0x2000, Directory = 0x4000, Regular = 0x8000, Link = 0xA000, Socket = 0xC000;

    /// <summary>Why this path cannot be read as an article file, or null when it is a regular file.</summary>
    public static string? Refusal(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return "symbolic link; only regular files are read";
        }

        if (!info.Exists)
        {
            return System.IO.Directory.Exists(path) ? "a folder, not a file" : "no such file";
        }

        return UnixType(path) switch
        {
            null or Regular => null,
            Link => "symbolic link; only regular files are read",
            Directory => "a folder, not a file",
            Fifo => "a named pipe, not a regular file",
            Socket => "a socket, not a regular file",
            CharacterDevice or _ => "a device, not a regular file",
        };
    }

    /// <summary>The file's bytes, at most <paramref name="maxBytes"/> of them; throws <see cref="ArticleReadException"/> for anything but a regular file.</summary>
    public static byte[] ReadAll(string path, long maxBytes)
    {
        if (Refusal(path) is { } refusal)
        {
            throw new ArticleReadException(refusal);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        if (OpenedPath(stream) is { } opened && opened != Path.GetFullPath(path))
        {
            throw new ArticleReadException("symbolic link; only regular files are read");
        }

        ArticleBytes.CheckSize(stream.Length, maxBytes);
        // Read no more than the limit, even from a file that grows while it is read.
        using var buffer = new MemoryStream((int)Math.Min(stream.Length, maxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                ArticleBytes.CheckSize(buffer.Length + read, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? OpenedPath(FileStream stream)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return File.ResolveLinkTarget($"/proc/self/fd/{stream.SafeFileHandle.DangerousGetHandle()}", returnFinalTarget: false)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int? UnixType(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            var status = new byte[512];
            return LStat(path, status) == 0 ? BitConverter.ToInt32(status, 4) & TypeMask : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // .NET's own lstat (System.Native, shipped with every runtime): FileStatus starts with int Flags, int Mode.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
