using System.Globalization;
using SecRules.Versioning;

namespace SecRules.Cli.Rendering.Text;

/// <summary>How text output writes dates, hashes and long messages.</summary>
internal static class TextFormat
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Names a version as reports head its section: <c>id: title (in force from date)</c>, or <c>(baseline)</c>.</summary>
    public static string Version(RulesetVersion version) => $"{version.Id}: {version.Title} ({InForce(version)})";

    /// <summary>Writes a count with thousands separators, whatever the machine's culture.</summary>
    public static string Number(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Says when a version took effect: <c>in force from YYYY-MM-DD</c>, or <c>baseline</c>.</summary>
    public static string InForce(RulesetVersion version) =>
        version.EffectiveFrom is { } date ? $"in force from {Date(date)}" : "baseline";

    /// <summary>Shortens <c>sha256:</c> and 64 hex digits to its first 12 digits, as tables show it.</summary>
    public static string ShortHash(string hash) => hash.Length > 19 ? hash[..19] : hash;

    /// <summary>Writes <paramref name="text"/> wrapped at <paramref name="width"/>, the first line after <paramref name="label"/> and the rest aligned under it.</summary>
    public static void WriteWrapped(TextWriter writer, string label, string text, int width)
    {
        var lines = Wrap(text, width).ToList();
        for (var line = 0; line < lines.Count; line++)
        {
            writer.WriteLine((line == 0 ? label : new string(' ', label.Length)) + lines[line]);
        }
    }

    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="width"/> characters at spaces.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
