using System.CommandLine;
using SecRules.Scenarios;
using SecRules.Versioning;

namespace SecRules.Cli.Commands;

/// <summary>The argument of the commands that take many scenario files: files, or folders searched for <c>*.yaml</c>.</summary>
internal sealed class ScenarioPaths
{
    public Argument<string[]> Argument { get; } = new("scenarios")
    {
        Description = "Scenario files, or folders searched with their subfolders for *.yaml files.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Reads every scenario named, checked against the library, before any is used.</summary>
    public IReadOnlyList<Scenario> Read(ParseResult parsed, RulesetLibrary rulesets) =>
        ScenarioFiles.ReadAll(parsed.GetValue(Argument)!, rulesets);
}
