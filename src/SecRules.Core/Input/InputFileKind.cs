namespace SecRules.Input;

/// <summary>What a path names, as far as reading it as an input file goes.</summary>
internal enum InputFileKind
{
    /// <summary>A regular file, which can be read.</summary>
    Regular,

    /// <summary>Nothing: no file or folder has that path.</summary>
    Missing,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A named pipe (FIFO), which would block until something writes to it.</summary>
    Pipe,

    /// <summary>A character or block device, such as <c>/dev/zero</c>, which may never end.</summary>
    Device,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>A chain of symbolic links that leads back on itself.</summary>
    LinkLoop,

    /// <summary>A path through a folder the user may not enter.</summary>
    NoAccess,
}
