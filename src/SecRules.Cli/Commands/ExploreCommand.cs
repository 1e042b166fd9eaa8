using System.CommandLine;
using System.Globalization;
using SecRules.Cli.Reports;
using SecRules.Cli.Rendering.Html;
using SecRules.Cli.Rendering;
using SecRules.Cli.Rendering.Json;
using SecRules.Cli.Rendering.Markdown;
using SecRules.Cli.Rendering.Text;
using SecRules.Cli.Terminal;
using SecRules.Engine;
using SecRules.Exploration;
using SecRules.Input;
using SecRules.Rulesets.Exploration;

namespace SecRules.Cli.Commands;

/// <summary>
/// <c>secrules explore</c>: generates the bounded space of scenarios the rules look at, evaluates each
/// under two versions, and reports the classes of those whose findings differ.
/// </summary>
internal static class ExploreCommand
{
    public static Command Create(CliOutput output)
    {
        var format = FormatOption.Create(
            "How to write what was found: a readable report, a Markdown impact report for drafters, JSON, or one self-contained HTML file to send to a colleague.",
            FormatOption.Text, FormatOption.Markdown, FormatOption.Json, FormatOption.Html);
        var limit = new Option<string?>("--limit")
        {
            Description = "Explore at most this many generated scenarios, spread evenly over the space.",
            HelpName = "N",
        };
        var outDirectory = new Option<string?>("--out")
        {
            Description = "Write the smallest scenario of each class to this folder, as a scenario file ready for 'secrules evaluate'.",
            HelpName = "DIR",
        };
        var only = new Option<string[]>("--only")
        {
            Description = "Explore only this value of a dimension, for example 'party-category=small supplier'; repeat to keep several values or restrict several dimensions.",
            HelpName = "DIMENSION=VALUE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var versions = new VersionPairOptions(fromBeforeTo: true);
        var command = new Command("explore", "Search the scenarios the rules look at for those whose findings differ between two versions (by default the latest and the one before it, or a version and a draft), grouped by obligation and outcome before and after.")
        {
            format,
            limit,
            only,
            outDirectory,
        };
        versions.AddTo(command);
        command.SetAction(parsed =>
        {
            var most = Limit(parsed.GetValue(limit));
            var written = parsed.GetValue(outDirectory);
            if (written is not null)
            {
                // Before the exploration, which can take minutes, rather than after it.
                OutFolder.Create(written);
            }

            // Explore evaluates hundreds of thousands of projections: compiling the rules pays.
            var engine = versions.Rulesets.Engine(parsed, RuleCompilation.Compiled);
            var (from, to) = versions.Resolve(parsed, engine.Rulesets);
            var space = Restrict(SectionGSpace.For(engine.Rulesets, from, to), parsed.GetValue(only) ?? []);
            VersionPairOptions.WarnIfTheSame(from, to, output.Error);
            var result = Explorer.Explore(engine, from, to, space, new ExplorationOptions
            {
                Limit = most,
                Progress = new ExploreProgress(output.Error, output.Terminal.InteractiveError),
            });

            if (written is not null)
            {
                foreach (var found in result.Classes)
                {
                    OutFolder.Write(written, found.Example.File, ExampleScenario.Text(result, found));
                }
            }

            var report = new ExplorationReport(result, CommandLine(from, to, most, parsed.GetValue(only) ?? [], parsed.GetValue(format)!), written);
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

            return versions.ExitCode(parsed, result.Classes.Count > 0);
        });
        return command;
    }

    private static long? Limit(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var most) || most < 1)
        {
            throw new UsageException($"{InputText.Quote(text)} for --limit explores nothing; expected a whole number of 1 or more");
        }

        return most;
    }

    private static ScenarioSpace Restrict(ScenarioSpace space, IEnumerable<string> only)
    {
        var restrictions = only.Select(text => text.Split('=', 2)).ToList();
        if (restrictions.FirstOrDefault(parts => parts.Length != 2) is { } bad)
        {
            throw new UsageException($"{InputText.Quote(bad[0])} for --only names no value; expected DIMENSION=VALUE, for example 'party-category=small supplier'");
        }

        try
        {
            return restrictions
                .GroupBy(parts => parts[0], parts => parts[1], StringComparer.Ordinal)
                .Aggregate(space, (restricted, dimension) => restricted.Restrict(dimension.Key, [.. dimension]));
        }
        catch (KeyNotFoundException exception)
        {
            throw new UsageException($"{exception.Message} (--only)");
        }
    }

    // The command a reader would run to make the same report: the versions by id and the drafts by
    // file name, never the paths of the machine that made it.
    private static string CommandLine(Versioning.RulesetVersion from, Versioning.RulesetVersion to, long? limit, IEnumerable<string> only, string format) =>
        $"secrules explore --from {from.Id} --to {to.DraftOf ?? to.Id}{ComparisonText.DraftOptions(to)}{(limit is { } most ? $" --limit {most}" : string.Empty)}"
        + string.Concat(only.Select(restriction => $" --only '{restriction}'")) + $" --format {format}";
}
