using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SecRules.Benchmarks.ExploreBenchmarks).Assembly).Run(args);
