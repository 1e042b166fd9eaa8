using System.CommandLine;
using SecRules.Scenarios;
using SecRules.Versioning;

namespace SecRules.Cli.Commands;

/// <summary>The argument of the commands that take many scenario files: files, or folders searched for <c>*.yaml</c> and <c>*.yml</c>.</summary>
/// <param name="description">What the scenarios are for, as help shows it.</param>
/// <param name="required">Whether at least one path must be given.</param>
internal sealed class ScenarioPaths(
    string description = "Scenario files, or folders searched with their subfolders for *.yaml and *.yml files.",
    bool required = true)
{
    public Argument<string[]> Argument { get; } = new("scenarios")
    {
        Description = description,
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };

    /// <summary>Reads every scenario named, checked against the library, before any is used.</summary>
    public IReadOnlyList<Scenario> Read(ParseResult parsed, RulesetLibrary rulesets) =>
        ScenarioFiles.ReadAll(parsed.GetValue(Argument) ?? [], rulesets);
}
