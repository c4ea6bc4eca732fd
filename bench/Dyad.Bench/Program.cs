using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Dyad.Bench;

// dotnet run -c Release --project bench/Dyad.Bench -- --filter '*'
// dotnet run -c Release --project bench/Dyad.Bench -- read --events 1000000 (see ReadBenchmark)
if (args.Length > 0 && args[0] == "read") return Dyad.Bench.Read.ReadBenchmark.Run(args[1..]);
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1))
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args, config);
return 0;
