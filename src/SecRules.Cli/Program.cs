using SecRules.Cli;

return SecRulesCli.Run(args, Console.Out, Console.Error);
