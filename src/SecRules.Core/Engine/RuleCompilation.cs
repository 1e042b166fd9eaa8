namespace SecRules.Engine;

/// <summary>How an engine turns the conditions and actions of rules into something it can run.</summary>
public enum RuleCompilation
{
    /// <summary>
    /// Compiled to IL (with FastExpressionCompiler): longer to prepare a version, fastest to evaluate.
    /// For a process that evaluates many times, such as a service or an exploration.
    /// </summary>
    Compiled,

    /// <summary>
    /// Interpreted: a version is ready at once and each evaluation is slower. For a process that
    /// evaluates a few scenarios and exits, such as one command of the command line.
    /// </summary>
    Interpreted,
}
