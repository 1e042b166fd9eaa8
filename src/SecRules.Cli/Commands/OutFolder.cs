using SecRules.Input;

namespace SecRules.Cli.Commands;

/// <summary>The folder <c>--out</c> names: created, and written to, with any failure a one-line usage error.</summary>
internal static class OutFolder
{
    private const string Expected = "expected a folder secrules may create and write to";

    public static void Create(string folder) =>
        Attempt(folder, () => Directory.CreateDirectory(folder));

    public static void Write(string folder, string file, string text) =>
        Attempt(folder, () => File.WriteAllText(Path.Combine(folder, file), text));

    private static void Attempt(string folder, Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write to --out '{InputText.Escape(folder)}' ({InputText.Escape(exception.Message.TrimEnd('.'))}); {Expected}");
        }
    }
}
