using System.CommandLine;
using SecRules.Cli.Json;
using SecRules.Cli.Markdown;
using SecRules.Cli.Text;
using SecRules.Engine;
using SecRules.Exploration;
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
            "How to write what was found: a readable report, a Markdown impact report for drafters, or JSON.",
            FormatOption.Text, FormatOption.Markdown, FormatOption.Json);
        var limit = new Option<long?>("--limit")
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
        var versions = new VersionPairOptions();
        var command = new Command("explore", "Search the scenarios the rules look at for those whose findings differ between two versions (or a version and a draft), grouped by obligation and outcome before and after.")
        {
            format,
            limit,
            only,
            outDirectory,
        };
        versions.AddTo(command);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(limit) is < 1)
            {
                throw new UsageException($"--limit {parsed.GetValue(limit)} explores nothing; expected a whole number of 1 or more");
            }

            // Explore evaluates hundreds of thousands of projections: compiling the rules pays.
            var engine = versions.Rulesets.Engine(parsed, RuleCompilation.Compiled);
            var (from, to) = versions.Resolve(parsed, engine.Rulesets);
            var space = Restrict(SectionGSpace.For(engine.Rulesets, from, to), parsed.GetValue(only) ?? []);
            var result = Explorer.Explore(engine, from, to, space, new ExplorationOptions
            {
                Limit = parsed.GetValue(limit),
                Progress = new ProgressOnError(output.Error),
            });

            var written = parsed.GetValue(outDirectory);
            if (written is not null)
            {
                Directory.CreateDirectory(written);
                foreach (var found in result.Classes)
                {
                    File.WriteAllText(Path.Combine(written, found.Example.File), ExampleScenario.Text(result, found));
                }
            }

            switch (parsed.GetValue(format))
            {
                case FormatOption.Json:
                    output.Out.Write(ImpactJson.Write(result));
                    break;
                case FormatOption.Markdown:
                    ExploreMarkdown.Write(output.Out, result, CommandLine(from, to, parsed.GetValue(limit), parsed.GetValue(only) ?? []));
                    break;
                default:
                    ExploreReport.Write(output.Out, result, written);
                    break;
            }

            return versions.ExitCode(parsed, result.Classes.Count > 0);
        });
        return command;
    }

    private static ScenarioSpace Restrict(ScenarioSpace space, IEnumerable<string> only)
    {
        var restrictions = only.Select(text => text.Split('=', 2)).ToList();
        if (restrictions.FirstOrDefault(parts => parts.Length != 2) is { } bad)
        {
            throw new UsageException($"'{bad[0]}' for --only names no value; expected DIMENSION=VALUE, for example 'party-category=small supplier'");
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
    private static string CommandLine(Versioning.RulesetVersion from, Versioning.RulesetVersion to, long? limit, IEnumerable<string> only) =>
        $"secrules explore --from {from.Id} --to {to.DraftOf ?? to.Id}{ComparisonText.DraftOptions(to)}{(limit is { } most ? $" --limit {most}" : string.Empty)}"
        + string.Concat(only.Select(restriction => $" --only '{restriction}'")) + " --format markdown";
}
