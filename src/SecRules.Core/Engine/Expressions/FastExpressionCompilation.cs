using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace SecRules.Engine.Expressions;

/// <summary>
/// Compiles the expressions of rules with FastExpressionCompiler, which emits the same delegates as
/// <c>Expression.Compile()</c> several times faster, and falls back to it for any expression
/// it does not support.
/// </summary>
internal sealed class FastExpressionCompilation : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => expression.CompileFast();
}
