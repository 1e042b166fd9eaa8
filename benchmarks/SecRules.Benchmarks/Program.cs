using BenchmarkDotNet.Running;
using SecRules.Benchmarks;

// The cold-compile benchmark measures fresh processes: this program started again with --cold-compile.
if (args is ["--cold-compile", var mode])
{
    Console.WriteLine(CompileBenchmarks.ColdCompile(mode));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ExploreBenchmarks).Assembly).Run(args);
