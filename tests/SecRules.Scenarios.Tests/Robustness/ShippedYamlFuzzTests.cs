using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SecRules.Engine;
using SecRules.Input;
using SecRules.Rulesets;
using SecRules.Tests.Shared;

namespace SecRules.Scenarios.Tests.Robustness;

/// <summary>
/// A seeded, bounded mutation fuzzer over every shipped YAML file: each case damages one file
/// (<see cref="YamlMutator"/>) and reads it as the tool would, evaluating it when it still reads.
/// Anything but a result or the one-line positioned error fails the test, naming the seed, the case
/// and the damage so that it can be replayed.
/// </summary>
/// <remarks>
/// The normal test run does <see cref="DefaultCases"/> cases; <c>scripts/fuzz.sh</c> runs more, with
/// another seed, through the environment variables <c>SECRULES_FUZZ_CASES</c> and <c>SECRULES_FUZZ_SEED</c>.
/// </remarks>
[NonParallelizable]
[Category(TestCategories.Slow)]
public partial class ShippedYamlFuzzTests
{
    private const int DefaultCases = 400;
    private const int DefaultSeed = 20_240_610;

    // Evaluating under a damaged ruleset or a draft compiles it anew (a few hundred milliseconds), so
    // only one such case in this many is evaluated; the rest are read and checked.
    private const int CompileOneIn = 40;

    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    private static readonly string[] ScenarioFolders = ["scenarios", "examples", "samples/SecRules.Analyst.Sample.Tests/scenarios"];

    private string _work = null!;

    [SetUp]
    public void CreateWorkFolder()
    {
        TestCategories.SkipIfSlowTestsAreOff();
        _work = Path.Combine(Path.GetTempPath(), "secrules-fuzz", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_work);
    }

    [TearDown]
    public void DeleteWorkFolder()
    {
        if (_work is not null && Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void Read_DamagedShippedFiles_GiveAResultOrOneLinePositionedError()
    {
        var cases = Setting("SECRULES_FUZZ_CASES", DefaultCases);
        var seed = Setting("SECRULES_FUZZ_SEED", DefaultSeed);
        var targets = Targets();
        var rulesets = CopyRulesets();
        var example = ScenarioReader.ReadFile(RepositoryPaths.Of("examples/seed-second-user-system-from-srp.yaml"), SectionG.Rulesets);
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();

        for (var index = 0; index < cases && failures.Count < 20; index++)
        {
            var random = new Random(HashCode.Combine(seed, index));
            var target = targets[index % targets.Count];
            var mutator = new YamlMutator(random);
            var damaged = mutator.Mutate(File.ReadAllBytes(RepositoryPaths.Of(target.Path)));
            var evaluate = index % CompileOneIn == 0;
            var outcome = Run(() =>
            {
                switch (target.Kind)
                {
                    case TargetKind.Scenario:
                        ReadScenario(damaged);
                        break;
                    case TargetKind.Draft:
                        ReadDraft(damaged, example, evaluate);
                        break;
                    default:
                        ReadRulesets(rulesets, target.Path, damaged, example, evaluate);
                        break;
                }
            });
            outcomes[outcome.Kind] = outcomes.GetValueOrDefault(outcome.Kind) + 1;
            if (outcome.Failure is { } failure)
            {
                var saved = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failures", $"{seed}-{index}-{Path.GetFileName(target.Path)}");
                Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
                File.WriteAllBytes(saved, damaged);
                failures.Add($"case {index} (seed {seed}) of {target.Path}, {string.Join("; ", mutator.Applied)}, saved as {saved}: {failure}");
            }
        }

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{cases} cases over {targets.Count} files, seed {seed}, in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", outcomes.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Value} {pair.Key}"))}"));
        foreach (var failure in failures)
        {
            TestContext.Out.WriteLine(failure);
        }

        failures.Should().BeEmpty();
        outcomes.Keys.Should().Contain(["result", "error"], "the damage should leave some files readable and make others errors");
    }

    private static Outcome Run(Action read)
    {
        var task = Task.Run(() =>
        {
            try
            {
                read();
                return new Outcome("result", null);
            }
            catch (InvalidInputException exception)
            {
                return OneLinePositioned().IsMatch(exception.Message)
                    ? new Outcome("error", null)
                    : new Outcome("error", $"the error is not one positioned line with what was expected: {exception.Message}");
            }
            catch (Exception exception)
            {
                return new Outcome("crash", exception.ToString());
            }
        });
        return task.Wait(CaseTimeout) ? task.Result : new Outcome("hang", $"no answer within {CaseTimeout.TotalSeconds} s");
    }

    private void ReadScenario(byte[] damaged)
    {
        var path = Path.Combine(_work, "scenario.yaml");
        File.WriteAllBytes(path, damaged);
        var scenario = ScenarioReader.ReadFile(path, SectionG.Rulesets);
        foreach (var version in SectionG.Rulesets.Versions)
        {
            SectionG.Engine.Evaluate(scenario.Facts, scenario.EvaluationDate, version);
        }
    }

    private void ReadDraft(byte[] damaged, Scenario example, bool evaluate)
    {
        var path = Path.Combine(_work, "draft.yaml");
        File.WriteAllBytes(path, damaged);
        var library = SectionG.Rulesets;
        var drafted = library.ApplyDrafts(library.Latest, [library.ReadModification(path)]);
        if (evaluate)
        {
            new ComplianceEngine(library).Evaluate(example.Facts, example.EvaluationDate, drafted);
        }
    }

    private static void ReadRulesets(string folder, string target, byte[] damaged, Scenario example, bool evaluate)
    {
        var file = Path.Combine(folder, Path.GetRelativePath("rulesets", target));
        var original = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damaged);
        try
        {
            var library = SectionG.LoadRulesets(folder);
            if (evaluate)
            {
                new ComplianceEngine(library).Evaluate(example.Facts, example.EvaluationDate, library.Latest);
            }
        }
        finally
        {
            File.WriteAllBytes(file, original);
        }
    }

    private string CopyRulesets()
    {
        var copy = Path.Combine(_work, "rulesets");
        RepositoryPaths.CopyYaml("rulesets", copy);
        return copy;
    }

    private static List<(string Path, TargetKind Kind)> Targets() =>
    [
        .. Relative("rulesets").Select(path => (path, TargetKind.Ruleset)),
        .. Relative("drafts").Select(path => (path, TargetKind.Draft)),
        .. ScenarioFolders.SelectMany(Relative).Select(path => (path, TargetKind.Scenario)),
    ];

    private static IEnumerable<string> Relative(string folder) =>
        Directory.EnumerateFiles(RepositoryPaths.Of(folder), "*.yaml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [GeneratedRegex(@"^[^:\n]+:\d+:\d+: [^\n]+; expected [^\n]+$")]
    private static partial Regex OneLinePositioned();

    private enum TargetKind
    {
        Scenario,
        Ruleset,
        Draft,
    }

    private sealed record Outcome(string Kind, string? Failure);
}
