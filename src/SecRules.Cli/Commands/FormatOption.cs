using System.CommandLine;

namespace SecRules.Cli.Commands;

/// <summary>The <c>--format</c> option: how a command writes its results; the first format is the default.</summary>
internal static class FormatOption
{
    public const string Text = "text";
    public const string Markdown = "markdown";
    public const string Json = "json";
    public const string Html = "html";

    public static Option<string> Create(string description, params string[] formats)
    {
        var format = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
        };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }
}
