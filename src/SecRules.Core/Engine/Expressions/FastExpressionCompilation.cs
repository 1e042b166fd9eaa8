using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace SecRules.Engine.Expressions;

/// <summary>
/// Compiles the expressions of rules with FastExpressionCompiler, which emits the same delegates as
/// <c>Expression.Compile()</c> several times faster, and falls back to it for any expression
/// it does not support.
/// </summary>
/// <remarks>
/// Where the runtime cannot generate code (native AOT, or an app that turns dynamic code off, as a
/// file-based <c>dotnet run app.cs</c> program does), FastExpressionCompiler cannot emit at all;
/// <c>Expression.Compile()</c> then interprets, so the rules still run.
/// </remarks>
internal sealed class FastExpressionCompilation : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        RuntimeFeature.IsDynamicCodeSupported ? expression.CompileFast() : expression.Compile();
}
