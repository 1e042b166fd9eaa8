using System.Text;

namespace SecRules.Assurance;

/// <summary>
/// How Assurance Status names are compared: case, commas, full stops and runs of white space do not
/// matter, and a form ending in an ellipsis matches any text that starts with it at a word boundary.
/// </summary>
internal static class StatusText
{
    private const string Ellipsis = "...";

    public static bool Matches(string form, string normalisedText)
    {
        var trimmed = form.TrimEnd();
        var isPrefix = trimmed.EndsWith(Ellipsis, StringComparison.Ordinal) || trimmed.EndsWith('\u2026');
        var pattern = Normalise(trimmed);
        if (!isPrefix)
        {
            return pattern == normalisedText;
        }

        return pattern.Length > 0
            && normalisedText.StartsWith(pattern, StringComparison.Ordinal)
            && (normalisedText.Length == pattern.Length || normalisedText[pattern.Length] == ' ');
    }

    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character) || character is ',' or '.' or '\u2026' or ';' or ':')
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(char.ToLowerInvariant(character));
        }

        return result.ToString();
    }
}
