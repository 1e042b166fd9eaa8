using System.CommandLine;
using SecRules.Cli.Reports;
using SecRules.Cli.Rendering.Html;
using SecRules.Cli.Rendering.Json;
using SecRules.Cli.Rendering.Markdown;
using SecRules.Cli.Rendering.Text;
using SecRules.Impact;

namespace SecRules.Cli.Commands;

/// <summary><c>secrules diff</c>: what changes between two versions, in the text and in the findings of scenarios.</summary>
internal static class DiffCommand
{
    public static Command Create(CliOutput output)
    {
        var paths = new ScenarioPaths(
            "Scenario files, or folders of them, to evaluate under both versions. Without any, only the text is compared.",
            required: false);
        var format = FormatOption.Create(
            "How to write the diff: a readable report, a Markdown report for drafters, JSON, or one self-contained HTML file to send to a colleague.",
            FormatOption.Text, FormatOption.Markdown, FormatOption.Json, FormatOption.Html);
        var versions = new VersionPairOptions();
        var command = new Command("diff", "Compare two versions (or a version and a draft): the text of each obligation and, for each scenario, the findings added, removed or whose outcome changed.")
        {
            paths.Argument,
            format,
        };
        versions.AddTo(command);
        command.SetAction(parsed =>
        {
            var engine = versions.Rulesets.Engine(parsed);
            var (from, to) = versions.Resolve(parsed, engine.Rulesets);
            var scenarios = paths.Read(parsed, engine.Rulesets);
            VersionPairOptions.WarnIfTheSame(from, to, output.Error);
            var report = new DiffReport(VersionDiff.Compute(engine, from, to, scenarios));
            switch (parsed.GetValue(format))
            {
                case FormatOption.Json:
                    JsonRenderer.Write(output.Out, report);
                    break;
                case FormatOption.Markdown:
                    MarkdownRenderer.Write(output.Out, report);
                    break;
                case FormatOption.Html:
                    HtmlRenderer.Write(output.Out, report);
                    break;
                default:
                    TextRenderer.Write(output.Out, report);
                    break;
            }

            return versions.ExitCode(parsed, !report.Diff.IsEmpty);
        });
        return command;
    }
}
