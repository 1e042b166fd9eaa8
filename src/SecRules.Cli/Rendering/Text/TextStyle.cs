using SecRules.Findings;

namespace SecRules.Cli.Rendering.Text;

/// <summary>
/// How text output marks what needs attention: Breach in red and Event of Default risk in bold
/// magenta on a terminal that shows colour, and nothing at all otherwise.
/// </summary>
internal sealed class TextStyle
{
    private const string Reset = "\u001b[0m";

    private TextStyle(bool colour) => HasColour = colour;

    /// <summary>Gets the style of plain text: no escape sequence is ever written.</summary>
    public static TextStyle Plain { get; } = new(colour: false);

    /// <summary>Gets the style of a terminal that shows ANSI colours.</summary>
    public static TextStyle Colour { get; } = new(colour: true);

    public bool HasColour { get; }

    /// <summary>Marks text that shows an outcome, already padded to its column, when the outcome needs attention.</summary>
    public string Outcome(string text, Outcome outcome) => !HasColour ? text : outcome switch
    {
        Findings.Outcome.Breach => Paint(text, "\u001b[31m"),
        Findings.Outcome.EventOfDefaultRisk => Paint(text, "\u001b[1;35m"),
        _ => text,
    };

    // The padding stays outside the colour, so that an underline or background never runs on.
    private static string Paint(string text, string colour)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 ? text : colour + trimmed + Reset + text[trimmed.Length..];
    }
}
