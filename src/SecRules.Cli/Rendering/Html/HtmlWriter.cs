using System.Net;

namespace SecRules.Cli.Rendering.Html;

/// <summary>
/// Writes HTML whose every piece of text and every attribute value is escaped, so that nothing read
/// from a scenario, a ruleset or a draft can become markup.
/// </summary>
internal sealed class HtmlWriter(TextWriter writer)
{
    /// <summary>Escapes text for an element's content or a quoted attribute value.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Opens an element; attributes whose value is null are left out.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        writer.Write('<');
        writer.Write(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                writer.Write($" {name}=\"{Escape(value)}\"");
            }
        }

        writer.Write('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        writer.Write($"</{tag}>");
        return this;
    }

    /// <summary>Writes an element holding text.</summary>
    public HtmlWriter Element(string tag, string text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public HtmlWriter Text(string text)
    {
        writer.Write(Escape(text));
        return this;
    }

    /// <summary>Writes markup the renderer itself made (never text from input).</summary>
    public HtmlWriter Markup(string markup)
    {
        writer.Write(markup);
        return this;
    }

    public HtmlWriter Line()
    {
        writer.Write('\n');
        return this;
    }

    /// <summary>Writes a table row of cells holding text.</summary>
    public HtmlWriter Row(string cellTag, IEnumerable<string> cells, string? rowClass = null)
    {
        Open("tr", ("class", rowClass));
        foreach (var cell in cells)
        {
            Element(cellTag, cell);
        }

        return Close("tr").Line();
    }
}
