using SecRules.Cli;
using SecRules.Cli.Terminal;

return SecRulesCli.Run(args, Console.Out, Console.Error, TerminalCapabilities.Detect());
