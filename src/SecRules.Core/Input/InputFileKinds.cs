using System.Runtime.InteropServices;

namespace SecRules.Input;

/// <summary>
/// Tells regular files from folders, pipes, devices and sockets before a file is opened: opening a
/// pipe blocks until something writes to it, and a device such as <c>/dev/zero</c> never ends.
/// </summary>
/// <remarks>
/// .NET reports every non-folder as a file, so on Linux the file type comes from <c>statx</c>, whose
/// layout the kernel fixes for every architecture. Elsewhere only folders and missing paths are told
/// apart; the size bound of <see cref="InputFile"/> still stops a device that never ends.
/// </remarks>
internal static partial class InputFileKinds
{
    private const int CurrentDirectory = -100;
    private const uint TypeMask = 0x1;
    private const int ModeOffset = 28;
    private const int StatxSize = 256;

    private const int NoSuchFile = 2;
    private const int PermissionDenied = 13;
    private const int NotAFolder = 20;
    private const int NameTooLong = 36;
    private const int TooManyLinks = 40;

    private const int TypeBits = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int FolderType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularType = 0x8000;
    private const int SocketType = 0xC000;

    private static bool _statxMissing;

    public static InputFileKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && !_statxMissing && FromStatx(path) is { } kind)
        {
            return kind;
        }

        if (Directory.Exists(path))
        {
            return InputFileKind.Folder;
        }

        if (File.Exists(path))
        {
            return InputFileKind.Regular;
        }

        return IsLinkLoop(path) ? InputFileKind.LinkLoop : InputFileKind.Missing;
    }

    private static InputFileKind? FromStatx(string path)
    {
        Span<byte> status = stackalloc byte[StatxSize];
        int result;
        try
        {
            result = Statx(CurrentDirectory, path, 0, TypeMask, status);
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library without statx: fall back to what .NET itself can tell.
            _statxMissing = true;
            return null;
        }

        if (result != 0)
        {
            return Marshal.GetLastPInvokeError() switch
            {
                NoSuchFile or NotAFolder or NameTooLong => InputFileKind.Missing,
                TooManyLinks => InputFileKind.LinkLoop,
                PermissionDenied => InputFileKind.NoAccess,
                _ => null,
            };
        }

        return (BitConverter.ToUInt16(status[ModeOffset..]) & TypeBits) switch
        {
            RegularType => InputFileKind.Regular,
            FolderType => InputFileKind.Folder,
            FifoType => InputFileKind.Pipe,
            CharacterDeviceType or BlockDeviceType => InputFileKind.Device,
            SocketType => InputFileKind.Socket,
            _ => null,
        };
    }

    private static bool IsLinkLoop(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                File.ResolveLinkTarget(path, returnFinalTarget: true);
            }

            return false;
        }
        catch (IOException)
        {
            // Following the links failed: they lead round in a loop.
            return true;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> status);
}
