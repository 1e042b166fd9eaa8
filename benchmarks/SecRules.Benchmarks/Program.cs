using BenchmarkDotNet.Running;
using SecRules.Benchmarks;

// The cold-compile benchmark measures fresh processes: this program started again with --cold-compile.
if (args is ["--cold-compile", var mode])
{
    Console.WriteLine(CompileBenchmarks.ColdCompile(mode));
    return 0;
}

// Only the check that the decision code called directly gives the engine's findings, on every
// benchmark input and any scenario files or folders named after it, under every shipped version:
// quick to run after a rule changes, without measuring anything.
if (args is ["--check", .. var scenarioPaths])
{
    return FindingsCheck.Run(scenarioPaths, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(ExploreBenchmarks).Assembly).Run(args);
return 0;
