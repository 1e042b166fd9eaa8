using System.Globalization;
using SecRules.Cli.Reports.Timelines;
using SecRules.Cli.Rendering.Text;

namespace SecRules.Cli.Rendering.Html;

/// <summary>
/// Draws a User's timeline as inline SVG: one row per kind of event on a common date axis, the
/// dates versions of the legal text took effect as dashed lines across every row, the evaluation
/// date as a solid one, and deadlines as red diamonds.
/// </summary>
internal static class TimelineSvg
{
    private const double Width = 960;
    private const double Left = 120;
    private const double Right = 24;
    private const double Top = 8;
    private const double RowHeight = 15;
    private const double LanePadding = 14;
    private const double AxisHeight = 28;

    // The width of a character of an 11px label, near enough to keep labels apart.
    private const double CharacterWidth = 6;

    public static void Write(HtmlWriter html, UserTimeline timeline)
    {
        var (first, last) = timeline.Span;
        var margin = Math.Max(15, (last.DayNumber - first.DayNumber) / 30);
        var start = first.AddDays(-margin);
        var days = Math.Max(60, last.DayNumber + margin - start.DayNumber);
        double X(DateOnly date) => Left + ((Width - Left - Right) * (date.DayNumber - start.DayNumber) / days);

        // Each label takes the first row of its lane where it does not run into the label before it.
        var placed = new List<(TimelineEvent Event, double X, int Row, bool AnchorEnd)>();
        var lanes = new List<(TimelineLane Lane, double Top, int Rows)>();
        var top = Top;
        foreach (var lane in timeline.Events.GroupBy(item => item.Lane).OrderBy(group => group.Key))
        {
            var rowEnds = new List<double>();
            foreach (var item in lane)
            {
                var x = X(item.Date);
                var width = (item.Label.Length * CharacterWidth) + 12;
                var anchorEnd = x + width > Width;
                var (from, to) = anchorEnd ? (x - width, x + 6) : (x - 6, x + width);
                var row = rowEnds.FindIndex(end => end < from);
                if (row < 0)
                {
                    rowEnds.Add(to);
                    row = rowEnds.Count - 1;
                }
                else
                {
                    rowEnds[row] = to;
                }

                placed.Add((item, x, row, anchorEnd));
            }

            lanes.Add((lane.Key, top, rowEnds.Count));
            top += LanePadding + (rowEnds.Count * RowHeight);
        }

        var bottom = top;
        html.Open("svg", ("class", "timeline"), ("viewBox", $"0 0 {N(Width)} {N(bottom + AxisHeight)}"),
            ("role", "img"), ("aria-label", $"Timeline of {timeline.Party.Id}")).Line();
        foreach (var (lane, laneTop, rows) in lanes)
        {
            var height = LanePadding + (rows * RowHeight) - 4;
            html.Markup($"<rect class=\"lane\" x=\"{N(Left)}\" y=\"{N(laneTop)}\" width=\"{N(Width - Left - Right)}\" height=\"{N(height)}\"/>");
            html.Open("text", ("class", "lane-name"), ("x", "4"), ("y", N(laneTop + (height / 2) + 4))).Text(LaneName(lane)).Close("text").Line();
        }

        for (var year = start.Year + 1; year <= start.AddDays(days).Year; year++)
        {
            var x = N(X(new DateOnly(year, 1, 1)));
            html.Markup($"<line class=\"year\" x1=\"{x}\" y1=\"{N(Top)}\" x2=\"{x}\" y2=\"{N(bottom + 4)}\"/>");
            html.Open("text", ("class", "year"), ("x", x), ("y", N(bottom + 18))).Text(year.ToString(CultureInfo.InvariantCulture)).Close("text").Line();
        }

        foreach (var mark in timeline.Events.Where(item => item.Lane == TimelineLane.LegalText))
        {
            var x = N(X(mark.Date));
            var kind = mark.Label == UserTimeline.EvaluationDateLabel ? "evaluation" : "version";
            html.Markup($"<line class=\"{kind}\" x1=\"{x}\" y1=\"{N(Top)}\" x2=\"{x}\" y2=\"{N(bottom)}\"/>");
        }

        foreach (var (item, x, row, anchorEnd) in placed)
        {
            var y = lanes.Single(lane => lane.Lane == item.Lane).Top + LanePadding + (row * RowHeight) - 2;
            var title = $"{TextFormat.Date(item.Date)}: {item.Label}{(item.IsDeadline ? " (deadline)" : string.Empty)}";
            html.Open("g", ("class", item.IsDeadline ? "event deadline" : "event")).Open("title").Text(title).Close("title");
            html.Markup(item.IsDeadline
                ? $"<path d=\"M{N(x)} {N(y - 6)} l6 6 l-6 6 l-6 -6 z\"/>"
                : $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"4.5\"/>");
            html.Open("text", ("x", N(anchorEnd ? x - 8 : x + 8)), ("y", N(y + 4)), ("text-anchor", anchorEnd ? "end" : null)).Text(item.Label).Close("text").Close("g").Line();
        }

        html.Close("svg").Line();
    }

    /// <summary>Names a lane as the timeline and its table show it.</summary>
    public static string LaneName(TimelineLane lane) => lane switch
    {
        TimelineLane.LegalText => "Legal text",
        TimelineLane.UserSystems => "User Systems",
        TimelineLane.Assessments => "Assessments",
        TimelineLane.Ssc => "SSC",
        TimelineLane.Panel => "Panel",
        _ => lane.ToString(),
    };

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
