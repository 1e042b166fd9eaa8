using System.Globalization;
using SecRules.Cli.Reports;
using SecRules.Cli.Rendering.Text;

namespace SecRules.Cli.Rendering.Html;

/// <summary>Draws who is affected as inline SVG: one bar per group, the part of its scenarios affected filled in.</summary>
internal static class BarChartSvg
{
    private const double Width = 720;
    private const double LabelWidth = 220;
    private const double BarWidth = 380;
    private const double RowHeight = 26;

    public static void Write(HtmlWriter html, IReadOnlyList<AffectedGroup> groups, string description)
    {
        var height = (groups.Count * RowHeight) + 8;
        html.Open("svg", ("class", "chart"), ("viewBox", $"0 0 {N(Width)} {N(height)}"),
            ("role", "img"), ("aria-label", description)).Line();
        for (var index = 0; index < groups.Count; index++)
        {
            var group = groups[index];
            var y = 4 + (index * RowHeight);
            var share = group.Scenarios == 0 ? 0 : (double)group.Affected / group.Scenarios;
            html.Open("g", ("class", "bar")).Open("title").Text($"{group.Label}: {group.Affected} of {group.Scenarios} scenarios affected").Close("title");
            html.Open("text", ("class", "label"), ("x", N(LabelWidth - 8)), ("y", N(y + 15))).Text(group.Label).Close("text");
            html.Markup($"<rect class=\"all\" x=\"{N(LabelWidth)}\" y=\"{N(y)}\" width=\"{N(BarWidth)}\" height=\"{N(RowHeight - 8)}\"/>");
            html.Markup($"<rect class=\"affected\" x=\"{N(LabelWidth)}\" y=\"{N(y)}\" width=\"{N(BarWidth * share)}\" height=\"{N(RowHeight - 8)}\"/>");
            html.Open("text", ("class", "count"), ("x", N(LabelWidth + BarWidth + 8)), ("y", N(y + 15)))
                .Text($"{TextFormat.Number(group.Affected)} of {TextFormat.Number(group.Scenarios)}").Close("text").Close("g").Line();
        }

        html.Close("svg").Line();
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
