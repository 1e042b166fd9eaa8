using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using SecRules.Findings;

namespace SecRules.Engine.Findings;

/// <summary>
/// NRules' builder of a rule's actions, except that yielding a <see cref="Finding"/> hands it to the
/// session's <see cref="FindingSink"/> rather than inserting it as a linked fact: the finding still
/// follows its match (replaced when it changes, dropped when it goes), and enters the session only
/// when a rule reads it.
/// </summary>
internal sealed class ConcludingRightHandSide(IRightHandSideExpression actions) : IRightHandSideExpression
{
    private static readonly Expression<Action<IContext>> Withdraw = context => FindingSink.Withdraw(context);

    public IRightHandSideExpression Action(Expression<Action<IContext>> action, ActionTrigger actionTrigger)
    {
        actions.Action(action, actionTrigger);
        return this;
    }

    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        actions.Do(action);
        return this;
    }

    public IRightHandSideExpression Undo(Expression<Action<IContext>> action)
    {
        actions.Undo(action);
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield)
        where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(yield);
        if (typeof(TFact) != typeof(Finding))
        {
            actions.Yield(yield);
            return this;
        }

        var context = yield.Parameters[0];
        var conclude = Expression.Lambda<Action<IContext>>(
            Expression.Call(typeof(FindingSink), nameof(FindingSink.Conclude), null, context, yield.Body), context);
        actions.Do(conclude).Undo(Withdraw);
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yieldInsert, Expression<Func<IContext, TFact, TFact>> yieldUpdate)
        where TFact : notnull
    {
        if (typeof(TFact) == typeof(Finding))
        {
            throw new NotSupportedException("A rule yields a finding with Yield(context => finding): the finding of a changed match is concluded afresh, not updated.");
        }

        actions.Yield(yieldInsert, yieldUpdate);
        return this;
    }
}
