using System.Linq.Expressions;
using NRules.Extensibility;

namespace SecRules.Engine.Expressions;

/// <summary>
/// Interprets the expressions of rules instead of compiling them to IL: nothing to emit and no JIT,
/// so a version is ready at once, and each evaluation is slower. Pays for a process that evaluates once.
/// </summary>
internal sealed class InterpretedExpressions : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => expression.Compile(preferInterpretation: true);
}
