using SecRules.Cli.Reports.Timelines;
using SecRules.Cli.Rendering.Html;
using SecRules.Cli.Rendering.Text;

namespace SecRules.Cli.Rendering.Markdown;

/// <summary>
/// Writes a User's timeline as a Mermaid Gantt chart of milestones, which Markdown viewers that know
/// Mermaid draw on a date axis: one section per row of the timeline, deadlines marked critical.
/// </summary>
internal static class MermaidTimeline
{
    public static void Write(TextWriter writer, UserTimeline timeline)
    {
        writer.WriteLine("```mermaid");
        writer.WriteLine("gantt");
        writer.WriteLine($"    title Timeline of {Label(timeline.Party.Id)}");
        writer.WriteLine("    dateFormat YYYY-MM-DD");
        writer.WriteLine("    axisFormat %Y-%m");
        foreach (var lane in timeline.Events.GroupBy(item => item.Lane).OrderBy(group => group.Key))
        {
            writer.WriteLine($"    section {TimelineSvg.LaneName(lane.Key)}");
            foreach (var item in lane)
            {
                writer.WriteLine($"    {Label(item.Label)} :{(item.IsDeadline ? "crit, " : string.Empty)}milestone, {TextFormat.Date(item.Date)}, 0d");
            }
        }

        writer.WriteLine("```");
    }

    // Mermaid reads a colon as the start of a task's data, and '#' and ';' as comment and statement ends.
    private static string Label(string text) =>
        string.Join(' ', text.Split([':', ';', '#', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
